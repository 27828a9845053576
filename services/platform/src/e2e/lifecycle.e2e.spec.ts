import { startPlatform, type PlatformHarness } from '../testing-only/platform-harness';
import { largeScaleJourney, playgroundJourney } from './scenarios/lifecycle';

describe('the lifecycle of an application, from submission to the final report (embedded)', () => {
  let platform: PlatformHarness;
  beforeAll(async () => {
    platform = await startPlatform();
  });
  afterAll(() => platform.close());

  it('takes a Playground application through every step and role', () => playgroundJourney(platform), 60_000);
  it('takes a Large Scale application through a ranked cut-off, conditions and every step', () => largeScaleJourney(platform), 90_000);
});
