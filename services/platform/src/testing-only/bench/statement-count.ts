import type { Database, Sql } from '@hpc-access/sql';

export interface StatementCount {
  statements: number;
  transactions: number;
  /** The statements by their first words (table and verb), most frequent first. */
  kinds: Array<{ kind: string; count: number; ms: number }>;
}

/** `INSERT INTO intake.events (...` -> `INSERT INTO intake.events`: enough to tell the statements apart. */
const kinds = new Map<string, string>();
const kindOf = (text: string) => kinds.get(text) ?? kinds.set(text, firstWords(text)).get(text) as string;
const firstWords = (text: string) => text.replace(/\s+/g, ' ').trim().replace(/\(.*$/, '').split(' ').slice(0, 6).join(' ').slice(0, 90);

/**
 * Counts the statements and transactions the platform sends its database, so the bench can say
 * how many a command costs (PGlite runs them one at a time on one connection: the count bounds
 * the rate). Wraps the handle; the platform sees the same interface.
 */
export function countStatements(inner: Database): { db: Database; take(): StatementCount } {
  let statements = 0;
  let transactions = 0;
  let counts = new Map<string, { count: number; ms: number }>();
  // Counts the statement and adds the time until its answer (wall time: on a pool, statements overlap).
  const count = <T>(text: string, sent: () => Promise<T>): Promise<T> => {
    statements += 1;
    const kind = kindOf(text);
    const entry = counts.get(kind) ?? counts.set(kind, { count: 0, ms: 0 }).get(kind) as { count: number; ms: number };
    entry.count += 1;
    const started = performance.now();
    return sent().finally(() => { entry.ms += performance.now() - started; });
  };
  const wrap = <T extends Sql>(sql: T): T =>
    Object.assign(Object.create(sql) as T, {
      query: (...args: Parameters<Sql['query']>) => count(args[0], () => sql.query(...args)),
      ...(sql.queryPrepared
        ? { queryPrepared: (...args: Parameters<NonNullable<Sql['queryPrepared']>>) => count(args[0].text, () => (sql.queryPrepared as NonNullable<Sql['queryPrepared']>)(...args)) }
        : {}),
    });
  const db = Object.assign(wrap(inner), {
    transaction: <T>(fn: (tx: Sql) => Promise<T>) => { transactions += 1; return inner.transaction((tx) => fn(wrap(tx))); },
  }) as Database;
  return {
    db,
    take: () => {
      const taken = { statements, transactions, kinds: [...counts].map(([kind, n]) => ({ kind, count: n.count, ms: Math.round(n.ms) })).sort((a, b) => b.count - a.count) };
      statements = 0;
      transactions = 0;
      counts = new Map();
      return taken;
    },
  };
}
