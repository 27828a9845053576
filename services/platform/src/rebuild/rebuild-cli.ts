import { join, resolve } from 'node:path';
import { NotRebuildableError, type RebuildProgress } from '@hpc-access/eventstore-postgres';
import { DataDirectoryError, lockDataDirectory, openPglite, openPostgres, type Database } from '@hpc-access/sql';
import { READ_MODELS, serviceReadModels, UnknownReadModelError } from './read-model-catalog';
import { RebuildRunningError, withRebuildLock } from './rebuild-lock';
import { progressLine, rebuildReadModels } from './rebuild-read-models';

const USAGE = `usage: npm run rebuild -- <service> [projection]
  Rebuilds a service's read models from its events in a shadow schema, then swaps them in (ADR 31).
  DATABASE_URL set: the PostgreSQL of distributed mode (the services may keep running; SCHEMA overrides the service's schema).
  Otherwise DATA_DIR (default ./data), the embedded platform's data, while the platform is stopped.
  services: ${Object.keys(READ_MODELS).join(', ')}`;

/** Progress on stderr: every phase change, and at most one line a second while replaying. */
function progressPrinter(write: (line: string) => void) {
  let last = 0;
  let phase = '';
  return (progress: RebuildProgress) => {
    const now = Date.now();
    if (progress.phase === phase && now - last < 1000) return;
    last = now;
    phase = progress.phase;
    write(progressLine(progress));
  };
}

/** The database to rebuild in, and how to let go of it. */
async function openDatabase(env: NodeJS.ProcessEnv): Promise<{ db: Database; close(): Promise<void> }> {
  if (env.DATABASE_URL) {
    const db = openPostgres({ connectionString: env.DATABASE_URL, max: 2 });
    return { db, close: () => db.close() };
  }
  const dataDir = resolve(env.DATA_DIR ?? 'data');
  // The data directory belongs to one process (ADR 11): a running platform keeps it, and then
  // its own route rebuilds instead (ADR 31).
  const lock = lockDataDirectory(dataDir);
  const db = await openPglite(join(dataDir, 'pglite'));
  return {
    db,
    async close() {
      await db.close();
      lock.release();
    },
  };
}

export async function runRebuildCli(argv: string[], env: NodeJS.ProcessEnv, stderr: (line: string) => void): Promise<number> {
  const [service, projection, ...extra] = argv;
  if (!service || service === '--help' || service === '-h' || extra.length > 0) {
    stderr(USAGE);
    return service === '--help' || service === '-h' ? 0 : 2;
  }
  let opened: Awaited<ReturnType<typeof openDatabase>> | undefined;
  try {
    opened = await openDatabase(env);
    const db = opened.db;
    const schema = env.DATABASE_URL ? env.SCHEMA : undefined;
    const rebuild = () => rebuildReadModels({ db, service, projection, schema, onProgress: progressPrinter(stderr) });
    // Two commands at once on one server would share the shadow schema: the second is refused.
    const outcomes = env.DATABASE_URL ? await withRebuildLock(env.DATABASE_URL, schema ?? serviceReadModels(service).schema, rebuild) : await rebuild();
    for (const outcome of outcomes) stderr(outcome.rebuilt ? `${outcome.projection}: rebuilt from ${outcome.events} events` : `${outcome.projection}: not rebuilt: ${outcome.reason}`);
    return outcomes.every((outcome) => outcome.rebuilt) ? 0 : 1;
  } catch (error) {
    if (error instanceof DataDirectoryError) {
      stderr(`${error.message}\nThe platform is running on it: rebuild through it instead, as an administrator: POST /api/admin/rebuild/${service}/${projection ?? '<projection>'}`);
      return 1;
    }
    if (error instanceof RebuildRunningError) {
      stderr(error.message);
      return 1;
    }
    if (error instanceof UnknownReadModelError || error instanceof NotRebuildableError) {
      stderr(error.message);
      return 2;
    }
    stderr(`rebuild failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await opened?.close();
  }
}
