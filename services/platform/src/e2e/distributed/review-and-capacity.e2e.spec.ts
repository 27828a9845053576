import { startDistributed, type DistributedHarness } from '../../testing-only/distributed-harness';
import {
  chairRefusesAfterReview,
  conflictOfInterestAndRecusal,
  exhaustedCapacityQueuesUntilReleased,
  holdExpiresAndCapacityReturns,
  prohibitedPracticeIsRefusedAtOnce,
} from '../scenarios/review-and-capacity';
import { reviewerReadsTheDossierOnlyWhileCleared } from '../scenarios/dossier-readers';

// The same scenarios as the embedded spec, with every service a process of its own, the mock
// Kafka between them and the PostgreSQL server; one platform for all, each on its own partition.
describe('ethics review and capacity, end to end (distributed)', () => {
  let world: DistributedHarness;
  beforeAll(async () => {
    world = await startDistributed();
  }, 300_000);
  afterAll(() => world?.close(), 120_000);

  it('an AI Act Article 5 prohibited practice is refused at once: intake refused, hold released, nothing awarded', () => prohibitedPracticeIsRefusedAtOnce(world), 300_000);
  it("a chair's refusal after review: intake refused, hold released, nothing awarded", () => chairRefusesAfterReview(world), 300_000);
  it('conflict of interest: affiliated reviewer refused, no dossier before declaring, recusal, another reviewer, decision and award', () => conflictOfInterestAndRecusal(world), 300_000);
  it('capacity exhausted: the second waits in the queue and is awarded when the first withdraws', () => exhaustedCapacityQueuesUntilReleased(world), 600_000);
  it('a hold not turned into an award expires at its deadline and the capacity returns', () => holdExpiresAndCapacityReturns(world), 300_000);
  it('who reads a dossier: a reviewer only while cleared on the case, in intake too; no chair of the applicant organisation; contacts to those who need them', () => reviewerReadsTheDossierOnlyWhileCleared(world), 300_000);
});
