/// <reference types="jest" />
import { assertPgliteCanRunUnderJest, createScratchPostgresDatabase } from '@hpc-access/testing';
import type { Database } from '../database';
import { openPglite } from '../pglite-database';
import { openPostgres } from '../postgres-database';

export type TestEngine = 'pglite' | 'postgres';
export const TEST_ENGINES: readonly TestEngine[] = ['pglite', 'postgres'];

interface OpenDatabase {
  db: Database;
  dispose(): Promise<void>;
}

async function open(engine: TestEngine): Promise<OpenDatabase> {
  if (engine === 'pglite') {
    assertPgliteCanRunUnderJest();
    const db = await openPglite();
    return { db, dispose: () => db.close() };
  }
  const scratch = await createScratchPostgresDatabase();
  const db = openPostgres({ connectionString: scratch.url, max: 20 });
  return {
    db,
    async dispose() {
      await db.close();
      await scratch.drop();
    },
  };
}

/**
 * A database for the enclosing describe block: in-memory PGlite, or a fresh `hpc_test_<random>`
 * database on the server, dropped afterwards. Read `.db` inside tests and hooks only.
 */
export function useTestDatabase(engine: TestEngine): { readonly db: Database } {
  let opened: OpenDatabase | undefined;
  beforeAll(async () => {
    opened = await open(engine);
  }, 30_000);
  afterAll(async () => {
    await opened?.dispose();
  }, 30_000);
  return {
    get db(): Database {
      if (!opened) throw new Error(`the ${engine} test database is not open (did beforeAll fail?)`);
      return opened.db;
    },
  };
}
export * from './recorded-events';
