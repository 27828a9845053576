import { eventColumns } from './event-rows';

/**
 * The store's reads, per schema. Readers never see an event whose transaction is not below the
 * oldest transaction still running (the horizon): an older transaction could still commit events
 * that sort before it. Order and checkpoints are (transaction id, global position).
 */
export function eventQueries(schema: string) {
  return {
    /** $1 stream, $2 from revision, $3 to revision (inclusive). */
    readStream: `SELECT ${eventColumns('ev')} FROM ${schema}.events ev
       WHERE ev.stream_id = $1 AND ev.stream_position >= $2 AND ev.stream_position <= $3
       ORDER BY ev.stream_position`,

    /** $1, $2 the checkpoint to read after; $3 the most events to return (NULL: all). */
    readAll: `SELECT ${eventColumns('ev')} FROM ${schema}.events ev
       WHERE ev.transaction_id < pg_snapshot_xmin(pg_current_snapshot())
         AND (ev.transaction_id, ev.global_position) > ($1::xid8, $2::bigint)
       ORDER BY ev.transaction_id, ev.global_position
       LIMIT $3`,

    /**
     * readAll for subscriptions, in one round trip: the horizon it read under and how many
     * committed events that horizon holds back (the subscriber lag), with the batch; one row of
     * NULL event columns when the batch is empty.
     */
    readBatch: `SELECT h.horizon::text AS horizon, h.held_back, ${eventColumns('b')}
       FROM (SELECT x.horizon,
                    (SELECT count(*)::float8 FROM ${schema}.events held WHERE held.transaction_id >= x.horizon) AS held_back
               FROM (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS horizon) x) h
       LEFT JOIN LATERAL (
         SELECT ev.* FROM ${schema}.events ev
          WHERE ev.transaction_id < h.horizon
            AND (ev.transaction_id, ev.global_position) > ($1::xid8, $2::bigint)
          ORDER BY ev.transaction_id, ev.global_position
          LIMIT $3) b ON true
      ORDER BY b.transaction_id, b.global_position`,

    /** Committed events above the horizon: what every subscriber waits for. */
    heldBack: `SELECT count(*)::float8 AS lag FROM ${schema}.events
       WHERE transaction_id >= pg_snapshot_xmin(pg_current_snapshot())`,

    /** Every transaction committed so far has an id below this one. */
    nextTransactionId: `SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS xmax`,

    /** $1 stream, $2 expected revision code, $3 canonical contents joined by U+001E (002_append_function.sql). */
    append: `SELECT ${schema}.append_events($1, $2, $3) AS appended`,

    currentRevision: `SELECT stream_position AS revision FROM ${schema}.events WHERE stream_id = $1 ORDER BY stream_position DESC LIMIT 1`,
  };
}

export type EventQueries = ReturnType<typeof eventQueries>;
