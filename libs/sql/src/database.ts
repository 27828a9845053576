/**
 * One SQL surface over two engines: a PostgreSQL server (`pg`) and embedded PGlite. Everything
 * above this file writes the same SQL for both.
 */
export interface Sql {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: Row[] }>;
  /**
   * Runs a statement that the connection parses and plans once under `statement.name` and then
   * only binds and executes (a named prepared statement), parameters sent as text. Rows come back
   * as arrays of text: select text columns only (cast them). Optional; see runPrepared.
   */
  queryPrepared?(statement: PreparedStatement, params: readonly PreparedParam[]): Promise<PreparedRow[]>;
}

/** `name` must be unique per text on a connection (include the schema in it). */
export interface PreparedStatement {
  readonly name: string;
  readonly text: string;
}

export type PreparedParam = string | number | null;
export type PreparedRow = (string | null)[];

export interface Database extends Sql {
  readonly engine: 'postgres' | 'pglite';
  /** Runs `fn` in one transaction; commits when it resolves, rolls back when it throws. */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A prepared statement where the adapter has them, a plain query otherwise (same rows). */
export async function runPrepared(sql: Sql, statement: PreparedStatement, params: readonly PreparedParam[]): Promise<PreparedRow[]> {
  if (sql.queryPrepared) return sql.queryPrepared(statement, params);
  const { rows } = await sql.query<Record<string, unknown>>(statement.text, [...params]);
  return rows.map((row) => Object.values(row).map((value) => (value === null || value === undefined ? null : String(value))));
}
