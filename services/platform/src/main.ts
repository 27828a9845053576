import { join, resolve } from 'node:path';
import { authOptionsFromEnv } from '@hpc-access/auth';
import { DataDirectoryError, lockDataDirectory, openPglite, type Database } from '@hpc-access/sql';
import { staffUiOptionsFromEnv, structuredLogger } from '@hpc-access/http';
import { InProcessBus } from '@hpc-access/messaging';
import { ledgerOptionsFromEnv } from '@hpc-access/audit';
import { notificationsConfigFromEnv } from '@hpc-access/notifications';
import { SCHEDULER, type Scheduler } from '@hpc-access/scheduler';
import { Logger } from 'nestjs-pino';
import { createPlatformApp } from './create-app';
import { DemoClock } from './demo/demo-clock';
import { DEMO_MARKER_ORGANISATION } from './demo/demo-data';
import { seedDemo } from './demo/seed-demo';

/** `npm start -- --demo` or `DEMO=1 npm start`: seed the demo programme once the app listens. */
const demoRequested = (argv: string[], env: NodeJS.ProcessEnv): boolean => argv.includes('--demo') || ['1', 'true', 'yes'].includes((env.DEMO ?? '').toLowerCase());

/**
 * Where the demo may be seeded in the past: a data directory the platform never ran on (nothing
 * recorded yet, so the demo's past comes before everything). `seeded`: the demo is there already.
 */
async function demoState(db: Database): Promise<'fresh' | 'seeded' | 'used'> {
  const table = await db.query<{ exists: string | null }>(`SELECT to_regclass('intake.organisation_summaries')::text AS exists`);
  if (!table.rows[0]?.exists) return 'fresh';
  const marker = await db.query('SELECT 1 FROM intake.organisation_summaries WHERE organisation_id = $1', [DEMO_MARKER_ORGANISATION]);
  return marker.rows.length > 0 ? 'seeded' : 'used';
}

/** `npm start`: the whole platform in one process, its data in PGlite under DATA_DIR. */
async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 3000);
  const dataDir = resolve(process.env.DATA_DIR ?? 'data');
  // First, before the data directory is touched: on a laptop the development identity provider by
  // default; under NODE_ENV=production (the image) only with AUTH_MODE=development, else an issuer.
  const auth = authOptionsFromEnv({ ...process.env, DATA_DIR: dataDir, PORT: String(port) }, { developmentByDefault: true });
  // Before anything reads or writes the directory (migrations, the signing key): a second process
  // on it stops here, and the lock dies with this process however it ends.
  lockDataDirectory(dataDir);
  const db = await openPglite(join(dataDir, 'pglite'));
  const bus = new InProcessBus({ logger: structuredLogger('bus') });
  const demo = demoRequested(process.argv.slice(2), process.env);
  // The demo is seeded in the past on a clock that then catches up with real time (offset 0 for
  // the rest of the process); only into a fresh data directory, so no event precedes one already recorded.
  const state = demo ? await demoState(db) : null;
  const inThePast = state === 'fresh';
  const clock = inThePast ? new DemoClock() : undefined;
  // The audit ledger's key from AUDIT_SIGNER_KEY; without one, embedded mode keeps a development key (ADR 28).
  const audit = { ...ledgerOptionsFromEnv(process.env), developmentKey: true };
  // SMTP, From, base URL and backoff from NOTIFICATIONS_* (services/notifications/README.md); the links point at this process by default.
  const notifications = { config: notificationsConfigFromEnv({ PUBLIC_BASE_URL: `http://localhost:${port}`, ...process.env }) };
  const app = await createPlatformApp({ db, bus, auth, audit, notifications, ...(clock ? { clock } : {}) }, staffUiOptionsFromEnv(auth));
  await app.listen(port, process.env.HOST ?? '127.0.0.1');
  const logger = app.get(Logger);
  logger.log(`HPC Access listening on http://localhost:${port} (data in ${dataDir}); API docs at /api/docs`);
  if (demo) {
    const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1').replace('0.0.0.0', '127.0.0.1');
    const scheduler = app.get<Scheduler>(SCHEDULER);
    const travel = clock
      ? async (ms: number) => {
          clock.travel(ms);
          // The deadlines now due, and those they schedule that are due too; the seeder then reads
          // the models until they show what the deadlines caused.
          while ((await scheduler.runDue()) > 0);
        }
      : undefined;
    if (state === 'used') logger.log('seeding demo: this data directory was used before, so the demo cannot start in the past: seeding at real time, without allocations that closed');
    if (clock) logger.log(`seeding demo: starting ${Math.round(clock.behindMs / 86_400_000)} days in the past (${clock.now().toISOString()}); the clock catches up with real time`);
    // A failed seeding is reported, and the platform keeps running with what was seeded.
    await seedDemo({ baseUrl, now: () => (clock ?? { now: () => new Date() }).now(), log: (message) => logger.log(message), ...(travel ? { travel } : {}) })
      .catch((error: unknown) => logger.error(`seeding demo failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        // Whatever happened, the platform runs on real time from now on.
        clock?.travel(clock.behindMs);
      });
  }
}

main().catch((error: unknown) => {
  // A data directory that cannot be used is the operator's to fix: the message, not a stack.
  console.error(error instanceof DataDirectoryError ? `HPC Access cannot start: ${error.message}` : error);
  process.exit(1);
});
