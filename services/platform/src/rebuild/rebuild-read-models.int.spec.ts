import { ethicsReviewReadModels } from '@hpc-access/ethics-review';
import { migrateEventStore, PostgresEventStore, PostgresProjectionRunner, type RebuildProgress } from '@hpc-access/eventstore-postgres';
import { findRepoFile, loadSqlMigrations, runMigrations, type Database } from '@hpc-access/sql';
import { TEST_ENGINES, useTestDatabase } from '@hpc-access/sql/testing-only';
import { anEvent } from '@hpc-access/testing';
import { rebuildReadModels } from './rebuild-read-models';

const schema = 'ethics';
const reviewers = ethicsReviewReadModels[1];
let registered = 0;
const register = (store: PostgresEventStore, count: number) =>
  store.appendToStream(`reviewer-${registered}`, Array.from({ length: count }, () => {
    registered += 1;
    return anEvent('ReviewerRegistered', { reviewerId: `reviewer-${registered}`, organisationId: `org-${registered % 7}`, expertise: ['ai', `topic-${registered % 3}`], registeredAt: new Date(Date.UTC(2026, 0, 1, 0, registered)).toISOString() });
  }));
const rowsOf = async (db: Database, table: string) => (await db.query(`SELECT * FROM ${table} ORDER BY reviewer_id`)).rows;

describe.each(TEST_ENGINES)('rebuilding a read model in a shadow schema (%s)', (engine) => {
  const database = useTestDatabase(engine);
  let store: PostgresEventStore;
  let runner: PostgresProjectionRunner;

  beforeAll(async () => {
    const { db } = database;
    await migrateEventStore(db, schema);
    await runMigrations(db, schema, loadSqlMigrations(findRepoFile('infra/migrations/ethics-review'), 'ethics-review'));
    // The "old" read model kept beside the live one by its own runner, never rebuilt: what the rebuilt one must equal.
    await db.query(`CREATE SCHEMA ethics_reference`);
    await db.query(`CREATE TABLE ethics_reference.ethics_reviewers (LIKE ethics.ethics_reviewers INCLUDING ALL)`);
    store = new PostgresEventStore(db, { schema, pollIntervalMs: 10 });
    for (let i = 0; i < 6; i++) await register(store, 50);
    runner = new PostgresProjectionRunner({ db, store, schema, batchSize: 40, projections: [reviewers(schema), { ...reviewers('ethics_reference'), name: 'reference' }] });
    await runner.start();
    await runner.caughtUp();
  });
  afterAll(() => runner?.stop());

  it('rebuilds while events are appended, readers seeing the old tables until the swap, and ends equal to the old model row by row', async () => {
    const { db } = database;
    const before = await rowsOf(db, `${schema}.ethics_reviewers`);
    expect(before).toHaveLength(300);
    const progress: RebuildProgress[] = [];
    const seenByReaders: number[] = [];
    let appending: Promise<unknown> | undefined;
    const outcomes = await rebuildReadModels({
      db, service: 'ethics-review', projection: 'ethics-review.reviewers', batchSize: 25,
      async onProgress(report) {
        progress.push(report);
        if (report.phase !== 'replaying') return;
        // A reader meanwhile: the live table, whole, while the shadow holds only what was replayed so far.
        seenByReaders.push((await rowsOf(db, `${schema}.ethics_reviewers`)).length);
        if (report.done === 25) {
          expect((await rowsOf(db, `${schema}_rebuild.ethics_reviewers`)).length).toBe(25);
          appending = (async () => {
            for (let i = 0; i < 10; i++) await register(store, 5);
          })();
        }
      },
    });
    await appending;
    await runner.caughtUp();

    expect(outcomes).toEqual([{ projection: 'ethics-review.reviewers', rebuilt: true, events: expect.any(Number) }]);
    expect(seenByReaders.every((n) => n >= 300)).toBe(true);
    expect(progress[0]).toMatchObject({ projection: 'ethics-review.reviewers', phase: 'replaying', done: 25, total: 300 });
    expect(progress.at(-1)).toMatchObject({ phase: 'done' });
    const rebuilt = await rowsOf(db, `${schema}.ethics_reviewers`);
    expect(rebuilt).toHaveLength(350);
    expect(rebuilt).toEqual(await rowsOf(db, 'ethics_reference.ethics_reviewers'));
    expect(rebuilt).toEqual(expect.arrayContaining(before));
    const shadow = await db.query(`SELECT 1 FROM information_schema.schemata WHERE schema_name = 'ethics_rebuild'`);
    expect(shadow.rows).toHaveLength(0);
    // The live runner goes on with the swapped-in tables.
    await register(store, 3);
    await runner.caughtUp();
    expect(await rowsOf(db, `${schema}.ethics_reviewers`)).toEqual(await rowsOf(db, 'ethics_reference.ethics_reviewers'));
    expect(await rowsOf(db, `${schema}.ethics_reviewers`)).toHaveLength(353);
  });

  it('refuses a projection name it does not know, listing the service\'s projections', async () => {
    await expect(rebuildReadModels({ db: database.db, service: 'ethics-review', projection: 'ethics-review.nope' })).rejects.toThrow(
      'service ethics-review has no projection named "ethics-review.nope"; its projections: ethics-review.case-summaries, ethics-review.reviewers',
    );
    await expect(rebuildReadModels({ db: database.db, service: 'ethics' })).rejects.toThrow('no service named "ethics"; services: intake, governance-pledges, ethics-review, allocation, accounting');
  });

  it('refuses a projection that does not name its tables, saying why, before touching anything', async () => {
    await expect(rebuildReadModels({ db: database.db, service: 'allocation', projection: 'allocation.capacity' })).rejects.toThrow(
      'projection allocation.capacity does not name its tables (not a row projection): it cannot be rebuilt in a shadow schema',
    );
  });
});
