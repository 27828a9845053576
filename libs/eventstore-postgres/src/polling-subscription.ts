import { checkpointOf, START, type Checkpoint, type RecordedEvent, type SubscribeOptions, type Subscription } from '@hpc-access/eventsourcing';

/** One read of the global order, with the horizon it was read under. */
export interface HorizonBatch {
  events: RecordedEvent[];
  /** The oldest transaction still running at the read: every transaction below it is final and was read. */
  horizon: bigint;
  /** Events of this store committed but above the horizon: held back until older transactions end. */
  heldBack?: number;
  /** Which read this was (SharedBatchReads): a later wake asks for one started after it. */
  seq?: number;
}

/** What a subscription needs from its store. */
export interface SubscriptionSource {
  /** `since`: a mark (mark()); the source may hand back a read of the same range started after it. */
  readBatch(after: Checkpoint, maxCount: number, since: number): Promise<HorizonBatch>;
  /** The present: a read started after this mark sees every commit made before it. */
  mark(): number;
  /** The first transaction id not yet assigned: every transaction committed so far is below it. */
  nextTransactionId(): Promise<bigint>;
}

interface Waiter {
  target: bigint;
  resolve(): void;
  reject(error: unknown): void;
}

/** How soon to read again while events are held back or a caughtUp() waits (ms, at most). */
const RETRY_MS = 100;

/**
 * Catch up in batches, then wait: an append in this process wakes it at once (the store's
 * notifyCommitted), and a slow poll finds what other processes committed. While the last read saw
 * events held back by an older transaction, or caughtUp() waits, it reads again after at most
 * RETRY_MS: the commit that releases them may be another schema's or another process's, which
 * wakes nobody here. One batch is handed to the handler at a time and the position moves only
 * after the handler resolved.
 */
export class PollingSubscription implements Subscription {
  private position: Checkpoint;
  private stopped = false;
  private closed = false;
  private failure: unknown = undefined;
  private woken = false;
  private wakeUp: (() => void) | null = null;
  private waiters: Waiter[] = [];
  /** Reads started after this mark may be shared (SharedBatchReads); moved by every wake for a commit. */
  private since: number;
  private readonly loop: Promise<void>;

  constructor(
    private readonly source: SubscriptionSource,
    private readonly options: SubscribeOptions & { batchSize: number; pollIntervalMs: number },
    private readonly onClose: () => void,
  ) {
    this.position = options.from ?? START;
    this.since = source.mark();
    this.loop = this.run();
  }

  /** The checkpoint of the last event handed to the handler (or the start position). */
  get checkpoint(): Checkpoint {
    return this.position;
  }

  /** New events may be there: skip the rest of the poll interval, and read afresh. */
  wake(): void {
    this.since = this.source.mark();
    this.woken = true;
    this.wakeUp?.();
  }

  async caughtUp(): Promise<void> {
    this.assertOpen();
    // Every transaction that committed before this call has an id below the current xmax; once a
    // drained read's horizon reaches it, all of them were visible to that read and were handled.
    const target = await this.source.nextTransactionId();
    this.assertOpen();
    await new Promise<void>((resolve, reject) => {
      this.waiters.push({ target, resolve, reject });
      this.wake();
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake();
    await this.loop;
  }

  private async run(): Promise<void> {
    try {
      while (!this.stopped) {
        this.woken = false;
        const { events, horizon, heldBack = 0, seq } = await this.source.readBatch(this.position, this.options.batchSize, this.since);
        // A poll must not be answered by this very read again: only by one started after it.
        if (seq !== undefined && seq > this.since) this.since = seq;
        if (this.stopped) break;
        if (events.length > 0) {
          await this.options.handle(events);
          this.position = checkpointOf(events[events.length - 1]);
        }
        if (events.length < this.options.batchSize) {
          this.settleWaiters(horizon);
          if (!this.woken && !this.stopped) await this.sleep(heldBack > 0 || this.waiters.length > 0);
        }
      }
    } catch (error) {
      this.failure = error;
      this.options.onError?.(error);
    } finally {
      this.closed = true;
      const reason = this.failure ?? new Error('subscription stopped before it caught up');
      for (const waiter of this.waiters.splice(0)) waiter.reject(reason);
      this.onClose();
    }
  }

  private settleWaiters(horizon: bigint): void {
    const pending: Waiter[] = [];
    for (const waiter of this.waiters) {
      if (waiter.target <= horizon) waiter.resolve();
      else pending.push(waiter);
    }
    this.waiters = pending;
  }

  /**
   * Until woken or the poll is due. Polls fall on multiples of the interval on the clock, so the
   * idle subscriptions of a process poll together and share one read per store (SharedBatchReads).
   */
  private sleep(soon: boolean): Promise<void> {
    const interval = soon ? Math.min(RETRY_MS, this.options.pollIntervalMs) : this.options.pollIntervalMs;
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakeUp = null;
        resolve();
      };
      const timer = setTimeout(done, interval - (Date.now() % interval));
      this.wakeUp = done;
    });
  }

  private assertOpen(): void {
    if (this.failure !== undefined) throw this.failure;
    if (this.closed || this.stopped) throw new Error('subscription is stopped');
  }
}
