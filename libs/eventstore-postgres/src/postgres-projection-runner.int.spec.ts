import { checkpointOf, START, type RecordedEvent } from '@hpc-access/eventsourcing';
import { anEvent, randomSchemaName, visibleAll, waitFor } from '@hpc-access/testing';
import type { Database, Sql } from '@hpc-access/sql';
import { runMigrations } from '@hpc-access/sql';
import { PostgresEventStore } from './postgres-event-store';
import { PostgresProjectionRunner } from './postgres-projection-runner';
import type { Projection } from '@hpc-access/eventsourcing';
import { TEST_ENGINES, useTestDatabase } from '@hpc-access/sql/testing-only';

/** GPU hours asked for per application: the read model these tests keep. */
function gpuHoursProjection(schema: string, failOn?: string): Projection<Sql> {
  return {
    name: 'gpu-hours',
    handles: ['ApplicationDrafted', 'ApplicationAmended', 'Poison'],
    async apply(tx: Sql, event: RecordedEvent) {
      if (event.type === failOn) throw new Error(`cannot apply ${event.type}`);
      const { gpuHours } = event.data as { gpuHours: number };
      await tx.query(
        `INSERT INTO ${schema}.gpu_hours (application_id, hours, events) VALUES ($1, $2, 1)
         ON CONFLICT (application_id) DO UPDATE SET hours = EXCLUDED.hours, events = gpu_hours.events + 1`,
        [event.streamId, gpuHours],
      );
    },
    async reset(tx: Sql) {
      await tx.query(`TRUNCATE ${schema}.gpu_hours`);
    },
  };
}

