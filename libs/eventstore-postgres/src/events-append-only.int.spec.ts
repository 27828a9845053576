import { verifyStreamChain } from '@hpc-access/eventsourcing';
import { randomSchemaName, someEvents } from '@hpc-access/testing';
import { TEST_ENGINES, useTestDatabase } from '@hpc-access/sql/testing-only';
import { PostgresEventStore } from './postgres-event-store';
import { PostgresPersonalDataKeys } from './postgres-personal-data-keys';

// Migration 005: the store refuses to change or remove an event, whoever asks (ADR 27).
describe.each(TEST_ENGINES)('the events table is append-only on %s', (engine) => {
  const database = useTestDatabase(engine);
  let schema: string;
  let store: PostgresEventStore;

  beforeEach(async () => {
    schema = randomSchemaName();
    store = await PostgresEventStore.open(database.db, { schema });
    await store.appendToStream('a', someEvents(3), { expectedRevision: 'no_stream' });
  });

  const refusal = async (statement: string) => {
    const error = (await database.db.query(statement).then(
      () => undefined,
      (e: unknown) => e,
    )) as { code?: string; message?: string } | undefined;
    return { code: error?.code, message: error?.message };
  };

  it.each([
    ['UPDATE', (s: string) => `UPDATE ${s}.events SET data = '{"rewritten":true}'::jsonb WHERE stream_position = 1`],
    ['DELETE', (s: string) => `DELETE FROM ${s}.events WHERE stream_position = 2`],
    ['TRUNCATE', (s: string) => `TRUNCATE ${s}.events`],
  ])('refuses %s with an error that says why, and changes nothing', async (operation, statement) => {
    const before = await store.readStream('a');
    expect(await refusal(statement(schema))).toEqual({ code: 'HA403', message: `events are append-only: ${operation} on ${schema}.events refused` });
    expect(await store.readStream('a')).toEqual(before);
  });

  it('refuses an UPDATE or DELETE that would touch no row at all', async () => {
    expect((await refusal(`UPDATE ${schema}.events SET type = type WHERE false`)).code).toBe('HA403');
    expect((await refusal(`DELETE FROM ${schema}.events WHERE false`)).code).toBe('HA403');
  });

  it('still appends on every path (chained in the process, in append_events, after a race) and the chain verifies', async () => {
    await store.appendToStream('a', someEvents(2), { expectedRevision: 2 });
    await store.appendToStream('a', someEvents(2), { expectedRevision: 'any' });
    // A second process on the schema takes the SQL path with ON CONFLICT DO NOTHING, which fires no UPDATE trigger.
    await new PostgresEventStore(database.db, { schema }).appendToStream('a', someEvents(1), { expectedRevision: 6 });
    const stream = await store.readStream('a');
    expect(stream).toHaveLength(8);
    expect(verifyStreamChain(stream)).toEqual({ ok: true, checked: 8 });
  });

  it('still erases a person: erasure changes person_keys, never an event', async () => {
    const keys = new PostgresPersonalDataKeys(database.db, { schema });
    await keys.keyFor('person-1');
    await keys.erase('person-1');
    expect(await keys.status('person-1')).toBe('erased');
  });

  it('a table owner who disables the trigger can edit: what the audit ledger and hpc-audit verify are for', async () => {
    await database.db.query(`ALTER TABLE ${schema}.events DISABLE TRIGGER events_append_only`);
    await database.db.query(`UPDATE ${schema}.events SET data = '{"rewritten":true}'::jsonb WHERE stream_position = 1`);
    await database.db.query(`ALTER TABLE ${schema}.events ENABLE TRIGGER events_append_only`);
    expect(verifyStreamChain(await store.readStream('a')).firstBroken).toMatchObject({ streamPosition: 1, reason: 'hash does not match the content' });
  });
});
