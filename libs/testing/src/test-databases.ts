/// <reference types="jest" />
import { randomBytes } from 'node:crypto';
import * as vm from 'node:vm';
import { openPglite, openPostgres, type Database } from '@hpc-access/eventstore-postgres';

export type TestEngine = 'pglite' | 'postgres';
export const TEST_ENGINES: readonly TestEngine[] = ['pglite', 'postgres'];

export interface TestDatabase {
  readonly engine: TestEngine;
  readonly db: Database;
  /** Closes the connections and, on the server, drops the database. */
  dispose(): Promise<void>;
}

/** The server every machine of this project runs (ARCHITECTURE.md section 8). */
export const testPostgresUrl = (): string => process.env.HPC_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export const randomName = (prefix: string): string => `${prefix}_${randomBytes(6).toString('hex')}`;

/** A schema name no other test uses. */
export const randomSchemaName = (): string => randomName('t');

/**
 * A fresh database `hpc_test_<random>` on the test server. An unreachable server is an error,
 * never a reason to skip: CI must fail when a service it was told to use is missing.
 */
export async function createPostgresTestDatabase(): Promise<TestDatabase> {
  const url = new URL(testPostgresUrl());
  const admin = openPostgres({ connectionString: url.toString(), max: 1, connectionTimeoutMillis: 5000 });
  const name = randomName('hpc_test');
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } catch (error) {
    await admin.close().catch(() => undefined);
    const reason = error instanceof Error ? error.message || error.name : String(error);
    throw new Error(
      `PostgreSQL test server not reachable at ${url.host} (${reason}). The int tier runs the adapter ` +
        'tests against it and does not skip them: start the server or set HPC_TEST_POSTGRES_URL.',
    );
  }
  const target = new URL(url.toString());
  target.pathname = `/${name}`;
  const db = openPostgres({ connectionString: target.toString(), max: 20 });
  return {
    engine: 'postgres',
    db,
    async dispose() {
      await db.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    },
  };
}

export async function createPgliteTestDatabase(): Promise<TestDatabase> {
  // PGlite loads its WebAssembly with import(), which Jest allows only with VM modules; without
  // them the failure surfaces as a cryptic TypeError deep inside PGlite, so name the cause first.
  if (!('SourceTextModule' in vm)) {
    throw new Error('PGlite under Jest needs VM modules: run Jest with NODE_OPTIONS=--experimental-vm-modules');
  }
  const db = await openPglite();
  return { engine: 'pglite', db, dispose: () => db.close() };
}

export function createTestDatabase(engine: TestEngine): Promise<TestDatabase> {
  return engine === 'pglite' ? createPgliteTestDatabase() : createPostgresTestDatabase();
}

/**
 * Opens a test database for the enclosing describe block (beforeAll) and disposes of it after
 * (afterAll). Read `.db` inside tests and hooks, not at definition time.
 */
export function useTestDatabase(engine: TestEngine): { readonly db: Database } {
  let opened: TestDatabase | undefined;
  beforeAll(async () => {
    opened = await createTestDatabase(engine);
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
