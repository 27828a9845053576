import { startDistributed, type DistributedHarness } from '../../testing-only/distributed-harness';
import {
  breachedPledgeSuspendsAllocation, missingFinalReportBarsNextApplication, overuseSuspendsAllocation, resentUsageFileChangesNothing,
} from '../scenarios/suspension-and-usage';

// The same scenarios as the embedded spec, with every service a process of its own, the mock
// Kafka between them and the PostgreSQL server; one platform for all, each with its own organisation.
describe('after the award: suspensions, usage and the final report (distributed)', () => {
  let world: DistributedHarness;
  beforeAll(async () => {
    world = await startDistributed();
  }, 300_000);
  afterAll(() => world?.close(), 120_000);

  it('a breached pledge suspends the allocation; usage meanwhile is flagged, not charged; the late attestation and reinstatement resume it', () =>
    breachedPledgeSuspendsAllocation(world), 600_000);

  it('usage beyond 100 % of a Playground award raises the 75/90/100 % alerts and suspends the allocation', () =>
    overuseSuspendsAllocation(world), 300_000);

  it('the same sacct file sent twice: the second import finds only duplicates and changes nothing', () =>
    resentUsageFileChangesNothing(world), 300_000);

  it('a missing final report bars the organisation from screening until the report is in', () =>
    missingFinalReportBarsNextApplication(world), 600_000);
});
