import type { DomainEvent, RecordedEvent } from '@hpc-access/eventsourcing';
import { columns } from '../read-models/columns';
import type { RowModel } from '../read-models/row-model';
import { recordedStream } from './recorded-events';

// A small read model for the specs of the row-model helper: tasks opened, renamed and deleted.
export type TaskEvent =
  | DomainEvent<'TaskOpened', { taskId: string; title: string; tags: string[] }>
  | DomainEvent<'TaskRenamed', { taskId: string; title: string }>
  | DomainEvent<'TaskDeleted', { taskId: string }>;

export interface TaskRow {
  taskId: string;
  title: string;
  renames: number;
  tags: string[];
  note: { by: string; at: Date } | null;
  openedAt: Date;
  revision: number;
}

export const taskRows = (table = 'tasks'): RowModel<TaskRow, TaskEvent> => ({
  table,
  columns: {
    taskId: columns.text('task_id'),
    title: columns.text('title'),
    renames: columns.number('renames'),
    tags: columns.textArray('tags'),
    note: columns.json('note'),
    openedAt: columns.timestamp('opened_at'),
    revision: columns.number('revision'),
  },
  key: ['taskId'],
  canHandle: ['TaskOpened', 'TaskRenamed', 'TaskDeleted'],
  revision: 'revision',
  keyOf: (event) => ({ taskId: event.data.taskId }),
  evolve(row, event) {
    switch (event.type) {
      case 'TaskOpened':
        return row ?? {
          taskId: event.data.taskId, title: event.data.title, renames: 0, tags: event.data.tags,
          note: { by: event.metadata.actor.id, at: event.recordedAt }, openedAt: event.recordedAt, revision: 0,
        };
      case 'TaskRenamed':
        return row && { ...row, title: event.data.title, renames: row.renames + 1 };
      case 'TaskDeleted':
        return null;
    }
  },
});

export const TASKS_TABLE = `(task_id text PRIMARY KEY, title text NOT NULL, renames bigint NOT NULL, tags text[] NOT NULL,
  note jsonb, opened_at timestamptz NOT NULL, revision integer NOT NULL)`;

let minutes = 0;
/** A stored event of the task stream `task-<taskId>` at `streamPosition`. */
export function taskEvent(event: TaskEvent | DomainEvent<'Other', { taskId: string }>, streamPosition: number): RecordedEvent {
  return { ...recordedStream(`task-${event.data.taskId}`)(event, new Date(Date.UTC(2026, 0, 1, 0, ++minutes))), streamPosition };
}
