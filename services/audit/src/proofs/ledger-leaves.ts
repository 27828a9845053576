import type { Sql } from '@hpc-access/sql';

export interface LedgerLeaf {
  leafIndex: number;
  service: string;
  eventId: string;
  streamId: string;
  streamPosition: number;
  eventHash: string;
}

/** The leaf the ledger gave an event, or null while it is not sequenced. */
export async function leafOfEvent(sql: Sql, schema: string, eventId: string): Promise<LedgerLeaf | null> {
  const { rows } = await sql.query<{ leaf_index: string | number; service: string; event_id: string; stream_id: string; stream_position: number; event_hash: string }>(
    `SELECT leaf_index, service, event_id::text, stream_id, stream_position, event_hash FROM ${schema}.ledger_leaves WHERE event_id = $1::uuid`,
    [eventId],
  );
  const row = rows[0];
  return row ? { leafIndex: Number(row.leaf_index), service: row.service, eventId: row.event_id, streamId: row.stream_id, streamPosition: row.stream_position, eventHash: row.event_hash } : null;
}
