import { startPlatform, type PlatformHarness } from '../testing-only/platform-harness';
import {
  chairRefusesAfterReview,
  conflictOfInterestAndRecusal,
  exhaustedCapacityQueuesUntilReleased,
  holdExpiresAndCapacityReturns,
  prohibitedPracticeIsRefusedAtOnce,
} from './scenarios/review-and-capacity';
import { reviewerReadsTheDossierOnlyWhileCleared } from './scenarios/dossier-readers';

describe('ethics review and capacity, end to end (embedded)', () => {
  let world: PlatformHarness;
  beforeAll(async () => {
    world = await startPlatform();
  });
  afterAll(() => world.close());

  it('an AI Act Article 5 prohibited practice is refused at once: intake refused, hold released, nothing awarded', () => prohibitedPracticeIsRefusedAtOnce(world));
  it("a chair's refusal after review: intake refused, hold released, nothing awarded", () => chairRefusesAfterReview(world));
  it('conflict of interest: affiliated reviewer refused, no dossier before declaring, recusal, another reviewer, decision and award', () => conflictOfInterestAndRecusal(world));
  it('capacity exhausted: the second waits in the queue and is awarded when the first withdraws', () => exhaustedCapacityQueuesUntilReleased(world));
  it('a hold not turned into an award expires at its deadline and the capacity returns', () => holdExpiresAndCapacityReturns(world));
  it('who reads a dossier: a reviewer only while cleared on the case, in intake too; no chair of the applicant organisation; contacts to those who need them', () => reviewerReadsTheDossierOnlyWhileCleared(world));
});
