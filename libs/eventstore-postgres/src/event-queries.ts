import type { PreparedStatement } from '@hpc-access/sql';
import { recordedEventColumns } from './event-rows';

/**
 * The store's reads, per schema. Readers never see an event whose transaction is not below the
 * oldest transaction still running (the horizon): an older transaction could still commit events
 * that sort before it. Order and checkpoints are (transaction id, global position).
 */
export function eventQueries(schema: string) {
  return {
    /** $1 stream, $2 from revision, $3 to revision (inclusive). Rows are RecordedEvents. */
    readStream: `SELECT ${recordedEventColumns('ev')} FROM ${schema}.events ev
       WHERE ev.stream_id = $1 AND ev.stream_position >= $2 AND ev.stream_position <= $3
       ORDER BY ev.stream_position`,

    /** $1, $2 the checkpoint to read after; $3 the most events to return (NULL: all). Rows are RecordedEvents. */
    readAll: `SELECT ${recordedEventColumns('ev')} FROM ${schema}.events ev
       WHERE ev.transaction_id < pg_snapshot_xmin(pg_current_snapshot())
         AND (ev.transaction_id, ev.global_position) > ($1::xid8, $2::bigint)
       ORDER BY ev.transaction_id, ev.global_position
       LIMIT $3`,

    /**
     * readAll for subscriptions, in one round trip: the horizon it read under and how many
     * committed events that horizon holds back (the subscriber lag), with the batch. Every row
     * has the columns of a RecordedEvent (recordedEventColumns); the first row is a header with
     * no eventId, carrying the horizon as "globalPosition" and the lag as "streamPosition", and
     * the events follow in order. The CTE is evaluated once, so both parts see one horizon. The
     * header's sort key (0, 0) lies below every event's (transaction ids and positions start
     * above 0), and both parts come sorted, so the server merges them (Merge Append) instead of
     * sorting the batch.
     */
    readBatch: `WITH h AS (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS horizon)
      SELECT u."eventId", u.type, u."streamId", u."streamPosition", u."globalPosition", u."transactionId",
             u."recordedAt", u.data, u.metadata, u.hash, u."prevHash"
        FROM (SELECT '0'::xid8 AS k_tx, 0::bigint AS k_gp, NULL::uuid AS "eventId", NULL::text AS type,
                     NULL::text AS "streamId",
                     least((SELECT count(*) FROM ${schema}.events held WHERE held.transaction_id >= h.horizon), 2147483647)::integer AS "streamPosition",
                     h.horizon::text AS "globalPosition", NULL::xid8 AS "transactionId", NULL::timestamptz AS "recordedAt",
                     NULL::jsonb AS data, NULL::jsonb AS metadata, NULL::text AS hash, NULL::text AS "prevHash"
                FROM h
              UNION ALL
              (SELECT ev.transaction_id, ev.global_position, ${recordedEventColumns('ev')}
                 FROM ${schema}.events ev, h
                WHERE ev.transaction_id < h.horizon
                  AND (ev.transaction_id, ev.global_position) > ($1::xid8, $2::bigint)
                ORDER BY ev.transaction_id, ev.global_position
                LIMIT $3)) u
       ORDER BY u.k_tx, u.k_gp`,

    /** Committed events above the horizon: what every subscriber waits for. */
    heldBack: `SELECT count(*)::float8 AS lag FROM ${schema}.events
       WHERE transaction_id >= pg_snapshot_xmin(pg_current_snapshot())`,

    /** Every transaction committed so far has an id below this one. */
    nextTransactionId: `SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS xmax`,

    /** $1 stream, $2 expected revision code, $3 canonical contents joined by U+001E (002_append_function.sql). */
    append: { name: `hpc_append_events_${schema}`, text: `SELECT ${schema}.append_events($1, $2, $3) AS appended` } satisfies PreparedStatement,

    currentRevision: `SELECT stream_position AS revision FROM ${schema}.events WHERE stream_id = $1 ORDER BY stream_position DESC LIMIT 1`,
  };
}

export type EventQueries = ReturnType<typeof eventQueries>;

/** Parameters of appendAfterStatement before the events' own, and per event. */
export const APPEND_AFTER_LEADING_PARAMS = 4;
export const APPEND_AFTER_EVENT_PARAMS = 6;

/**
 * Appends `count` events whose hashes the caller chained, if and only if the stream's last event
 * is the one they chain to (ADR 0003): one INSERT, prepared once per connection and batch size.
 * $1 stream, $2 position of the first event, $3 the last event as '<position>|<hash>' (NULL: the
 * stream must be empty), $4 the hash the first event chains to; then per event its id, type, data
 * and metadata (canonical JSON), recorded at, hash. Each later event chains to the hash before it.
 * No row comes back when the last event is another (a stale revision or a stale hash); a writer
 * that took one of the positions meanwhile makes the unique index fail the whole INSERT (23505).
 * Rows: global position, stream position, transaction id, as text.
 */
export function appendAfterStatement(schema: string, count: number): PreparedStatement {
  const rows = Array.from({ length: count }, (_, i) => {
    const p = APPEND_AFTER_LEADING_PARAMS + i * APPEND_AFTER_EVENT_PARAMS;
    const prev = i === 0 ? '$4::text' : `$${p}::text`;
    return `($2::integer + ${i}, $${p + 1}::uuid, $${p + 2}::text, $${p + 3}::jsonb, $${p + 4}::jsonb, $${p + 5}::timestamptz, $${p + 6}::text, ${prev})`;
  });
  return {
    name: `hpc_append_after_${count}_${schema}`,
    text: `INSERT INTO ${schema}.events (stream_id, stream_position, event_id, type, data, metadata, recorded_at, hash, prev_hash)
      SELECT $1::text, v.stream_position, v.event_id, v.type, v.data, v.metadata, v.recorded_at, v.hash, v.prev_hash
        FROM (VALUES ${rows.join(',\n                     ')}) AS v(stream_position, event_id, type, data, metadata, recorded_at, hash, prev_hash)
       WHERE (SELECT last.stream_position::text || '|' || last.hash FROM ${schema}.events last
               WHERE last.stream_id = $1::text ORDER BY last.stream_position DESC LIMIT 1) IS NOT DISTINCT FROM $3::text
      RETURNING global_position::text, stream_position::text, transaction_id::text`,
  };
}
