import { randomBytes } from 'node:crypto';
import * as vm from 'node:vm';
import { Client } from 'pg';

/** The server every machine of this project runs (ARCHITECTURE.md section 8). */
export const testPostgresUrl = (): string => process.env.HPC_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export const randomName = (prefix: string): string => `${prefix}_${randomBytes(6).toString('hex')}`;

/** A schema name no other test uses. */
export const randomSchemaName = (): string => randomName('t');

export interface ScratchPostgresDatabase {
  /** Connection string of the new database. */
  url: string;
  name: string;
  /** Drops the database, closing whatever connections are still open to it. */
  drop(): Promise<void>;
}

/**
 * Creates a fresh database `hpc_test_<random>` on the test server. An unreachable server is an
 * error, never a reason to skip: CI must fail when a service it was told to use is missing.
 * (Plain `pg` here: libs/testing does not depend on the adapters it tests.)
 */
export async function createScratchPostgresDatabase(): Promise<ScratchPostgresDatabase> {
  const adminUrl = new URL(testPostgresUrl());
  const name = randomName('hpc_test');
  await withAdmin(adminUrl, (admin) => admin.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl.toString());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () => withAdmin(adminUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
  };
}

async function withAdmin(url: URL, work: (admin: Client) => Promise<unknown>): Promise<void> {
  const admin = new Client({ connectionString: url.toString(), connectionTimeoutMillis: 5000 });
  try {
    await admin.connect();
  } catch (error) {
    await admin.end().catch(() => undefined);
    const reason = error instanceof Error ? error.message || error.name : String(error);
    throw new Error(
      `PostgreSQL test server not reachable at ${url.host} (${reason}). The int tier runs the adapter ` +
        'tests against it and does not skip them: start the server or set HPC_TEST_POSTGRES_URL.',
    );
  }
  try {
    await work(admin);
  } finally {
    await admin.end();
  }
}

/**
 * PGlite loads its WebAssembly with import(), which Jest allows only with VM modules; without them
 * the failure surfaces as a cryptic TypeError deep inside PGlite, so name the cause first.
 */
export function assertPgliteCanRunUnderJest(): void {
  if (!('SourceTextModule' in vm)) {
    throw new Error('PGlite under Jest needs VM modules: run Jest with NODE_OPTIONS=--experimental-vm-modules');
  }
}
