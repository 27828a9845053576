import { randomSchemaName } from '@hpc-access/testing';
import { eventStoreMigrations, migrateEventStore } from './event-store-migrations';
import { runMigrations, type Migration } from '@hpc-access/sql';
import { TEST_ENGINES, useTestDatabase } from '@hpc-access/sql/testing-only';

const serviceMigrations: Migration[] = [
  {
    name: 'service/001_read_model',
    sql: `-- a read model; two statements in one file
      CREATE TABLE \${schema}.things (id text PRIMARY KEY, label text NOT NULL);
      CREATE INDEX things_by_label ON \${schema}.things (label);`,
  },
];

describe.each(TEST_ENGINES)('migrations on %s', (engine) => {
  const database = useTestDatabase(engine);

  it('apply once: a second run finds everything applied and changes nothing', async () => {
    const schema = randomSchemaName();
    const first = await migrateEventStore(database.db, schema);
    expect(first.applied).toEqual(eventStoreMigrations().map((m) => m.name));
    const second = await migrateEventStore(database.db, schema);
    expect(second).toEqual({ applied: [], alreadyApplied: first.applied });
    const { rows } = await database.db.query<{ count: number }>(`SELECT count(*)::int AS count FROM ${schema}.schema_migrations`);
    expect(rows[0].count).toBe(first.applied.length);
  });

  it('take turns when two processes start together', async () => {
    const schema = randomSchemaName();
    const [a, b] = await Promise.all([migrateEventStore(database.db, schema), migrateEventStore(database.db, schema)]);
    expect([a.applied.length, b.applied.length].sort()).toEqual([0, eventStoreMigrations().length]);
  });

  it("run a service's own list in the same schema beside the event store's", async () => {
    const schema = randomSchemaName();
    await migrateEventStore(database.db, schema);
    expect((await runMigrations(database.db, schema, serviceMigrations)).applied).toEqual(['service/001_read_model']);
    await database.db.query(`INSERT INTO ${schema}.things (id, label) VALUES ('a', 'first')`);
    expect((await runMigrations(database.db, schema, serviceMigrations)).applied).toEqual([]);
  });

  it('refuse a migration whose text changed after it was applied, and roll the whole run back', async () => {
    const schema = randomSchemaName();
    await runMigrations(database.db, schema, serviceMigrations);
    const edited = [{ ...serviceMigrations[0], sql: serviceMigrations[0].sql.replace('label text', 'title text') }];
    const next = { name: 'service/002_more', sql: 'CREATE TABLE ${schema}.more (id int)' };
    await expect(runMigrations(database.db, schema, [...edited, next])).rejects.toThrow(/was changed after it was applied/);
    const { rows } = await database.db.query(`SELECT name FROM ${schema}.schema_migrations`);
    expect(rows).toEqual([{ name: 'service/001_read_model' }]);
  });

  it('roll back every statement of a migration that fails half-way', async () => {
    const schema = randomSchemaName();
    const broken = { name: 'service/001_broken', sql: 'CREATE TABLE ${schema}.half (id int); SELECT no_such_function();' };
    await expect(runMigrations(database.db, schema, [broken])).rejects.toThrow();
    const { rows } = await database.db.query(`SELECT to_regclass('${schema}.half') AS half`);
    expect(rows).toEqual([{ half: null }]);
  });

  it('refuse a schema name that is not a plain identifier', async () => {
    await expect(runMigrations(database.db, 'intake; DROP TABLE x', serviceMigrations)).rejects.toThrow(/invalid schema name/);
  });
});
