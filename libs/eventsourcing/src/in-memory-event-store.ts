import { checkpointOf, compareCheckpoints, START, withCanonicalEventIds, type Checkpoint, type EventToAppend, type RecordedEvent } from './envelope';
import { ConcurrencyError } from './errors';
import type { AppendResult, EventStore, ExpectedRevision, ReadAllOptions, ReadStreamOptions, SubscribeOptions, Subscription } from './event-store';
import { chainHash, hashedContent } from './hash-chain';

/**
 * The EventStore port in memory, for tests and prototypes: honest about expected revisions (a
 * mismatch throws ConcurrencyError), one transaction id per append, hashes chained per stream,
 * readAll strictly after a checkpoint in global order, subscriptions that catch up and then follow
 * live. Data is kept and handed out as copies, as a database keeps jsonb, so no caller can change
 * history. `failNextReads` stands in for a database outage.
 */
export class InMemoryEventStore implements EventStore {
  private readonly all: RecordedEvent[] = [];
  private readonly streams = new Map<string, RecordedEvent[]>();
  private readonly appendListeners = new Set<() => void>();
  private lastTransactionId = 0;
  private readFailures = 0;

  async appendToStream(
    streamId: string,
    events: EventToAppend[],
    options: { expectedRevision?: ExpectedRevision } = {},
  ): Promise<AppendResult> {
    events = withCanonicalEventIds(events);
    const stream = this.streams.get(streamId) ?? [];
    assertExpected(streamId, stream.length - 1, options.expectedRevision ?? 'any');
    if (events.length === 0) return { nextExpectedRevision: stream.length - 1, events: [] };
    const transactionId = String(++this.lastTransactionId);
    let prevHash = stream.at(-1)?.hash ?? null;
    const recorded = events.map((event, i): RecordedEvent => {
      const streamPosition = stream.length + i;
      const hash = chainHash(prevHash, streamPosition, hashedContent(streamId, event));
      const stored: RecordedEvent = {
        eventId: event.eventId,
        type: event.type,
        data: jsonCopy(event.data),
        metadata: jsonCopy(event.metadata),
        recordedAt: new Date(event.recordedAt.getTime()),
        streamId,
        streamPosition,
        globalPosition: String(this.all.length + i + 1),
        transactionId,
        hash,
        prevHash,
      };
      prevHash = hash;
      return stored;
    });
    stream.push(...recorded);
    this.streams.set(streamId, stream);
    this.all.push(...recorded);
    for (const listener of this.appendListeners) listener();
    return { nextExpectedRevision: stream.length - 1, events: recorded.map(copyOf) };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const from = options.fromRevision ?? 0;
    const to = options.toRevision ?? Number.MAX_SAFE_INTEGER;
    return (this.streams.get(streamId) ?? []).filter((e) => e.streamPosition >= from && e.streamPosition <= to).map(copyOf);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    if (this.readFailures > 0) {
      this.readFailures--;
      throw new Error('event store unavailable');
    }
    const after = options.after ?? START;
    const newer = this.all.filter((e) => compareCheckpoints(checkpointOf(e), after) > 0);
    return newer.slice(0, options.maxCount ?? newer.length).map(copyOf);
  }

  subscribeToAll(options: SubscribeOptions): Subscription {
    return new FollowingSubscription(this, this.appendListeners, options);
  }

  /** Where the store's head is now: a subscription that reached it has seen everything. */
  head(): Checkpoint {
    const last = this.all.at(-1);
    return last ? checkpointOf(last) : START;
  }

  /** The next `count` reads of $all fail, as during a database outage. */
  failNextReads(count: number): void {
    this.readFailures = count;
  }
}

function assertExpected(streamId: string, actual: number, expected: ExpectedRevision): void {
  const ok =
    expected === 'any' ||
    (expected === 'no_stream' && actual === -1) ||
    (expected === 'stream_exists' && actual >= 0) ||
    expected === actual;
  if (!ok) throw new ConcurrencyError(streamId, expected, actual === -1 ? null : actual);
}

function jsonCopy<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

function copyOf(event: RecordedEvent): RecordedEvent {
  return { ...event, data: jsonCopy(event.data), metadata: jsonCopy(event.metadata), recordedAt: new Date(event.recordedAt.getTime()) };
}

interface Waiter {
  target: Checkpoint;
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * subscribeToAll over readAll: batches in global order, each handled before the next is read; an
 * append wakes it. A handler or read that throws ends it: onError hears of it, caughtUp() rejects.
 */
class FollowingSubscription implements Subscription {
  private position: Checkpoint;
  private stopped = false;
  private failure: unknown = undefined;
  private appended = false;
  private wake: (() => void) | null = null;
  private readonly waiters: Waiter[] = [];
  private readonly running: Promise<void>;

  constructor(
    private readonly store: InMemoryEventStore,
    private readonly appendListeners: Set<() => void>,
    private readonly options: SubscribeOptions,
  ) {
    this.position = options.from ?? START;
    this.appendListeners.add(this.onAppend);
    this.running = this.run();
  }

  caughtUp(): Promise<void> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    const target = this.store.head();
    if (compareCheckpoints(this.position, target) >= 0) return Promise.resolve();
    if (this.stopped) return Promise.reject(new Error('subscription stopped'));
    return new Promise((resolve, reject) => this.waiters.push({ target, resolve, reject }));
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
        const batch = await this.store.readAll({ after: this.position, maxCount: this.options.batchSize ?? 100 });
        if (batch.length === 0) {
          if (!this.appended && !this.stopped) await new Promise<void>((resolve) => (this.wake = resolve));
          this.wake = null;
          continue;
        }
        await this.options.handle(batch);
        this.position = checkpointOf(batch[batch.length - 1]);
        this.settleWaiters();
      }
    } catch (error) {
      this.stopped = true;
      this.failure = error;
      this.options.onError?.(error);
    } finally {
      this.appendListeners.delete(this.onAppend);
      const reason = this.failure ?? new Error('subscription stopped');
      for (const waiter of this.waiters.splice(0)) waiter.reject(reason);
    }
  }

  private settleWaiters(): void {
    for (let i = this.waiters.length - 1; i >= 0; i--) {
      const waiter = this.waiters[i];
      if (compareCheckpoints(this.position, waiter.target) >= 0) {
        this.waiters.splice(i, 1);
        waiter.resolve();
      }
    }
  }
}
