import type { Sql } from '@hpc-access/sql';
import { existingSources } from '../ledger/source-events';

/** The schemas that record decisions this route explains. */
const DECIDING_SOURCES = ['ethics', 'allocation'];

export interface DecidingEventRow {
  service: string;
  eventId: string;
  type: string;
  streamId: string;
  streamPosition: number;
  recordedAt: Date;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
  hash: string;
}

/** The event with that id in the ethics or allocation table, as stored; null if neither has it. */
export async function findDecidingEvent(sql: Sql, eventId: string): Promise<DecidingEventRow | null> {
  for (const service of await existingSources(sql, DECIDING_SOURCES)) {
    const { rows } = await sql.query<Omit<DecidingEventRow, 'service'>>(
      `SELECT event_id::text AS "eventId", type, stream_id AS "streamId", stream_position AS "streamPosition", recorded_at AS "recordedAt", data, metadata, hash
         FROM ${service}.events WHERE event_id = $1::uuid`,
      [eventId],
    );
    if (rows[0]) return { ...rows[0], service, recordedAt: new Date(rows[0].recordedAt) };
  }
  return null;
}
