import type { RecordedEvent } from '@hpc-access/eventsourcing';
import type { Sql } from '@hpc-access/sql';

/** The stored events of one service with these ids, as RecordedEvents (what their hashes cover). */
export async function storedEvents(sql: Sql, service: string, eventIds: readonly string[]): Promise<Map<string, RecordedEvent>> {
  const { rows } = await sql.query<RecordedEvent>(
    `SELECT ev.event_id::text AS "eventId", ev.type, ev.stream_id AS "streamId", ev.stream_position AS "streamPosition",
            ev.global_position::text AS "globalPosition", ev.transaction_id::text AS "transactionId", ev.recorded_at AS "recordedAt",
            ev.data, ev.metadata, ev.hash, ev.prev_hash AS "prevHash"
       FROM ${service}.events ev WHERE ev.event_id = ANY($1::uuid[])`,
    [eventIds],
  );
  return new Map(rows.map((row) => [row.eventId, row]));
}
