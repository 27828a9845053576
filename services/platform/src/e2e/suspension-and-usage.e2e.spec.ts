import { startPlatform, type PlatformHarness } from '../testing-only/platform-harness';
import {
  breachedPledgeSuspendsAllocation, missingFinalReportBarsNextApplication, overuseSuspendsAllocation, resentUsageFileChangesNothing,
} from './scenarios/suspension-and-usage';

describe('after the award: suspensions, usage and the final report (embedded)', () => {
  let platform: PlatformHarness;

  beforeAll(async () => {
    platform = await startPlatform();
  });
  afterAll(() => platform.close());

  it('a breached pledge suspends the allocation; usage meanwhile is flagged, not charged; the late attestation and reinstatement resume it', () =>
    breachedPledgeSuspendsAllocation(platform));

  it('usage beyond 100 % of a Playground award raises the 75/90/100 % alerts and suspends the allocation', () =>
    overuseSuspendsAllocation(platform));

  it('the same sacct file sent twice: the second import finds only duplicates and changes nothing', () =>
    resentUsageFileChangesNothing(platform));

  it('a missing final report bars the organisation from screening until the report is in', () =>
    missingFinalReportBarsNextApplication(platform));
});
