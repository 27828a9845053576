import { readFileSync } from 'node:fs';
import { verifyStreamChain } from '@hpc-access/eventsourcing';
import { createScratchPostgresDatabase, randomName, someEvents, testPostgresUrl, type ScratchPostgresDatabase } from '@hpc-access/testing';
import { findRepoFile, loadSqlMigrations, openPostgres, runMigrations, type Database } from '@hpc-access/sql';
import { migrateEventStore } from './event-store-migrations';
import { PostgresEventStore } from './postgres-event-store';
import { PostgresPersonalDataKeys } from './postgres-personal-data-keys';

// infra/postgres/append-only-roles.sql on the real server (trust authentication on 127.0.0.1):
// the application's role reads and appends events and keeps running its own tables, but cannot
// change, remove or unprotect an event, whatever statement it tries (ADR 27).
describe('the application role of server mode', () => {
  const app = randomName('hpc_app');
  const owner = randomName('hpc_event_owner');
  const schema = randomName('svc');
  let scratch: ScratchPostgresDatabase;
  let admin: Database;
  let asApp: Database;

  const connectAs = (user: string): Database => {
    const url = new URL(scratch.url);
    url.username = user;
    return openPostgres({ connectionString: url.toString(), max: 4 });
  };

  beforeAll(async () => {
    scratch = await createScratchPostgresDatabase();
    admin = openPostgres({ connectionString: scratch.url, max: 2 });
    await admin.query(`CREATE ROLE ${app} LOGIN`);
    // What the script's header says to do before the first start: without it the migrations fail.
    await admin.query(readFileSync(findRepoFile('infra/postgres/append-only-roles.sql'), 'utf8'));
    await admin.query(`CALL hpc_prepare_app_role('${app}')`);
    asApp = connectAs(app);
    // Its first start: the application runs its migrations itself and owns what they create.
    const first = await PostgresEventStore.open(asApp, { schema });
    await first.appendToStream('application-1', someEvents(3), { expectedRevision: 'no_stream' });
    // Then the DBA, as superuser, hands the events to their owner.
    await admin.query(`CALL hpc_make_events_append_only('${app}', '${owner}')`);
  }, 30_000);

  afterAll(async () => {
    await asApp?.close();
    await admin?.close();
    await scratch?.drop();
    // Roles belong to the cluster; dropping the database took their privileges and objects with it.
    const cluster = openPostgres({ connectionString: testPostgresUrl(), max: 1 });
    await cluster.query(`DROP ROLE IF EXISTS ${app}`);
    await cluster.query(`DROP ROLE IF EXISTS ${owner}`);
    await cluster.close();
  }, 30_000);

  const errorOf = async (work: Promise<unknown>) => {
    const error = (await work.then(
      () => undefined,
      (e: unknown) => e,
    )) as { code?: string; message?: string } | undefined;
    return { code: error?.code, message: error?.message };
  };

  it.each([
    ['UPDATE', `UPDATE ${schema}.events SET data = '{}'::jsonb`, 'permission denied for table events'],
    ['DELETE', `DELETE FROM ${schema}.events`, 'permission denied for table events'],
    ['TRUNCATE', `TRUNCATE ${schema}.events`, 'permission denied for table events'],
    ['switching the trigger off', `ALTER TABLE ${schema}.events DISABLE TRIGGER events_append_only`, 'must be owner of table events'],
    ['dropping the table', `DROP TABLE ${schema}.events`, 'must be owner of table events'],
    ['emptying the trigger function', `CREATE OR REPLACE FUNCTION ${schema}.refuse_event_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$`, 'must be owner of function refuse_event_change'],
    ['dropping the schema', `DROP SCHEMA ${schema} CASCADE`, `must be owner of schema ${schema}`],
  ])('is refused %s', async (_what, statement, message) => {
    expect(await errorOf(asApp.query(statement))).toEqual({ code: '42501', message });
  });

  it('cannot grant itself UPDATE (the server only warns that nothing was granted)', async () => {
    await asApp.query(`GRANT UPDATE, DELETE ON ${schema}.events TO ${app}`);
    expect(await errorOf(asApp.query(`UPDATE ${schema}.events SET type = type`))).toEqual({ code: '42501', message: 'permission denied for table events' });
  });

  it('appends on every path, reads, runs its migrations again and erases a person, all as itself', async () => {
    const store = await PostgresEventStore.open(asApp, { schema });
    expect((await migrateEventStore(asApp, schema)).applied).toEqual([]);
    await store.appendToStream('application-1', someEvents(2), { expectedRevision: 2 });
    await store.appendToStream('application-1', someEvents(1), { expectedRevision: 'any' });
    await store.appendToStream('application-2', someEvents(2));
    const stream = await store.readStream('application-1');
    expect(verifyStreamChain(stream)).toEqual({ ok: true, checked: 6 });
    expect(await store.readAll()).toHaveLength(8);
    const keys = new PostgresPersonalDataKeys(asApp, { schema });
    await keys.keyFor('person-1');
    await keys.erase('person-1');
    expect(await keys.status('person-1')).toBe('erased');
    await asApp.query(`CREATE TABLE ${schema}.a_new_read_model (id text PRIMARY KEY)`);
    await asApp.query(`DROP TABLE ${schema}.a_new_read_model`);
  });

  it("rebuilds a read model as itself: a shadow schema, a table like the live one, moved into the owner's schema (ADR 31)", async () => {
    await asApp.query(`CREATE TABLE ${schema}.a_read_model (id text PRIMARY KEY)`);
    await asApp.query(`CREATE SCHEMA IF NOT EXISTS ${schema}_rebuild`);
    await asApp.query(`CREATE TABLE ${schema}_rebuild.a_read_model (LIKE ${schema}.a_read_model INCLUDING ALL)`);
    await asApp.query(`INSERT INTO ${schema}_rebuild.a_read_model VALUES ('rebuilt')`);
    await asApp.query(`DROP TABLE ${schema}.a_read_model`);
    await asApp.query(`ALTER TABLE ${schema}_rebuild.a_read_model SET SCHEMA ${schema}`);
    await asApp.query(`DROP SCHEMA ${schema}_rebuild`);
    expect((await asApp.query<{ id: string }>(`SELECT id FROM ${schema}.a_read_model`)).rows).toEqual([{ id: 'rebuilt' }]);
    await asApp.query(`DROP TABLE ${schema}.a_read_model`);
  });

  it('refuses to prepare a superuser as the application role', async () => {
    expect((await errorOf(admin.query(`CALL hpc_prepare_app_role('postgres')`))).message).toMatch(/is a superuser/);
  });

  it('gives a reader role SELECT on events and on the audit ledger, and nothing more', async () => {
    const reader = randomName('hpc_auditor');
    await runMigrations(admin, 'audit', loadSqlMigrations(findRepoFile('infra/migrations/audit'), 'audit'));
    await admin.query(`CALL hpc_grant_event_reader('${reader}')`);
    const asReader = connectAs(reader);
    try {
      expect((await asReader.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${schema}.events`)).rows[0].n).toBeGreaterThan(0);
      expect((await asReader.query<{ n: number }>('SELECT count(*)::int AS n FROM audit.ledger_leaves, audit.ledger_checkpoints')).rows[0].n).toBe(0);
      expect(await errorOf(asReader.query('SELECT * FROM audit.development_signing_key'))).toMatchObject({ code: '42501' });
      expect(await errorOf(asReader.query(`INSERT INTO ${schema}.person_keys (subject_id) VALUES ('x')`))).toMatchObject({ code: '42501' });
      expect(await errorOf(asReader.query(`DELETE FROM ${schema}.events`))).toMatchObject({ code: '42501' });
    } finally {
      await asReader.close();
      await admin.query(`REVOKE ALL ON ${schema}.events FROM ${reader}; REVOKE ALL ON SCHEMA ${schema} FROM ${reader}`);
      await admin.query(`REVOKE ALL ON audit.ledger_leaves, audit.ledger_checkpoints FROM ${reader}; REVOKE ALL ON SCHEMA audit FROM ${reader}`);
      await admin.query(`DROP ROLE ${reader}`);
    }
  });

  it('refuses to make a superuser the application role', async () => {
    expect((await errorOf(admin.query(`CALL hpc_make_events_append_only('postgres', '${owner}')`))).message).toMatch(/is a superuser/);
  });
});
