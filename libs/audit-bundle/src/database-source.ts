import { assertSchemaName, type Database, type Sql } from '@hpc-access/sql';
import { recordedAtText, type StoredEvent } from './stored-event';

/** The events of one service, a page at a time, in the store's order (data and metadata as text when asked). */
export interface EventPage {
  service: string;
  events: StoredEvent[];
}

export interface SnapshotReader {
  /** Events per service in the snapshot, before the first page (`tx` reads in the same snapshot). */
  onTotals?(totals: Map<string, number>, tx: Sql): void | Promise<void>;
  /** Runs synchronously while the next page is already on its way. */
  onPage(page: EventPage): void | Promise<void>;
  /** Further reads in the same snapshot, once every event was read (the ledger's). */
  afterEvents?(tx: Sql): Promise<void>;
}

/** The schemas that hold a hash-chained events table (the store's, by its prev_hash column). */
export async function eventSchemas(db: Sql): Promise<string[]> {
  const { rows } = await db.query<{ schema: string }>(
    `SELECT table_schema AS schema FROM information_schema.columns
      WHERE table_name = 'events' AND column_name = 'prev_hash' ORDER BY table_schema`,
  );
  return rows.map((row) => row.schema);
}

// Columns named as StoredEvent's fields, so the driver's rows are the events (no mapping copy).
// The time as text with its microseconds, in UTC whatever the session's time zone.
// jsonText: data and metadata as the JSON text the server sends, for a hashing thread to parse.
export const columns = (schema: string, jsonText: boolean) => `'${schema}'::text AS service, ev.global_position::text AS "globalPosition",
  ev.transaction_id::text AS "transactionId", ev.stream_id AS "streamId", ev.stream_position AS "streamPosition",
  ev.event_id::text AS "eventId", ev.type, ${jsonText ? 'ev.data::text AS data, ev.metadata::text AS metadata' : 'ev.data, ev.metadata'},
  to_char(ev.recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "recordedAt", ev.hash, ev.prev_hash AS "prevHash"`;

export interface SnapshotOptions {
  /** Data and metadata as JSON text (for hashing threads), not parsed. */
  jsonText?: boolean;
  /** The audit ledger's schema: each event then carries its leaf index (null: not sequenced). */
  ledgerSchema?: string;
  /** Only the events recorded in [from, to) (ISO 8601 instants; either end open). */
  range?: TimeRange;
}

export interface TimeRange {
  from?: string;
  to?: string;
}

/** The WHERE clause of a time range, with its parameters ($1, $2). */
function rangeFilter(range: TimeRange | undefined): { where: string; params: string[] } {
  const clauses: string[] = [];
  const params: string[] = [];
  if (range?.from !== undefined) clauses.push(`ev.recorded_at >= $${params.push(range.from)}::timestamptz`);
  if (range?.to !== undefined) clauses.push(`ev.recorded_at < $${params.push(range.to)}::timestamptz`);
  return { where: clauses.length ? ` WHERE ${clauses.join(' AND ')}` : '', params };
}

/**
 * Reads every event of `schemas` in one REPEATABLE READ, READ ONLY transaction: one snapshot for
 * all services, so an append committing meanwhile is either wholly in or wholly out and never
 * shows as a gap. A cursor per schema in the store's order (transaction id, global position, the
 * order of its readers and of the ledger), fetched a page ahead of the caller. Needs SELECT on
 * the events tables only.
 */
export async function readSnapshot(db: Database, schemas: readonly string[], pageSize: number, reader: SnapshotReader, options: SnapshotOptions = {}): Promise<void> {
  for (const schema of schemas) assertSchemaName(schema);
  await db.transaction(async (tx) => {
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const totals = new Map<string, number>();
    const filter = rangeFilter(options.range);
    for (const schema of schemas) {
      const { rows } = await tx.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${schema}.events ev${filter.where}`, filter.params);
      totals.set(schema, Number(rows[0].n));
    }
    await reader.onTotals?.(totals, tx);
    for (const schema of schemas) await readSchema(tx, schema, pageSize, reader, options);
    await reader.afterEvents?.(tx);
  });
}

async function readSchema(tx: Sql, schema: string, pageSize: number, reader: SnapshotReader, options: SnapshotOptions): Promise<void> {
  const cursor = `hpc_audit_${schema}`;
  const ledger = options.ledgerSchema === undefined ? undefined : assertSchemaName(options.ledgerSchema);
  const leaf = ledger ? `, l.leaf_index::float8 AS "leafIndex"` : '';
  const join = ledger ? ` LEFT JOIN ${ledger}.ledger_leaves l ON l.service = '${schema}' AND l.event_id = ev.event_id` : '';
  const filter = rangeFilter(options.range);
  await tx.query(
    `DECLARE ${cursor} NO SCROLL CURSOR FOR SELECT ${columns(schema, options.jsonText ?? false)}${leaf} FROM ${schema}.events ev${join}${filter.where}
      ORDER BY ev.transaction_id, ev.global_position`,
    filter.params,
  );
  const fetch = () => tx.query<StoredEvent>(`FETCH ${pageSize} FROM ${cursor}`);
  let pending = fetch();
  for (;;) {
    const { rows } = await pending;
    if (rows.length === 0) break;
    // The server reads the next page while this one is checked.
    pending = rows.length < pageSize ? Promise.resolve({ rows: [] }) : fetch();
    // Awaited below; this only keeps a failure during an asynchronous onPage from counting as unhandled.
    pending.catch(() => undefined);
    for (let i = 0; i < rows.length; i++) rows[i].recordedAt = recordedAtText(rows[i].recordedAt);
    await reader.onPage({ service: schema, events: rows });
  }
  await tx.query(`CLOSE ${cursor}`);
}

/** Whether the audit service's ledger is in this database. */
export async function hasLedger(db: Sql, schema: string): Promise<boolean> {
  const { rows } = await db.query<{ present: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS present`, [`${assertSchemaName(schema)}.ledger_checkpoints`]);
  return rows[0].present;
}
