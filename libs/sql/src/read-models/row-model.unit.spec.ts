import { taskEvent, taskRows } from '../testing-only/task-rows';
import { foldRows } from './row-model';

const tasks = taskRows();

describe('folding events into rows without a database', () => {
  it('gives one row per key, stamped with the revision of its last event', () => {
    const rows = foldRows(tasks, [
      taskEvent({ type: 'TaskOpened', data: { taskId: 'a', title: 'First', tags: ['x'] } }, 0),
      taskEvent({ type: 'TaskOpened', data: { taskId: 'b', title: 'Second', tags: [] } }, 0),
      taskEvent({ type: 'TaskRenamed', data: { taskId: 'a', title: 'First, renamed' } }, 1),
    ]);
    expect(rows).toEqual([
      expect.objectContaining({ taskId: 'a', title: 'First, renamed', renames: 1, tags: ['x'], revision: 1 }),
      expect.objectContaining({ taskId: 'b', title: 'Second', renames: 0, revision: 0 }),
    ]);
  });

  it('holds a json field as the table gives it back: a Date inside becomes its ISO text', () => {
    const [row] = foldRows(tasks, [taskEvent({ type: 'TaskOpened', data: { taskId: 'a', title: 'T', tags: [] } }, 0)]);
    expect(row!.note).toEqual({ by: 'spec-user', at: row!.openedAt.toISOString() });
    expect(row!.openedAt).toBeInstanceOf(Date);
  });

  it('skips an event at or below the row revision, so a replay changes nothing', () => {
    const renamed = taskEvent({ type: 'TaskRenamed', data: { taskId: 'a', title: 'Renamed' } }, 1);
    const rows = foldRows(tasks, [taskEvent({ type: 'TaskOpened', data: { taskId: 'a', title: 'T', tags: [] } }, 0), renamed, renamed]);
    expect(rows).toEqual([expect.objectContaining({ renames: 1, revision: 1 })]);
  });

  it('deletes the row when evolve gives null, and ignores events it cannot handle', () => {
    const rows = foldRows(tasks, [
      taskEvent({ type: 'TaskOpened', data: { taskId: 'a', title: 'T', tags: [] } }, 0),
      taskEvent({ type: 'Other', data: { taskId: 'b' } }, 0),
      taskEvent({ type: 'TaskDeleted', data: { taskId: 'a' } }, 1),
    ]);
    expect(rows).toEqual([]);
  });
});
