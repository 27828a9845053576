import type { RecordedEvent } from '@hpc-access/eventsourcing';
import type { Projection } from '@hpc-access/eventsourcing';
import type { Sql } from '@hpc-access/sql';
import type { CallEvent } from '../domain/call';

/** Calls and how many of their cut-offs have passed. */
export function callsProjection(schema: string): Projection<Sql> {
  const table = `${schema}.calls`;
  return {
    name: 'allocation.calls',
    async apply(tx: Sql, recorded: RecordedEvent): Promise<void> {
      const event = { type: recorded.type, data: recorded.data } as CallEvent;
      if (event.type === 'CallOpened') {
        await tx.query(
          `INSERT INTO ${table} (call_id, mode, cut_offs, opened_at, revision) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (call_id) DO NOTHING`,
          [event.data.callId, event.data.mode, JSON.stringify(event.data.cutOffs), event.data.openedAt, recorded.streamPosition],
        );
      } else if (event.type === 'CutOffPassed') {
        await tx.query(`UPDATE ${table} SET passed = passed + 1, revision = $2 WHERE call_id = $1 AND revision < $2`, [event.data.callId, recorded.streamPosition]);
      }
    },
    async reset(tx: Sql): Promise<void> {
      await tx.query(`TRUNCATE ${table}`);
    },
  };
}
