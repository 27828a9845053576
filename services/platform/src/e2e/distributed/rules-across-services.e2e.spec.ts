import { startDistributed, type DistributedHarness } from '../../testing-only/distributed-harness';
import { lapsedSignatureMakesTheOrganisationUnsigned, suspensionReasonsLiftOnlyTheirOwn } from '../scenarios/rules-across-services';
import { earlyClosureServesTheQueue, releaseAwardsTheReserveListInRankOrder } from '../scenarios/rules-across-services-capacity';

// The same scenarios as the embedded spec, every service a process of its own, the mock Kafka
// between them; one platform for the file, the lapse (a pledge version for everyone) last.
describe('the programme rules hold across services (distributed)', () => {
  let world: DistributedHarness;
  beforeAll(async () => {
    world = await startDistributed();
  }, 300_000);
  afterAll(() => world?.close(), 120_000);

  it('a suspension carries its reasons: governance adds its own to an overuse suspension, screening fails on the named rule, each maker lifts only its own', () =>
    suspensionReasonsLiftOnlyTheirOwn(world), 300_000);

  it('a revoked allocation returns its capacity at once: the queue behind it is awarded, named as the rule’s decision; only the committee may revoke', () =>
    earlyClosureServesTheQueue(world), 300_000);

  it('a cut-off funds within capacity, puts two on the reserve list and one below the threshold; a revocation awards the reserve list in rank order', () =>
    releaseAwardsTheReserveListInRankOrder(world), 600_000);

  it('a signature not renewed by the new version’s date lapses: intake treats the organisation as unsigned until it signs', () =>
    lapsedSignatureMakesTheOrganisationUnsigned(world), 300_000);
});
