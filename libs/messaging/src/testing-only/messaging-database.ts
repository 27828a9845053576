import { randomBytes } from 'node:crypto';
import * as vm from 'node:vm';
import { openPglite, openPostgres, type Database } from '@hpc-access/sql';
import { messagingMigrations } from '../migrations';

export type Engine = 'pglite' | 'postgres';

export interface MessagingDatabase {
  readonly db: Database;
  readonly schema: string;
  dispose(): Promise<void>;
}

/** The server every machine of this project runs (ARCHITECTURE.md section 8). */
const postgresUrl = () => process.env.HPC_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * A database with the messaging tables in a fresh schema, applied with a plain loop (the real
 * migration runner belongs to libs/eventstore-postgres). A missing prerequisite fails the test
 * with the reason; it never skips it.
 */
export async function openMessagingDatabase(engine: Engine): Promise<MessagingDatabase> {
  const schema = `msg_${randomBytes(5).toString('hex')}`;
  const db = engine === 'pglite' ? await openInMemoryPglite() : await openServer();
  for (const migration of messagingMigrations(schema)) await db.query(migration.sql);
  return {
    db,
    schema,
    async dispose() {
      if (engine === 'postgres') await db.query(`DROP SCHEMA ${schema} CASCADE`);
      await db.close();
    },
  };
}

async function openInMemoryPglite(): Promise<Database> {
  // PGlite loads its WebAssembly through import(), which Jest only allows with VM modules; without
  // them the rejection escapes PGlite and kills the worker with a cryptic message, so say it first.
  if (!('SourceTextModule' in vm)) {
    throw new Error('PGlite under Jest needs VM modules: run with NODE_OPTIONS=--experimental-vm-modules');
  }
  return openPglite();
}

async function openServer(): Promise<Database> {
  const db = openPostgres({ connectionString: postgresUrl(), max: 10, connectionTimeoutMillis: 5_000 });
  try {
    await db.query('SELECT 1');
    return db;
  } catch (error) {
    await db.close().catch(() => undefined);
    const reason = error instanceof Error ? error.message || error.name : String(error);
    const host = new URL(postgresUrl()).host;
    throw new Error(`PostgreSQL test server not reachable at ${host} (${reason}): start it or set HPC_TEST_POSTGRES_URL`);
  }
}
