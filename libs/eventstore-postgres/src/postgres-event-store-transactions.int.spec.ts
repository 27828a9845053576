import { ConcurrencyError, handleCommand, type Decider, type RecordedEvent } from '@hpc-access/eventsourcing';
import { anEvent, eventually, idsOf, randomSchemaName, visibleAll, waitFor } from '@hpc-access/testing';
import type { Database, Sql } from '@hpc-access/sql';
import { runMigrations } from '@hpc-access/sql';
import { PostgresEventStore } from './postgres-event-store';
import { TEST_ENGINES, useTestDatabase } from '@hpc-access/sql/testing-only';

/** Holds a transaction open on its own connection until release() is called. */
async function openTransaction(db: Database, work: (tx: Sql) => Promise<void>) {
  let release: () => void = () => undefined;
  let ready: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  const started = new Promise<void>((resolve) => (ready = resolve));
  const done = db.transaction(async (tx) => {
    await work(tx);
    ready();
    await released;
  });
  await Promise.race([started, done]);
  return {
    async commit() {
      release();
      await done;
    },
  };
}

const counter: Decider<{ type: 'Increment' }, number, { type: 'Incremented'; data: Record<string, never> }> = {
  initialState: () => 0,
  evolve: (n) => n + 1,
  decide: () => [{ type: 'Incremented', data: {} }],
};

describe.each(TEST_ENGINES)('appending inside a caller transaction on %s', (engine) => {
  const database = useTestDatabase(engine);
  let schema: string;
  let store: PostgresEventStore;

  beforeEach(async () => {
    schema = randomSchemaName();
    store = await PostgresEventStore.open(database.db, { schema });
    await runMigrations(database.db, schema, [{ name: 'test/001_inbox', sql: 'CREATE TABLE ${schema}.inbox (message_id text PRIMARY KEY)' }]);
  });

  const inboxRows = async () => (await database.db.query(`SELECT message_id FROM ${schema}.inbox`)).rows;

  it('commits the append together with the other writes of the transaction', async () => {
    await database.db.transaction(async (tx) => {
      await tx.query(`INSERT INTO ${schema}.inbox (message_id) VALUES ('m-1')`);
      await store.appendInTransaction(tx, 'a', [anEvent()], { expectedRevision: 'no_stream' });
    });
    store.notifyCommitted();
    expect(await inboxRows()).toEqual([{ message_id: 'm-1' }]);
    expect(await store.readStream('a')).toHaveLength(1);
  });

  it('rolls the append back with the transaction, leaving no trace of the stream', async () => {
    const failure = new Error('the effect failed');
    await expect(
      database.db.transaction(async (tx) => {
        await tx.query(`INSERT INTO ${schema}.inbox (message_id) VALUES ('m-1')`);
        await store.appendInTransaction(tx, 'a', [anEvent()]);
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await inboxRows()).toEqual([]);
    expect(await store.readStream('a')).toEqual([]);
    // The stream row was rolled back too: the stream still counts as new.
    await store.appendToStream('a', [anEvent()], { expectedRevision: 'no_stream' });
  });

  it('reports a wrong revision as ConcurrencyError', async () => {
    await store.appendToStream('a', [anEvent()]);
    const attempt = database.db.transaction((tx) => store.appendInTransaction(tx, 'a', [anEvent()], { expectedRevision: 'no_stream' }));
    await expect(attempt).rejects.toBeInstanceOf(ConcurrencyError);
    expect(await store.readStream('a')).toHaveLength(1);
  });

  it('handles a command through the transaction view of the store', async () => {
    await store.appendToStream('counter-1', [anEvent('Incremented')]);
    const metadata = { now: new Date('2025-03-01T10:00:00Z'), actor: { id: 'system', role: 'system' }, correlationId: 'c-1' };
    const result = await database.db.transaction(async (tx) => {
      await tx.query(`INSERT INTO ${schema}.inbox (message_id) VALUES ('m-2')`);
      return handleCommand(store.withTransaction(tx), counter, 'counter-1', { type: 'Increment' }, metadata);
    });
    expect(result.state).toBe(2);
    expect(result.revision).toBe(1);
    expect(await store.readStream('counter-1')).toHaveLength(2);
  });
});

// Only the server runs transactions side by side; PGlite has one connection and runs them in turn.
describe('the visibility horizon on postgres', () => {
  const database = useTestDatabase('postgres');
  let schema: string;
  let store: PostgresEventStore;

  beforeEach(async () => {
    schema = randomSchemaName();
    store = await PostgresEventStore.open(database.db, { schema, pollIntervalMs: 20 });
  });

  it('does not let a subscriber pass an older transaction that commits after a newer one', async () => {
    const seen: RecordedEvent[] = [];
    const subscription = store.subscribeToAll({ handle: async (events) => void seen.push(...events) });
    try {
      const older = anEvent('ApplicationDrafted');
      const slow = await openTransaction(database.db, async (tx) => {
        await store.appendInTransaction(tx, 'a', [older]);
      });
      const newer = anEvent('ApplicationDrafted');
      await store.appendToStream('b', [newer]);
      // The newer event is committed but the older transaction could still add events before it.
      await waitFor(async () => (await store.measureSubscriberLag()) >= 1, 'the lag to show the held-back event');
      expect(seen).toEqual([]);
      expect(await store.readAll()).toEqual([]);
      await slow.commit();
      await subscription.caughtUp();
      expect(idsOf(seen)).toEqual([older.eventId, newer.eventId]);
      expect(idsOf(await visibleAll(store, 2))).toEqual([older.eventId, newer.eventId]);
    } finally {
      await subscription.stop();
    }
  });

  it('measures as subscriber lag the committed events an open transaction holds back', async () => {
    const blocker = await openTransaction(database.db, async (tx) => {
      await tx.query('SELECT pg_current_xact_id()');
    });
    try {
      await store.appendToStream('a', [anEvent(), anEvent(), anEvent()]);
      expect(await store.measureSubscriberLag()).toBe(3);
      expect(store.subscriberLag).toBe(3);
      expect(await store.readAll()).toEqual([]);
    } finally {
      await blocker.commit();
    }
    await eventually(async () => expect(await store.measureSubscriberLag()).toBe(0));
    expect(await visibleAll(store, 3)).toHaveLength(3);
  });
});
