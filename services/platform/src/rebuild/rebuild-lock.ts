import { openPostgres } from '@hpc-access/sql';

// First key of the two-key advisory lock: "read-model rebuilds of HPC Access"; the second is the
// service's schema, whose one shadow schema `<schema>_rebuild` two rebuilds would otherwise share.
const REBUILD_LOCK_CLASS = 1_380_086_092;

/** Another rebuild of the same schema holds the lock: say so instead of sharing its shadow schema. */
export class RebuildRunningError extends Error {
  constructor(schema: string, holder: number | null) {
    super(
      `a rebuild of schema ${schema} is already running on this database` +
        (holder === null ? '' : ` (server process ${holder})`) +
        ': start the next when it is done',
    );
  }
}

/**
 * Runs `work` holding the rebuild lock of `schema` on a PostgreSQL server, across processes (ADR
 * 31). The lock is transaction-scoped on a connection of its own, opened for it alone: a pooled
 * session lock would be let go when the pool closes an idle connection, and a crash ends the
 * transaction and so frees the lock. On embedded PGlite the data directory's lock already lets
 * one process in, and the running platform's route refuses a second rebuild of a service itself.
 */
export async function withRebuildLock<T>(connectionString: string, schema: string, work: () => Promise<T>): Promise<T> {
  const lockDb = openPostgres({ connectionString, max: 1 });
  try {
    return await lockDb.transaction(async (tx) => {
      const { rows } = await tx.query<{ locked: boolean }>('SELECT pg_try_advisory_xact_lock($1, hashtext($2)) AS locked', [REBUILD_LOCK_CLASS, schema]);
      if (!rows[0].locked) {
        const holder = await tx.query<{ pid: number }>(
          `SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
             AND classid = $1::bigint::oid AND objid = (hashtext($2)::bigint & 4294967295)::oid AND objsubid = 2 AND granted`,
          [REBUILD_LOCK_CLASS, schema],
        );
        throw new RebuildRunningError(schema, holder.rows[0]?.pid ?? null);
      }
      return work();
    });
  } finally {
    await lockDb.close();
  }
}
