import { EncryptingEventStore, PersonalDataCipher, type EventStore, type EventToAppend } from '@hpc-access/eventsourcing';
import { PostgresEventStore, PostgresPersonalDataKeys } from '@hpc-access/eventstore-postgres';
import { type Database } from '@hpc-access/sql';
import type { Engine } from './bench-database';
import { createRawTable, rawInsert } from './raw-baseline';
import { applicationDrafted, BENCH_POLICY } from './realistic-events';
import { cpuBetween, sampleCpu } from './cpu-usage';
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
  const cpuBefore = sampleCpu();
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
  return { events, seconds: (performance.now() - start) / 1000, latenciesMs, cpu: cpuBetween(cpuBefore, sampleCpu()) };
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

export type AppendSide = 'raw' | 'store' | 'storeWithoutEncryption';

/** Appends as a command handler does: its own streams, the exact revision it last saw. */
function appender(store: EventStore, spec: AppendCase) {
  const cursors = Array.from({ length: spec.writers }, (_, w) => new StreamCursor(w));
  return async (writer: number) => {
    const cursor = cursors[writer];
    const { streamId, personId, revision } = cursor.next();
    const result = await store.appendToStream(streamId, batchOf(spec.batch, streamId, personId), {
      expectedRevision: revision < 0 ? 'no_stream' : revision,
    });
    cursor.revisions.set(streamId, result.nextExpectedRevision);
    return spec.batch;
  };
}

/**
 * The store path as a command handler uses it (EncryptingEventStore over PostgresEventStore,
 * exact expected revision, hash chain) beside a plain INSERT of the same rows, one statement per
 * append on both sides, alternating in rounds so that drift and noise hit both alike. The store
 * without encryption runs too, to show what crypto-shredding costs apart from the store.
 */
export async function benchAppend(db: Database, schema: string, spec: AppendCase, timing: Timing): Promise<Record<AppendSide, Measurement>> {
  const raw = await createRawTable(db, schema);
  const postgresStore = new PostgresEventStore(db, { schema });
  const encrypting = new EncryptingEventStore(postgresStore, new PersonalDataCipher(new PostgresPersonalDataKeys(db, { schema }), BENCH_POLICY));
  const rawCursors = Array.from({ length: spec.writers }, (_, w) => new StreamCursor(w));
  const insertRaw = async (writer: number) => {
    const cursor = rawCursors[writer];
    const { streamId, personId, revision } = cursor.next();
    await rawInsert(db, raw, streamId, revision + 1, batchOf(spec.batch, streamId, personId));
    cursor.revisions.set(streamId, revision + spec.batch);
    return spec.batch;
  };

  const plain = await PostgresEventStore.open(db, { schema: `${schema}_plain` });
  const operations: Record<AppendSide, (writer: number) => Promise<number>> = {
    raw: insertRaw,
    // Separate stream sets: each side keeps its own revisions.
    store: appender(encrypting, spec),
    storeWithoutEncryption: appender(plain, spec),
  };
  const sides = Object.keys(operations) as AppendSide[];
  for (const side of sides) await runWriters(spec.writers, timing.warmupMs, operations[side]);
  const totals = { raw: emptyMeasurement(), store: emptyMeasurement(), storeWithoutEncryption: emptyMeasurement() };
  for (let round = 0; round < timing.rounds; round++) {
    // Rotate the order so that no side always runs first (or last) in a round.
    for (let k = 0; k < sides.length; k++) {
      const side = sides[(round + k) % sides.length];
      addTo(totals[side], await runWriters(spec.writers, timing.roundMs, operations[side]));
    }
  }
  return totals;
}
