import { createHash } from 'node:crypto';
import { SACCT_HEADER, type FinishedJob } from './sacct-window';

/** Jobs that ended in [from, to), sent as one request. */
export interface UsageBatch {
  from: Date;
  to: Date;
  jobs: FinishedJob[];
}

/**
 * Cuts a window's jobs (sorted by end) into batches of about `size`. A batch ends at a whole second
 * and takes every job ending in its last second, so its `to` is a checkpoint: every job that ended
 * before it has been sent, none after. The last batch ends at the window's end.
 */
export function cutBatches(jobs: readonly FinishedJob[], from: Date, to: Date, size: number): UsageBatch[] {
  const batches: UsageBatch[] = [];
  let start = 0;
  let batchFrom = from;
  while (start < jobs.length) {
    let end = Math.min(start + size, jobs.length);
    while (end < jobs.length && jobs[end]!.end === jobs[end - 1]!.end) end += 1;
    const batchTo = end < jobs.length ? new Date(jobs[end]!.end * 1000) : to;
    batches.push({ from: batchFrom, to: batchTo, jobs: jobs.slice(start, end) });
    batchFrom = batchTo;
    start = end;
  }
  return batches;
}

/** The request body: sacct's header line, then one line per job. */
export const batchText = (batch: UsageBatch): string => [SACCT_HEADER, ...batch.jobs.map((job) => job.line)].join('\n') + '\n';

/**
 * The batch's Idempotency-Key: from where it starts and what it holds, so the same batch sent
 * again after a crash (same checkpoint, same jobs) replays the platform's first answer instead of
 * importing twice.
 */
export function idempotencyKeyOf(scope: { siteId: string; system: string; cluster: string }, batch: UsageBatch): string {
  const hash = createHash('sha256');
  hash.update(`${scope.siteId}\n${scope.system}\n${scope.cluster}\n${batch.from.toISOString()}\n`);
  for (const job of batch.jobs) hash.update(`${job.line}\n`);
  return `hpc-site-agent-usage-${hash.digest('hex').slice(0, 48)}`;
}
