import type { Checkpoint } from '@hpc-access/eventsourcing';
import type { HorizonBatch } from './polling-subscription';

interface SharedRead {
  seq: number;
  result: Promise<HorizonBatch>;
}

/** Reads kept for sharing; each holds at most one batch, so this bounds the memory they take. */
const CAPACITY = 8;

/**
 * One read of the global order for every subscription of a store that asks for the same range at
 * about the same time (issue 20, ADR 33): an append wakes all of them at once, and each used to
 * send its own identical read. A subscription may share a read only if it started after the
 * subscription's mark (`since`): a mark taken when the subscription was woken for a commit, so the
 * read it shares was sent after that commit and sees it. Each caller gets its own copy of the
 * events, so a handler that changes one cannot change what another subscription sees.
 */
export class SharedBatchReads {
  private started = 0;
  private readonly reads = new Map<string, SharedRead>();

  /** The present: a read started after this mark sees every commit made before it. */
  mark(): number {
    return this.started;
  }

  read(after: Checkpoint, maxCount: number, since: number, send: () => Promise<HorizonBatch>): Promise<HorizonBatch> {
    const key = `${after.transactionId}/${after.globalPosition}/${maxCount}`;
    const known = this.reads.get(key);
    if (known && known.seq > since) return known.result.then(copyOf);
    const seq = ++this.started;
    const result = send().then((batch) => ({ ...batch, seq }));
    this.reads.delete(key);
    this.reads.set(key, { seq, result });
    // A failed read is not shared: the next caller sends its own.
    result.catch(() => {
      if (this.reads.get(key)?.result === result) this.reads.delete(key);
    });
    for (const oldest of this.reads.keys()) {
      if (this.reads.size <= CAPACITY) break;
      this.reads.delete(oldest);
    }
    return result.then(copyOf);
  }
}

/**
 * A copy of the batch's events made of this realm's objects: `structuredClone` would give Dates of
 * Node's own realm, which fail `instanceof Date` in a Jest module sandbox (PGlite then refuses a
 * recordedAt as a date). Data and metadata came from JSON columns, so JSON copies them exactly.
 */
function copyOf(batch: HorizonBatch): HorizonBatch {
  return {
    ...batch,
    events: batch.events.map((event) => ({
      ...event,
      recordedAt: new Date(event.recordedAt.getTime()),
      data: JSON.parse(JSON.stringify(event.data)) as typeof event.data,
      metadata: JSON.parse(JSON.stringify(event.metadata)) as typeof event.metadata,
    })),
  };
}
