import { ConcurrencyError, verifyStreamChain, type EventStore, type RecordedEvent } from '@hpc-access/eventsourcing';
import { randomSchemaName, someEvents } from '@hpc-access/testing';
import type { Database, Sql } from '@hpc-access/sql';
import { PostgresEventStore } from './postgres-event-store';
import { TEST_ENGINES, useTestDatabase } from '@hpc-access/sql/testing-only';

// The store chains hashes in the process when it knows the stream's last event (ADR 0003); these
// are the cases where what it knows is out of date. Two stores on one schema are two processes.

const conflictOf = async (append: Promise<unknown>): Promise<ConcurrencyError> => {
  const error = await append.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConcurrencyError);
  return error as ConcurrencyError;
};

const chainOf = async (store: EventStore, streamId: string) => {
  const events = await store.readStream(streamId);
  return { length: events.length, verification: verifyStreamChain(events) };
};

describe.each(TEST_ENGINES)('chaining appends in the process on %s', (engine) => {
  const database = useTestDatabase(engine);
  let schema: string;
  let one: PostgresEventStore;
  let other: PostgresEventStore;

  beforeEach(async () => {
    schema = randomSchemaName();
    one = await PostgresEventStore.open(database.db, { schema });
    other = new PostgresEventStore(database.db, { schema });
  });

  it('refuses a revision another process moved past, with the actual one, then chains after it', async () => {
    await one.appendToStream('a', someEvents(2), { expectedRevision: 'no_stream' });
    await other.appendToStream('a', someEvents(1), { expectedRevision: 1 });
    expect((await conflictOf(one.appendToStream('a', someEvents(1), { expectedRevision: 1 }))).actual).toBe(2);
    expect((await conflictOf(one.appendToStream('a', someEvents(3), { expectedRevision: 'no_stream' }))).actual).toBe(2);
    const chained = await one.appendToStream('a', someEvents(3), { expectedRevision: 2 });
    expect(chained.events).toEqual((await one.readStream('a')).slice(3, 6));
    await other.appendToStream('a', someEvents(1), { expectedRevision: 5 });
    await one.appendToStream('a', someEvents(1), { expectedRevision: 6 });
    expect(await chainOf(one, 'a')).toEqual({ length: 8, verification: { ok: true, checked: 8 } });
  });

  it('does not chain to an append whose transaction rolled back', async () => {
    await one.appendToStream('a', someEvents(1), { expectedRevision: 'no_stream' });
    await expect(
      database.db.transaction(async (tx: Sql) => {
        await one.appendInTransaction(tx, 'a', someEvents(2), { expectedRevision: 0 });
        throw new Error('the effect failed');
      }),
    ).rejects.toThrow('the effect failed');
    expect((await conflictOf(one.appendToStream('a', someEvents(1), { expectedRevision: 2 }))).actual).toBe(0);
    // Another process writes the positions the rolled-back append had taken, with other hashes.
    await other.appendToStream('a', someEvents(2), { expectedRevision: 0 });
    await one.appendToStream('a', someEvents(1), { expectedRevision: 2 });
    expect(await chainOf(one, 'a')).toEqual({ length: 4, verification: { ok: true, checked: 4 } });
  });

  it('chains after what a read of the stream showed, even when another process wrote it', async () => {
    await other.appendToStream('a', someEvents(3));
    const read = await one.readStream('a');
    await one.appendToStream('a', someEvents(2), { expectedRevision: read.length - 1 });
    const stream = await one.readStream('a');
    expect(stream[3].prevHash).toBe(read[2].hash);
    expect(verifyStreamChain(stream).ok).toBe(true);
  });

  it('appends in the database what it cannot chain: any revision, a stream that exists, a large batch', async () => {
    await one.appendToStream('a', someEvents(1), { expectedRevision: 'any' });
    await one.appendToStream('a', someEvents(1), { expectedRevision: 'stream_exists' });
    await one.appendToStream('a', someEvents(40), { expectedRevision: 1 });
    await one.appendToStream('a', someEvents(1), { expectedRevision: 41 });
    expect(await chainOf(one, 'a')).toEqual({ length: 43, verification: { ok: true, checked: 43 } });
  });

  it('writes the hashes the database writes for the same events', async () => {
    const events = someEvents(4);
    await one.appendToStream('a', events.slice(0, 1), { expectedRevision: 'no_stream' });
    await one.appendToStream('a', events.slice(1), { expectedRevision: 0 });
    // In another schema the same events go through append_events(), which chains in SQL.
    const inDatabase = await PostgresEventStore.open(database.db, { schema: randomSchemaName() });
    for (const event of events) await inDatabase.appendToStream('a', [event], { expectedRevision: 'any' });
    const hashes = (stream: { hash: string }[]) => stream.map((e) => e.hash);
    expect(hashes(await one.readStream('a'))).toEqual(hashes(await inDatabase.readStream('a')));
  });
});

