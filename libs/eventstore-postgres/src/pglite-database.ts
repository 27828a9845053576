import { PGlite } from '@electric-sql/pglite';
import type { Database, Sql } from './database';

/** Embedded PostgreSQL (WASM) in this process; `dataDir` undefined keeps it in memory. */
export async function openPglite(dataDir?: string): Promise<Database> {
  const db = await PGlite.create(dataDir);
  return {
    engine: 'pglite',
    query: (text, params) => db.query(text, params) as never,
    // PGlite has one connection; its transaction() holds it, so transactions run one at a time.
    transaction: (fn) => db.transaction((tx) => fn({ query: (text, params) => tx.query(text, params) as never } as Sql)),
    close: () => db.close(),
  };
}
