import { checkpointOf, compareCheckpoints, START, type EventToAppend, type RecordedEvent } from './envelope';
import { ConcurrencyError } from './errors';
import type { AppendResult, EventStore, ExpectedRevision, ReadAllOptions, ReadStreamOptions, SubscribeOptions, Subscription } from './event-store';
import { chainHash, hashedContent } from './hash-chain';
import { generateKey, type PersonalDataKeys } from './personal-data';

/**
 * The EventStore port in memory for the unit specs of this library: honest about expected
 * revisions (a mismatch throws ConcurrencyError), chains hashes per stream, keeps JSON copies
 * as a database would, and delivers subscriptions in global order.
 */
export class InMemoryEventStore implements EventStore {
  private readonly all: RecordedEvent[] = [];
  private readonly streams = new Map<string, RecordedEvent[]>();
  private readonly pumps = new Set<() => Promise<void>>();
  private lastTransactionId = 0;

  async appendToStream(
    streamId: string,
    events: EventToAppend[],
    options: { expectedRevision?: ExpectedRevision } = {},
  ): Promise<AppendResult> {
    const stream = this.streams.get(streamId) ?? [];
    const actual = stream.length - 1;
    const expected = options.expectedRevision ?? 'any';
    const ok =
      expected === 'any' ||
      (expected === 'no_stream' && actual === -1) ||
      (expected === 'stream_exists' && actual >= 0) ||
      expected === actual;
    if (!ok) throw new ConcurrencyError(streamId, expected, actual === -1 ? null : actual);
    const transactionId = String(++this.lastTransactionId);
    let prevHash = stream.at(-1)?.hash ?? null;
    const recorded = events.map((event, i): RecordedEvent => {
      const streamPosition = stream.length + i;
      const hash = chainHash(prevHash, streamPosition, hashedContent(streamId, event));
      const stored: RecordedEvent = {
        eventId: event.eventId,
        type: event.type,
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
    for (const pump of this.pumps) void pump();
    return { nextExpectedRevision: stream.length - 1, events: recorded };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const from = options.fromRevision ?? 0;
    const to = options.toRevision ?? Number.MAX_SAFE_INTEGER;
    return (this.streams.get(streamId) ?? []).filter((e) => e.streamPosition >= from && e.streamPosition <= to);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const after = options.after ?? START;
    const newer = this.all.filter((e) => compareCheckpoints(checkpointOf(e), after) > 0);
    return newer.slice(0, options.maxCount ?? newer.length);
  }

  /** Each delivery run is chained after the previous one, so batches never overlap or reorder. */
  subscribeToAll(options: SubscribeOptions): Subscription {
    let position = options.from ?? START;
    let stopped = false;
    let running: Promise<void> = Promise.resolve();
    const pump = (): Promise<void> => {
      running = running.then(async () => {
        while (!stopped) {
          const batch = await this.readAll({ after: position, maxCount: options.batchSize ?? 100 });
          if (batch.length === 0) return;
          try {
            await options.handle(batch);
          } catch (error) {
            stopped = true;
            this.pumps.delete(pump);
            options.onError?.(error);
            return;
          }
          position = checkpointOf(batch[batch.length - 1]);
        }
      });
      return running;
    };
    this.pumps.add(pump);
    void pump();
    return {
      caughtUp: () => pump(),
      stop: async () => {
        stopped = true;
        this.pumps.delete(pump);
        await running;
      },
    };
  }
}

/** Per-person keys in memory; an erased person keeps a tombstone so no new key is ever made for them. */
export class InMemoryPersonalDataKeys implements PersonalDataKeys {
  private readonly keys = new Map<string, Buffer | null>();

  async keyFor(subjectId: string): Promise<Buffer | null> {
    if (!this.keys.has(subjectId)) this.keys.set(subjectId, generateKey());
    return this.keys.get(subjectId) ?? null;
  }

  async find(subjectId: string): Promise<Buffer | null> {
    return this.keys.get(subjectId) ?? null;
  }

  async erase(subjectId: string): Promise<void> {
    this.keys.set(subjectId, null);
  }
}

