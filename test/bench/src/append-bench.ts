import { EncryptingEventStore, PersonalDataCipher, type EventStore, type EventToAppend } from '@hpc-access/eventsourcing';
import { PostgresEventStore, PostgresPersonalDataKeys, type Database } from '@hpc-access/eventstore-postgres';
import type { Engine } from './bench-database';
import { createRawTable, rawInsert } from './raw-baseline';
import { applicationDrafted, BENCH_POLICY } from './realistic-events';
import { addTo, emptyMeasurement, type Measurement } from './stats';

export interface AppendCase {
  engine: Engine;
  batch: number;
  writers: number;
}

export interface Timing {
  roundMs: number;
  rounds: number;
  warmupMs: number;
}

const STREAMS_PER_WRITER = 4;

/** Runs `writers` loops until the deadline, timing each operation (returns events written). */
async function runWriters(writers: number, ms: number, operation: (writer: number) => Promise<number>): Promise<Measurement> {
  const latenciesMs: number[] = [];
  let events = 0;
  const start = performance.now();
  const deadline = start + ms;
  await Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        // Not `events += await …`: that reads `events` before the await and loses other writers' counts.
        const written = await operation(writer);
        events += written;
        latenciesMs.push(performance.now() - t0);
      }
    }),
  );
  return { events, seconds: (performance.now() - start) / 1000, latenciesMs };
}

/** Each writer appends to its own few streams, as command handlers for different applications do. */
class StreamCursor {
  private turn = 0;
  readonly revisions = new Map<string, number>();
  constructor(private readonly writer: number) {}
  next(): { streamId: string; personId: string; revision: number } {
    const k = this.turn++ % STREAMS_PER_WRITER;
    const streamId = `application-${this.writer}-${k}`;
    return { streamId, personId: `person-${this.writer}-${k}`, revision: this.revisions.get(streamId) ?? -1 };
  }
}

const batchOf = (count: number, streamId: string, personId: string): EventToAppend[] => {
  const now = new Date();
  return Array.from({ length: count }, () => applicationDrafted(streamId, personId, now));
};

/**
 * The store path as a command handler uses it (EncryptingEventStore over PostgresEventStore,
 * exact expected revision, hash chain) beside a plain INSERT of the same rows, one statement per
 * append on both sides, alternating in rounds so that drift and noise hit both alike.
 */
export async function benchAppend(db: Database, schema: string, spec: AppendCase, timing: Timing): Promise<{ store: Measurement; raw: Measurement }> {
  const raw = await createRawTable(db, schema);
  const postgresStore = new PostgresEventStore(db, { schema });
  const store: EventStore = new EncryptingEventStore(postgresStore, new PersonalDataCipher(new PostgresPersonalDataKeys(db, { schema }), BENCH_POLICY));
  const storeCursors = Array.from({ length: spec.writers }, (_, w) => new StreamCursor(w));
  const rawCursors = Array.from({ length: spec.writers }, (_, w) => new StreamCursor(w));

  const appendThroughStore = async (writer: number) => {
    const cursor = storeCursors[writer];
    const { streamId, personId, revision } = cursor.next();
    const result = await store.appendToStream(streamId, batchOf(spec.batch, streamId, personId), {
      expectedRevision: revision < 0 ? 'no_stream' : revision,
    });
    cursor.revisions.set(streamId, result.nextExpectedRevision);
    return spec.batch;
  };
  const insertRaw = async (writer: number) => {
    const cursor = rawCursors[writer];
    const { streamId, personId, revision } = cursor.next();
    await rawInsert(db, raw, streamId, revision + 1, batchOf(spec.batch, streamId, personId));
    cursor.revisions.set(streamId, revision + spec.batch);
    return spec.batch;
  };

  await runWriters(spec.writers, timing.warmupMs, insertRaw);
  await runWriters(spec.writers, timing.warmupMs, appendThroughStore);
  const totals = { store: emptyMeasurement(), raw: emptyMeasurement() };
  for (let round = 0; round < timing.rounds; round++) {
    const order = round % 2 === 0 ? (['raw', 'store'] as const) : (['store', 'raw'] as const);
    for (const side of order) {
      addTo(totals[side], await runWriters(spec.writers, timing.roundMs, side === 'store' ? appendThroughStore : insertRaw));
    }
  }
  return totals;
}