describe.each(TEST_ENGINES)('an adapter without prepared statements on %s', (engine) => {
  const database = useTestDatabase(engine);

  it('appends and chains through plain queries', async () => {
    const { db } = database;
    const plain: Database = { engine: db.engine, query: (text, params) => db.query(text, params), transaction: (fn) => db.transaction((tx) => fn({ query: (text, params) => tx.query(text, params) })), close: async () => undefined };
    const store = await PostgresEventStore.open(plain, { schema: randomSchemaName() });
    await store.appendToStream('a', someEvents(2), { expectedRevision: 'no_stream' });
    const chained = await store.appendToStream('a', someEvents(3), { expectedRevision: 1 });
    await store.appendToStream('a', someEvents(1), { expectedRevision: 'any' });
    expect((await conflictOf(store.appendToStream('a', someEvents(1), { expectedRevision: 4 }))).actual).toBe(5);
    const stream = await store.readStream('a');
    const stored = ({ globalPosition, transactionId, hash, prevHash }: RecordedEvent) => ({ globalPosition, transactionId, hash, prevHash });
    expect(chained.events.map(stored)).toEqual(stream.slice(2, 5).map(stored));
    expect(verifyStreamChain(stream)).toEqual({ ok: true, checked: 6 });
  });
});

describe('prepared statements on pglite', () => {
  const database = useTestDatabase('pglite');

  it('are prepared again when the session dropped them', async () => {
    const db: Database = database.db;
    const store = await PostgresEventStore.open(db, { schema: randomSchemaName() });
    await store.appendToStream('a', someEvents(2), { expectedRevision: 'no_stream' });
    await db.query('DEALLOCATE ALL');
    await store.appendToStream('a', someEvents(2), { expectedRevision: 1 });
    await db.query('DISCARD ALL');
    await store.appendToStream('a', someEvents(1), { expectedRevision: 'any' });
    expect(verifyStreamChain(await store.readStream('a'))).toEqual({ ok: true, checked: 5 });
  });
});

// Only the server runs transactions side by side.
describe('a batch racing another writer on postgres', () => {
  const database = useTestDatabase('postgres');

  it('fails whole when a writer takes fewer of its positions first, and the chain never forks', async () => {
    const schema = randomSchemaName();
    const one = await PostgresEventStore.open(database.db, { schema });
    const other = new PostgresEventStore(database.db, { schema });
    await one.appendToStream('a', someEvents(1), { expectedRevision: 'no_stream' });
    await other.readStream('a');
    let release: () => void = () => undefined;
    let appended: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const inserted = new Promise<void>((resolve) => (appended = resolve));
    // The other writer takes position 1 and holds its transaction open.
    const racer = database.db.transaction(async (tx) => {
      await other.appendInTransaction(tx, 'a', someEvents(1), { expectedRevision: 0 });
      appended();
      await held;
    });
    await inserted;
    // This batch of three finds revision 0 committed, then waits on position 1 in the unique index.
    const batch = one.appendToStream('a', someEvents(3), { expectedRevision: 0 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    release();
    await racer;
    expect(await conflictOf(batch)).toMatchObject({ actual: 1 });
    expect(await chainOf(one, 'a')).toEqual({ length: 2, verification: { ok: true, checked: 2 } });
    await one.appendToStream('a', someEvents(3), { expectedRevision: 1 });
    expect(await chainOf(one, 'a')).toEqual({ length: 5, verification: { ok: true, checked: 5 } });
  });
});
