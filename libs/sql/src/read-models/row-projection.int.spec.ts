import type { RecordedEvent } from '@hpc-access/eventsourcing';
import { TEST_ENGINES, useTestDatabase } from '../testing-only/test-database';
import { TASKS_TABLE, taskEvent, taskRows } from '../testing-only/task-rows';
import { foldRows } from './row-model';
import { rowProjection } from './row-projection';

describe.each(TEST_ENGINES)('a row projection keeps the table its pure fold describes (%s)', (engine) => {
  const test = useTestDatabase(engine);
  const tasks = taskRows('row_projection_tasks');
  const projection = rowProjection('test.tasks', tasks);

  beforeAll(async () => {
    await test.db.query(`CREATE TABLE ${tasks.table} ${TASKS_TABLE}`);
  });
  beforeEach(async () => {
    await test.db.transaction((tx) => projection.reset(tx));
  });

  async function project(events: RecordedEvent[]): Promise<void> {
    for (const event of events) {
      if (projection.handles!.includes(event.type)) await test.db.transaction((tx) => projection.apply(tx, event));
    }
  }
  const stored = () => test.db.transaction(async (tx) => {
    const { rows } = await tx.query<{ task_id: string }>(`SELECT task_id FROM ${tasks.table} ORDER BY task_id`);
    return rows.map((row) => row.task_id);
  });

  it('holds after the events exactly the rows foldRows gives, read back through the columns', async () => {
    const events = [
      taskEvent({ type: 'TaskOpened', data: { taskId: 'a', title: 'First', tags: ['x', 'y'] } }, 0),
      taskEvent({ type: 'TaskOpened', data: { taskId: 'b', title: 'Second', tags: [] } }, 0),
      taskEvent({ type: 'TaskRenamed', data: { taskId: 'a', title: 'Renamed' } }, 1),
      taskEvent({ type: 'TaskOpened', data: { taskId: 'c', title: 'Third', tags: [] } }, 0),
      taskEvent({ type: 'TaskDeleted', data: { taskId: 'c' } }, 1),
    ];
    await project(events);
    const { rows } = await test.db.query<Record<string, unknown>>(`SELECT * FROM ${tasks.table} ORDER BY task_id`);
    const read = rows.map((raw) => Object.fromEntries(Object.entries(tasks.columns).map(([field, column]) => [field, column.fromSql(raw[column.name])])));
    expect(read).toEqual(foldRows(tasks, events));
    expect(rows[0]).toMatchObject({ task_id: 'a', title: 'Renamed', revision: 1 });
  });

  it('changes nothing when events are applied again (a replay after a crash)', async () => {
    const events = [
      taskEvent({ type: 'TaskOpened', data: { taskId: 'a', title: 'First', tags: [] } }, 0),
      taskEvent({ type: 'TaskRenamed', data: { taskId: 'a', title: 'Renamed' } }, 1),
    ];
    await project([...events, ...events]);
    const { rows } = await test.db.query(`SELECT title, renames FROM ${tasks.table}`);
    expect(rows).toEqual([{ title: 'Renamed', renames: expect.anything() }]);
    expect(Number(rows[0]!.renames)).toBe(1);
  });

  it('reset empties the table', async () => {
    await project([taskEvent({ type: 'TaskOpened', data: { taskId: 'a', title: 'First', tags: [] } }, 0)]);
    expect(await stored()).toEqual(['a']);
    await test.db.transaction((tx) => projection.reset(tx));
    expect(await stored()).toEqual([]);
  });
});
