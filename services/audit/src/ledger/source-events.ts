import type { Sql } from '@hpc-access/sql';

/** An event of a service's events table, as the ledger needs it: what its leaf commits to. */
export interface SourceEvent {
  eventId: string;
  streamId: string;
  streamPosition: number;
  globalPosition: string;
  transactionId: string;
  hash: string;
}

/**
 * The next events of one service's table after (transaction id, position), in the store's safe
 * reading order (ADR 3): only below the oldest running transaction, so no event can later commit
 * before one already sequenced. The same horizon as the store's own readAll.
 */
export async function eventsAfter(sql: Sql, service: string, after: { transactionId: string; globalPosition: string }, limit: number): Promise<SourceEvent[]> {
  const { rows } = await sql.query<SourceEvent>(
    `SELECT ev.event_id::text AS "eventId", ev.stream_id AS "streamId", ev.stream_position AS "streamPosition",
            ev.global_position::text AS "globalPosition", ev.transaction_id::text AS "transactionId", ev.hash
       FROM ${service}.events ev
      WHERE ev.transaction_id < pg_snapshot_xmin(pg_current_snapshot())
        AND (ev.transaction_id, ev.global_position) > ($1::xid8, $2::bigint)
      ORDER BY ev.transaction_id, ev.global_position
      LIMIT $3`,
    [after.transactionId, after.globalPosition, limit],
  );
  return rows;
}

/** Whether a service's events table exists yet (in distributed mode a service may start after audit). */
export async function hasEventsTable(sql: Sql, service: string): Promise<boolean> {
  const { rows } = await sql.query<{ name: string | null }>(`SELECT to_regclass($1)::text AS name`, [`${service}.events`]);
  return rows[0]?.name != null;
}

/** The sources whose events table exists now (in distributed mode some services may not have started yet, or run elsewhere). */
export async function existingSources(sql: Sql, sources: readonly string[]): Promise<string[]> {
  const { rows } = await sql.query<{ source: string }>(`SELECT s AS source FROM unnest($1::text[]) WITH ORDINALITY AS u(s, i) WHERE to_regclass(s || '.events') IS NOT NULL ORDER BY i`, [sources]);
  return rows.map((row) => row.source);
}
