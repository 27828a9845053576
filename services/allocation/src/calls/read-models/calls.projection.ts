import { columns, rowProjection, type RowModel, type RowProjection } from '@hpc-access/sql';
import type { CallEvent } from '../domain/call';

/** A row of `calls`: a call and how many of its cut-offs have passed. */
export interface CallRow {
  callId: string;
  mode: string;
  cutOffs: string[];
  passed: number;
  openedAt: Date;
  revision: number;
}

/** Calls as a pure fold of their streams (one row per call; replays change nothing, the revision guards it). */
export function callRows(schema: string): RowModel<CallRow, CallEvent> {
  return {
    table: `${schema}.calls`,
    columns: {
      callId: columns.text('call_id'),
      mode: columns.text('mode'),
      cutOffs: columns.json<string[]>('cut_offs'),
      passed: columns.number('passed'),
      openedAt: columns.timestamp('opened_at'),
      revision: columns.number('revision'),
    },
    key: ['callId'],
    canHandle: ['CallOpened', 'CutOffPassed'],
    revision: 'revision',
    keyOf: (event) => ({ callId: event.data.callId }),
    evolve(row, event) {
      switch (event.type) {
        case 'CallOpened':
          return row ?? { callId: event.data.callId, mode: event.data.mode, cutOffs: event.data.cutOffs, passed: 0, openedAt: new Date(event.data.openedAt), revision: event.streamPosition };
        case 'CutOffPassed':
          return row && { ...row, passed: row.passed + 1 };
        case 'RankingOrderSet':
          // Not in canHandle: the list shows no order (ADR 35); here only so the switch covers every event.
          return row;
      }
    },
  };
}

/** The SQL edge of callRows; the name is the projection's checkpoint, kept from before. */
export const callsProjection = (schema: string): RowProjection => rowProjection('allocation.calls', callRows(schema));
