/**
 * One SQL surface over two engines: a PostgreSQL server (`pg`) and embedded PGlite. Everything
 * above this file writes the same SQL for both.
 */
export interface Sql {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: Row[] }>;
}

export interface Database extends Sql {
  readonly engine: 'postgres' | 'pglite';
  /** Runs `fn` in one transaction; commits when it resolves, rolls back when it throws. */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
