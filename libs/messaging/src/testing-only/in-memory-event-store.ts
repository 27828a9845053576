import {
  chainHash,
  checkpointOf,
  compareCheckpoints,
  ConcurrencyError,
  hashedContent,
  START,
  type AppendResult,
  type Checkpoint,
  type EventStore,
  type EventToAppend,
  type ExpectedRevision,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeOptions,
  type Subscription,
} from '@hpc-access/eventsourcing';
import { FollowingSubscription } from './following-subscription';

/**
 * The EventStore port in memory, honest where the relay can tell: one transaction id per append,
 * global order by (transaction id, position), readAll strictly after a checkpoint, subscriptions
 * that catch up and then follow live. `failNextReads` stands in for a database outage.
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
    const stream = this.streams.get(streamId) ?? [];
    assertExpected(streamId, stream.length - 1, options.expectedRevision ?? 'any');
    const transactionId = String(++this.lastTransactionId);
    let prevHash = stream.at(-1)?.hash ?? null;
    const recorded = events.map((event, i): RecordedEvent => {
      const streamPosition = stream.length + i;
      const hash = chainHash(prevHash, streamPosition, hashedContent(streamId, event));
      const stored: RecordedEvent = {
        eventId: event.eventId,
        type: event.type,
        // Kept as a database keeps jsonb: a copy, so the caller's objects cannot change history.
        data: JSON.parse(JSON.stringify(event.data)),
        metadata: JSON.parse(JSON.stringify(event.metadata)),
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
    return { nextExpectedRevision: stream.length - 1, events: recorded };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const from = options.fromRevision ?? 0;
    const to = options.toRevision ?? Number.MAX_SAFE_INTEGER;
    return (this.streams.get(streamId) ?? []).filter((e) => e.streamPosition >= from && e.streamPosition <= to);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    if (this.readFailures > 0) {
      this.readFailures--;
      throw new Error('event store unavailable');
    }
    const after = options.after ?? START;
    const newer = this.all.filter((e) => compareCheckpoints(checkpointOf(e), after) > 0);
    return newer.slice(0, options.maxCount ?? newer.length);
  }

  subscribeToAll(options: SubscribeOptions): Subscription {
    return new FollowingSubscription(this, this.appendListeners, options);
  }

  /** Where the store's head is now: a subscription that reached it has seen everything. */
  head(): Checkpoint {
    const last = this.all.at(-1);
    return last ? checkpointOf(last) : START;
  }

  /** The next `count` reads fail, as during a database outage. */
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
