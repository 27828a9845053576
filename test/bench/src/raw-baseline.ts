import type { Database } from '@hpc-access/sql';
import type { EventToAppend } from '@hpc-access/eventsourcing';

/**
 * The baseline: the same rows written and read with plain SQL, no stream check, no hash chain,
 * no encryption, into a table with exactly the definition (and indexes) of the store's `events`.
 */
export async function createRawTable(db: Database, schema: string): Promise<string> {
  await db.query(`CREATE TABLE ${schema}.raw_events (LIKE ${schema}.events INCLUDING ALL)`);
  return `${schema}.raw_events`;
}

const COLUMNS = 'stream_id, stream_position, event_id, type, data, metadata, recorded_at, hash, prev_hash';
// A hash-shaped value: the baseline stores as many bytes as the store but computes nothing.
const PLACEHOLDER_HASH = 'f'.repeat(64);

const insertSql = new Map<string, string>();

function insertStatement(table: string, rows: number): string {
  const key = `${table}:${rows}`;
  let sql = insertSql.get(key);
  if (!sql) {
    const values = Array.from({ length: rows }, (_, r) => `(${Array.from({ length: 9 }, (_, c) => `$${r * 9 + c + 1}`).join(', ')})`);
    sql = `INSERT INTO ${table} (${COLUMNS}) VALUES ${values.join(', ')}`;
    insertSql.set(key, sql);
  }
  return sql;
}

/** One multi-row INSERT, one statement, one transaction: the shape of one store append. */
export async function rawInsert(db: Database, table: string, streamId: string, firstPosition: number, events: EventToAppend[]): Promise<void> {
  const params: unknown[] = [];
  events.forEach((e, i) => {
    params.push(streamId, firstPosition + i, e.eventId, e.type, JSON.stringify(e.data), JSON.stringify(e.metadata), e.recordedAt, PLACEHOLDER_HASH, i === 0 ? null : PLACEHOLDER_HASH);
  });
  await db.query(insertStatement(table, events.length), params);
}

export interface RawRow {
  global_position: string;
  type: string;
  data: { gpuHours?: number };
}

/** A page of the same columns the store selects, in insertion order, keyset-paged. */
export async function rawSelectPage(db: Database, table: string, afterPosition: string, limit: number): Promise<RawRow[]> {
  const { rows } = await db.query<RawRow>(
    `SELECT global_position, transaction_id, ${COLUMNS} FROM ${table}
      WHERE global_position > $1 ORDER BY global_position LIMIT $2`,
    [afterPosition, limit],
  );
  return rows;
}
