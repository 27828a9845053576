import { randomBytes } from 'node:crypto';
import { openPglite, openPostgres, type Database } from '@hpc-access/sql';

export type Engine = 'postgres' | 'pglite';

export interface BenchDatabase {
  engine: Engine;
  db: Database;
  /** Connection string, for a second process (server only). */
  url?: string;
  /** What the engine is, for the results file. */
  describe(): Promise<Record<string, string>>;
  dispose(): Promise<void>;
}

export const benchPostgresUrl = (): string =>
  process.env.BENCH_POSTGRES_URL ?? process.env.HPC_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A fresh database `hpc_bench_<random>` on the server, dropped at the end. */
export async function openBenchPostgres(poolSize: number): Promise<BenchDatabase> {
  const adminUrl = new URL(benchPostgresUrl());
  const admin = openPostgres({ connectionString: adminUrl.toString(), max: 1, connectionTimeoutMillis: 5000 });
  const name = `hpc_bench_${randomBytes(5).toString('hex')}`;
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } catch (error) {
    await admin.close();
    throw new Error(`PostgreSQL not reachable at ${adminUrl.host}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const url = new URL(adminUrl.toString());
  url.pathname = `/${name}`;
  const db = openPostgres({ connectionString: url.toString(), max: poolSize });
  return {
    engine: 'postgres',
    db,
    url: url.toString(),
    describe: () => settings(db),
    async dispose() {
      await db.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    },
  };
}

/** In-memory PGlite, as embedded mode runs it (minus the data directory). */
export async function openBenchPglite(): Promise<BenchDatabase> {
  const db = await openPglite();
  return { engine: 'pglite', db, describe: () => settings(db), dispose: () => db.close() };
}

async function settings(db: Database): Promise<Record<string, string>> {
  const { rows } = await db.query<{ version: string; synchronous_commit: string; fsync: string; shared_buffers: string }>(
    `SELECT version(), current_setting('synchronous_commit') AS synchronous_commit,
            current_setting('fsync') AS fsync, current_setting('shared_buffers') AS shared_buffers`,
  );
  return rows[0];
}
