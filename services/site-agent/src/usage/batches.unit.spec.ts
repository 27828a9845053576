import { batchText, cutBatches, idempotencyKeyOf } from './batches';
import type { FinishedJob } from './sacct-window';

const job = (jobId: string, endSecond: number): FinishedJob => ({
  jobId, account: 'ehpc-t-0002', partition: 'booster', end: 1_796_652_000 + endSecond, elapsedSeconds: 1, state: 'COMPLETED', allocTres: 'gres/gpu=1',
  line: `${jobId}|ehpc-t-0002|booster|x|x|1|COMPLETED|gres/gpu=1|`,
});
const from = new Date(1_796_652_000_000);
const to = new Date(1_796_652_060_000);
const scope = { siteId: 'cineca', system: 'leonardo', cluster: 'testbed' };

describe('cutting a window into batches', () => {
  it('ends each batch at a whole second, so its end is a checkpoint before which every job was sent', () => {
    const batches = cutBatches([job('1', 1), job('2', 2), job('3', 3), job('4', 4), job('5', 5)], from, to, 2);
    expect(batches.map((b) => [b.jobs.map((j) => j.jobId), b.from.getTime() - from.getTime(), b.to.getTime() - from.getTime()])).toEqual([
      [['1', '2'], 0, 3000],
      [['3', '4'], 3000, 5000],
      [['5'], 5000, 60_000],
    ]);
  });

  it('never splits the jobs of one second over two batches', () => {
    const batches = cutBatches([job('1', 1), job('2', 2), job('3', 2), job('4', 2), job('5', 7)], from, to, 2);
    expect(batches.map((b) => b.jobs.map((j) => j.jobId))).toEqual([['1', '2', '3', '4'], ['5']]);
    expect(batches[0]!.to.getTime() - from.getTime()).toBe(7000);
  });

  it('has no batch for an empty window', () => {
    expect(cutBatches([], from, to, 2)).toEqual([]);
  });

  it('sends the header the platform’s sacct import reads, then the lines', () => {
    const [batch] = cutBatches([job('1', 1)], from, to, 2);
    expect(batchText(batch!)).toBe('JobID|Account|Partition|Start|End|ElapsedRaw|State|AllocTRES|ConsumedEnergyRaw\n1|ehpc-t-0002|booster|x|x|1|COMPLETED|gres/gpu=1|\n');
  });

  it('keys a batch by where it starts and what it holds: the same batch again has the same key, another has another', () => {
    const once = cutBatches([job('1', 1), job('2', 2)], from, to, 1);
    const again = cutBatches([job('1', 1), job('2', 2), job('3', 9)], from, new Date(to.getTime() + 60_000), 1);
    expect(idempotencyKeyOf(scope, again[0]!)).toBe(idempotencyKeyOf(scope, once[0]!));
    expect(idempotencyKeyOf(scope, once[1]!)).not.toBe(idempotencyKeyOf(scope, once[0]!));
    expect(idempotencyKeyOf({ ...scope, system: 'lumi' }, once[0]!)).not.toBe(idempotencyKeyOf(scope, once[0]!));
    expect(idempotencyKeyOf(scope, once[0]!)).toMatch(/^hpc-site-agent-usage-[0-9a-f]{48}$/);
  });
});
