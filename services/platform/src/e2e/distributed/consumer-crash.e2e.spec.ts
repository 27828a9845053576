import { waitFor } from '@hpc-access/testing';
import { topicFor } from '@hpc-access/contracts';
import { structuredLogger } from '@hpc-access/http';
import { KafkaBus } from '@hpc-access/messaging';
import { mockKafkaBusOptions } from '@hpc-access/messaging/testing-only';
import { startDistributed, type DistributedHarness } from '../../testing-only/distributed-harness';
import { eligibleScreenings } from '../../testing-only/screened-events';

const TOTAL = 10_000;

/** Cases opened so far, and how many streams hold more than one opening (must stay 0). */
async function openings(world: DistributedHarness): Promise<{ opened: number; duplicated: number }> {
  const { rows } = await world.db.query<{ opened: number; duplicated: number }>(
    `SELECT count(*)::int AS opened, (count(*) - count(DISTINCT stream_id))::int AS duplicated FROM ethics.events WHERE type = 'EthicsCaseOpened'`,
  );
  return rows[0];
}


// Reliability (issue: distributed mode): a consumer process killed with SIGKILL in the middle of
// a stream, and a second instance of a service taking the partitions of one that died.
describe('distributed mode: consumers that die', () => {
  let world: DistributedHarness;
  let publisher: KafkaBus;

  beforeAll(async () => {
    world = await startDistributed({ services: ['ethics-review'] });
    publisher = new KafkaBus(mockKafkaBusOptions(world.kafka, structuredLogger('test.publisher'), (error) => { throw error; }));
  }, 180_000);
  afterAll(async () => {
    await publisher?.close();
    await world?.close();
  });

  it(`a consumer killed with SIGKILL in the middle of ${TOTAL} events and restarted: every effect happens exactly once`, async () => {
    const events = eligibleScreenings(TOTAL, 'crash');
    for (let i = 0; i < events.length; i += 500) await publisher.publish(topicFor('intake'), events.slice(i, i + 500));
    const [first] = world.instances('ethics-review');
    await waitFor(async () => (await openings(world)).opened >= TOTAL / 5, 'a fifth of the cases', { timeoutMs: 300_000, intervalMs: 250 });
    await world.kill(first, 'SIGKILL');
    const atKill = await openings(world);
    expect(atKill.opened).toBeLessThan(TOTAL);

    await world.startInstance('ethics-review');
    await waitFor(async () => (await openings(world)).opened >= TOTAL, `all ${TOTAL} cases`, { timeoutMs: 600_000, intervalMs: 250 });
    await world.settle();
    expect(await openings(world)).toEqual({ opened: TOTAL, duplicated: 0 });
    const { rows } = await world.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ethics.inbox`);
    expect(rows[0].n).toBe(TOTAL);
  }, 900_000);

  it('two instances share the partitions; when one is killed the other takes them and nothing is handled twice', async () => {
    const second = await world.startInstance('ethics-review');
    const before = (await openings(world)).opened;
    await publisher.publish(topicFor('intake'), eligibleScreenings(300, 'pair-a'));
    await waitFor(async () => (await openings(world)).opened >= before + 300, 'the first batch', { timeoutMs: 120_000, intervalMs: 250 });
    const [survivor, victim] = world.instances('ethics-review');
    expect(victim).toBe(second);
    await world.kill(victim, 'SIGKILL');
    await publisher.publish(topicFor('intake'), eligibleScreenings(300, 'pair-b'));
    await waitFor(async () => (await openings(world)).opened >= before + 600, 'the second batch, by the survivor', { timeoutMs: 180_000, intervalMs: 250 });
    await world.settle();
    expect(await openings(world)).toEqual({ opened: before + 600, duplicated: 0 });
    expect(world.instances('ethics-review')).toEqual([survivor]);
  }, 420_000);
});
