import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { lockDataDirectory, openPglite, openPostgres, type Database } from '@hpc-access/sql';
import { UsageError } from './cli-arguments';

/**
 * The database to read: a PostgreSQL server by URL (an auditor's read-only role is enough:
 * infra/postgres/append-only-roles.sql, hpc_grant_event_reader), or the embedded platform's data
 * directory, whose lock it takes first so that it never reads under a running platform.
 */
export async function openDatabase(source: { database?: string; dataDir?: string }): Promise<{ db: Database; close(): Promise<void> }> {
  if (source.database !== undefined) {
    if (!/^postgres(ql)?:\/\//.test(source.database)) throw new UsageError('--database takes a postgres:// URL');
    const db = openPostgres({ connectionString: source.database, max: 1, connectionTimeoutMillis: 10_000 });
    return { db, close: () => db.close() };
  }
  const dataDir = source.dataDir as string;
  const pgliteDir = join(dataDir, 'pglite');
  if (!existsSync(pgliteDir)) throw new UsageError(`${dataDir} is not a data directory of HPC Access (no pglite/ in it)`);
  const lock = lockDataDirectory(dataDir);
  const db = await openPglite(pgliteDir);
  return {
    db,
    async close() {
      await db.close();
      lock.release();
    },
  };
}

/** The URL without its password, for messages. */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparsable URL)';
  }
}