describe.each(TEST_ENGINES)('the projection runner on %s', (engine) => {
  const database = useTestDatabase(engine);
  let schema: string;
  let store: PostgresEventStore;
  const runners: PostgresProjectionRunner[] = [];

  beforeEach(async () => {
    schema = randomSchemaName();
    store = await PostgresEventStore.open(database.db, { schema, pollIntervalMs: 20 });
    await runMigrations(database.db, schema, [
      { name: 'test/001_gpu_hours', sql: 'CREATE TABLE ${schema}.gpu_hours (application_id text PRIMARY KEY, hours int NOT NULL, events int NOT NULL)' },
    ]);
  });
  afterEach(async () => {
    await Promise.all(runners.splice(0).map((runner) => runner.stop()));
  });

  const runner = (projection: Projection<Sql>, db: Database = database.db, onError?: (name: string, error: unknown) => void) => {
    const created = new PostgresProjectionRunner({ db, store, schema, projections: [projection], batchSize: 10, retryDelayMs: 60_000, onError });
    runners.push(created);
    return created;
  };
  const readModel = async () =>
    (await database.db.query(`SELECT application_id, hours, events FROM ${schema}.gpu_hours ORDER BY application_id`)).rows;

  const appendHistory = async () => {
    await store.appendToStream('application-1', [anEvent('ApplicationDrafted', { gpuHours: 100 }), anEvent('ApplicationAmended', { gpuHours: 150 })]);
    await store.appendToStream('application-2', [anEvent('ApplicationDrafted', { gpuHours: 40 }), anEvent('ApplicationSubmitted')]);
    await store.appendToStream('application-1', [anEvent('ApplicationAmended', { gpuHours: 175 })]);
    return visibleAll(store, 5);
  };

  it('applies the events it handles and stores the checkpoint of the last event seen', async () => {
    const all = await appendHistory();
    const projections = runner(gpuHoursProjection(schema));
    await projections.start();
    await projections.caughtUp();
    expect(await readModel()).toEqual([
      { application_id: 'application-1', hours: 175, events: 3 },
      { application_id: 'application-2', hours: 40, events: 1 },
    ]);
    expect(await projections.checkpoint('gpu-hours')).toEqual(checkpointOf(all[all.length - 1]));
  });

  it('follows live appends after catching up', async () => {
    await appendHistory();
    const projections = runner(gpuHoursProjection(schema));
    await projections.start();
    await projections.caughtUp();
    await store.appendToStream('application-3', [anEvent('ApplicationDrafted', { gpuHours: 7 })]);
    await projections.caughtUp();
    expect(await readModel()).toContainEqual({ application_id: 'application-3', hours: 7, events: 1 });
  });

  it('writes nothing for a batch it has nothing to apply from: the checkpoint stays behind, and a restart applies nothing twice', async () => {
    const all = await appendHistory();
    const projections = runner(gpuHoursProjection(schema));
    await projections.start();
    await projections.caughtUp();
    const applied = checkpointOf(all[all.length - 1]);
    await store.appendToStream('application-2', [anEvent('ApplicationSubmitted')]);
    await projections.caughtUp();
    expect(await projections.checkpoint('gpu-hours')).toEqual(applied);
    await projections.stop();
    const restarted = runner(gpuHoursProjection(schema));
    await restarted.start();
    await store.appendToStream('application-2', [anEvent('ApplicationAmended', { gpuHours: 60 })]);
    await restarted.caughtUp();
    expect(await readModel()).toEqual([
      { application_id: 'application-1', hours: 175, events: 3 },
      { application_id: 'application-2', hours: 60, events: 2 },
    ]);
    const last = await visibleAll(store, 7);
    expect(await restarted.checkpoint('gpu-hours')).toEqual(checkpointOf(last[last.length - 1]));
  });

  it('leaves read model and checkpoint untouched when an apply in the batch fails', async () => {
    await appendHistory();
    const errors: unknown[] = [];
    const projections = runner(gpuHoursProjection(schema, 'Poison'), database.db, (_, error) => errors.push(error));
    await projections.start();
    await projections.caughtUp();
    const modelBefore = await readModel();
    const checkpointBefore = await projections.checkpoint('gpu-hours');
    // One batch: the first event applies fine, the second throws; neither may stick.
    await store.appendToStream('application-1', [anEvent('ApplicationAmended', { gpuHours: 999 }), anEvent('Poison', { gpuHours: 0 })]);
    await waitFor(() => errors.length === 1, 'the failure to be reported');
    expect(String(errors[0])).toContain('cannot apply Poison');
    expect(await readModel()).toEqual(modelBefore);
    expect(await projections.checkpoint('gpu-hours')).toEqual(checkpointBefore);
    await expect(projections.caughtUp()).rejects.toThrow('cannot apply Poison');
  });

  it('gives the same read model when the same events arrive twice (a second runner of the same projection)', async () => {
    await appendHistory();
    const first = runner(gpuHoursProjection(schema));
    const second = runner(gpuHoursProjection(schema));
    await Promise.all([first.start(), second.start()]);
    await Promise.all([first.caughtUp(), second.caughtUp()]);
    expect(await readModel()).toEqual([
      { application_id: 'application-1', hours: 175, events: 3 },
      { application_id: 'application-2', hours: 40, events: 1 },
    ]);
  });

  it('rebuilds from the start to the same read model', async () => {
    await appendHistory();
    const projections = runner(gpuHoursProjection(schema));
    await projections.start();
    await projections.caughtUp();
    const built = await readModel();
    const checkpoint = await projections.checkpoint('gpu-hours');
    // A read model drifted (a manual fix, a bug since repaired): rebuild replays every event.
    await database.db.query(`UPDATE ${schema}.gpu_hours SET hours = 0`);
    await projections.rebuild('gpu-hours');
    expect(await readModel()).toEqual(built);
    expect(await projections.checkpoint('gpu-hours')).toEqual(checkpoint);
  });

  it('rebuilds a projection that is not running, from START', async () => {
    await appendHistory();
    const projections = runner(gpuHoursProjection(schema));
    expect(await projections.checkpoint('gpu-hours')).toEqual(START);
    await projections.rebuild('gpu-hours');
    expect(await readModel()).toHaveLength(2);
  });
});
