import type { Database, Sql } from '@hpc-access/sql';

/**
 * Counts the statements and transactions the platform sends its database, so the bench can say
 * how many a command costs (PGlite runs them one at a time on one connection: the count bounds
 * the rate). Wraps the handle; the platform sees the same interface.
 */
export function countStatements(inner: Database): { db: Database; take(): { statements: number; transactions: number } } {
  let statements = 0;
  let transactions = 0;
  const wrap = <T extends Sql>(sql: T): T =>
    Object.assign(Object.create(sql) as T, {
      query: (...args: Parameters<Sql['query']>) => { statements += 1; return sql.query(...args); },
      ...('queryPrepared' in sql ? { queryPrepared: (...args: unknown[]) => { statements += 1; return (sql as unknown as { queryPrepared(...a: unknown[]): unknown }).queryPrepared(...args); } } : {}),
    });
  const db = Object.assign(wrap(inner), {
    transaction: <T>(fn: (tx: Sql) => Promise<T>) => { transactions += 1; return inner.transaction((tx) => fn(wrap(tx))); },
  }) as Database;
  return { db, take: () => { const taken = { statements, transactions }; statements = 0; transactions = 0; return taken; } };
}
