import type { Database, Sql } from '@hpc-access/sql';

export interface StatementCount {
  statements: number;
  transactions: number;
  /** The statements by their first words (table and verb), most frequent first. */
  kinds: Array<{ kind: string; count: number }>;
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
  let counts = new Map<string, number>();
  const count = (text: string) => {
    statements += 1;
    const kind = kindOf(text);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  };
  const wrap = <T extends Sql>(sql: T): T =>
    Object.assign(Object.create(sql) as T, {
      query: (...args: Parameters<Sql['query']>) => { count(args[0]); return sql.query(...args); },
      ...(sql.queryPrepared
        ? { queryPrepared: (...args: Parameters<NonNullable<Sql['queryPrepared']>>) => { count(args[0].text); return (sql.queryPrepared as NonNullable<Sql['queryPrepared']>)(...args); } }
        : {}),
    });
  const db = Object.assign(wrap(inner), {
    transaction: <T>(fn: (tx: Sql) => Promise<T>) => { transactions += 1; return inner.transaction((tx) => fn(wrap(tx))); },
  }) as Database;
  return {
    db,
    take: () => {
      const taken = { statements, transactions, kinds: [...counts].map(([kind, n]) => ({ kind, count: n })).sort((a, b) => b.count - a.count) };
      statements = 0;
      transactions = 0;
      counts = new Map();
      return taken;
    },
  };
}
