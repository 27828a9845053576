import { startDistributed, type DistributedHarness } from '../../testing-only/distributed-harness';
import { largeScaleJourney, playgroundJourney } from '../scenarios/lifecycle';

// The same two journeys as the embedded lifecycle spec, with every service a process of its own,
// the mock Kafka between them and the PostgreSQL server: settling polls until nothing moves.
describe('the lifecycle of an application, from submission to the final report (distributed)', () => {
  let world: DistributedHarness;
  beforeAll(async () => {
    world = await startDistributed();
  }, 300_000);
  afterAll(() => world?.close(), 120_000);

  it('takes a Playground application through every step and role', () => playgroundJourney(world), 900_000);
  it('takes a Large Scale application through a ranked cut-off, conditions and every step', () => largeScaleJourney(world), 1_200_000);
});
