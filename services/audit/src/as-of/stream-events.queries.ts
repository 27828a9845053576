import type { Sql } from '@hpc-access/sql';
import { hasEventsTable } from '../ledger/source-events';
import type { StoredStreamEvent } from '@hpc-access/audit-as-of';

/**
 * The events of one stream recorded at or before `asOf`, in stream order, as the service's table
 * stores them. A service whose table is not there (distributed mode, not started yet) has none.
 */
export async function streamEventsUntil(sql: Sql, service: string, streamId: string, asOf: Date): Promise<StoredStreamEvent[]> {
  if (!(await hasEventsTable(sql, service))) return [];
  const { rows } = await sql.query<StoredStreamEvent>(
    `SELECT event_id::text AS "eventId", type, stream_position AS "streamPosition", recorded_at AS "recordedAt", data, hash
       FROM ${service}.events
      WHERE stream_id = $1 AND recorded_at <= $2::timestamptz
      ORDER BY stream_position`,
    [streamId, asOf.toISOString()],
  );
  return rows.map((r) => ({ ...r, recordedAt: new Date(r.recordedAt) }));
}

/** Whether the stream has any event at all (to tell "not yet" from "never"). */
export async function streamExists(sql: Sql, service: string, streamId: string): Promise<boolean> {
  if (!(await hasEventsTable(sql, service))) return false;
  const { rows } = await sql.query(`SELECT 1 FROM ${service}.events WHERE stream_id = $1 LIMIT 1`, [streamId]);
  return rows.length > 0;
}
