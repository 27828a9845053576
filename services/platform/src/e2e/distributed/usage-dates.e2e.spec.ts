import { startDistributed, type DistributedHarness } from '../../testing-only/distributed-harness';
import { everyEntityHasAPagedHistory } from '../scenarios/usage-dates-histories';
import { usageFollowsAllocationDates } from '../scenarios/usage-dates';

// The embedded spec's scenario with every service a process of its own, the mock Kafka between
// them and the PostgreSQL server.
describe("usage follows the allocation's dates (distributed)", () => {
  let world: DistributedHarness;
  beforeAll(async () => {
    world = await startDistributed();
  }, 300_000);
  afterAll(() => world?.close(), 120_000);

  it('charges only jobs inside the dates; records before the start, in the future or impossible are flagged and listed; a month far over its quota is flagged; a reassessment charges what became chargeable', () =>
    usageFollowsAllocationDates(world), 300_000);

  it('every entity has a history, paged as the lists: an organisation, a breach report, a call, a capacity ledger, an allocation; each refused outside its scope', () =>
    everyEntityHasAPagedHistory(world), 300_000);
});
