import {
  checkpointOf,
  compareCheckpoints,
  START,
  type Checkpoint,
  type RecordedEvent,
  type SubscribeOptions,
  type Subscription,
} from '@hpc-access/eventsourcing';

interface Source {
  readAll(options: { after: Checkpoint; maxCount: number }): Promise<RecordedEvent[]>;
  head(): Checkpoint;
}

/** A subscribeToAll over readAll: batches in global order, each handled before the next is read. */
export class FollowingSubscription implements Subscription {
  private position: Checkpoint;
  private stopped = false;
  private appended = false;
  private wake: (() => void) | null = null;
  private readonly caughtUpWaiters: { target: Checkpoint; resolve: () => void; reject: (e: Error) => void }[] = [];
  private readonly running: Promise<void>;

  constructor(
    private readonly source: Source,
    private readonly appendListeners: Set<() => void>,
    private readonly options: SubscribeOptions,
  ) {
    this.position = options.from ?? START;
    this.appendListeners.add(this.onAppend);
    this.running = this.run();
  }

  caughtUp(): Promise<void> {
    const target = this.source.head();
    if (compareCheckpoints(this.position, target) >= 0) return Promise.resolve();
    if (this.stopped) return Promise.reject(new Error('subscription stopped'));
    return new Promise((resolve, reject) => this.caughtUpWaiters.push({ target, resolve, reject }));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.running;
  }

  private readonly onAppend = () => {
    this.appended = true;
    this.wake?.();
  };

  private async run(): Promise<void> {
    try {
      while (!this.stopped) {
        // Set by every append: one that lands while a read is in flight must not be slept through.
        this.appended = false;
        const batch = await this.source.readAll({ after: this.position, maxCount: this.options.batchSize ?? 100 });
        if (batch.length === 0) {
          if (!this.appended && !this.stopped) await new Promise<void>((resolve) => (this.wake = resolve));
          this.wake = null;
          continue;
        }
        await this.options.handle(batch);
        this.position = checkpointOf(batch[batch.length - 1]);
        this.settleCaughtUp();
      }
    } catch (error) {
      this.stopped = true;
      this.options.onError?.(error);
    } finally {
      this.appendListeners.delete(this.onAppend);
      for (const waiter of this.caughtUpWaiters.splice(0)) waiter.reject(new Error('subscription stopped'));
    }
  }

  private settleCaughtUp(): void {
    for (let i = this.caughtUpWaiters.length - 1; i >= 0; i--) {
      const waiter = this.caughtUpWaiters[i];
      if (compareCheckpoints(this.position, waiter.target) >= 0) {
        this.caughtUpWaiters.splice(i, 1);
        waiter.resolve();
      }
    }
  }
}
