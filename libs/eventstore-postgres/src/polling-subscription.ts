import { checkpointOf, START, type Checkpoint, type RecordedEvent, type SubscribeOptions, type Subscription } from '@hpc-access/eventsourcing';

/** One read of the global order, with the horizon it was read under. */
export interface HorizonBatch {
  events: RecordedEvent[];
  /** The oldest transaction still running at the read: every transaction below it is final and was read. */
  horizon: bigint;
}

/** What a subscription needs from its store. */
export interface SubscriptionSource {
  readBatch(after: Checkpoint, maxCount: number): Promise<HorizonBatch>;
  /** The first transaction id not yet assigned: every transaction committed so far is below it. */
  nextTransactionId(): Promise<bigint>;
}

interface Waiter {
  target: bigint;
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * Catch up in batches, then poll; a local append wakes it at once. One batch is handed to the
 * handler at a time and the position moves only after the handler resolved.
 */
export class PollingSubscription implements Subscription {
  private position: Checkpoint;
  private stopped = false;
  private closed = false;
  private failure: unknown = undefined;
  private woken = false;
  private wakeUp: (() => void) | null = null;
  private waiters: Waiter[] = [];
  private readonly loop: Promise<void>;

  constructor(
    private readonly source: SubscriptionSource,
    private readonly options: SubscribeOptions & { batchSize: number; pollIntervalMs: number },
    private readonly onClose: () => void,
  ) {
    this.position = options.from ?? START;
    this.loop = this.run();
  }

  /** The checkpoint of the last event handed to the handler (or the start position). */
  get checkpoint(): Checkpoint {
    return this.position;
  }

  /** New events may be there: skip the rest of the poll interval. */
  wake(): void {
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
        const { events, horizon } = await this.source.readBatch(this.position, this.options.batchSize);
        if (this.stopped) break;
        if (events.length > 0) {
          await this.options.handle(events);
          this.position = checkpointOf(events[events.length - 1]);
        }
        if (events.length < this.options.batchSize) {
          this.settleWaiters(horizon);
          if (!this.woken && !this.stopped) await this.sleep();
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

  private sleep(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakeUp = null;
        resolve();
      };
      const timer = setTimeout(done, this.options.pollIntervalMs);
      this.wakeUp = done;
    });
  }

  private assertOpen(): void {
    if (this.failure !== undefined) throw this.failure;
    if (this.closed || this.stopped) throw new Error('subscription is stopped');
  }
}
