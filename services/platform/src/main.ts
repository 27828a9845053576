import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { authOptionsFromEnv } from '@hpc-access/auth';
import { openPglite } from '@hpc-access/eventstore-postgres';
import { structuredLogger } from '@hpc-access/http';
import { InProcessBus } from '@hpc-access/messaging';
import { Logger } from 'nestjs-pino';
import { createPlatformApp } from './create-app';
import { seedDemo } from './demo/seed-demo';

/** `npm start -- --demo` or `DEMO=1 npm start`: seed the demo programme once the app listens. */
const demoRequested = (argv: string[], env: NodeJS.ProcessEnv): boolean => argv.includes('--demo') || ['1', 'true', 'yes'].includes((env.DEMO ?? '').toLowerCase());

/** `npm start`: the whole platform in one process, its data in PGlite under DATA_DIR. */
async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 3000);
  const dataDir = resolve(process.env.DATA_DIR ?? 'data');
  mkdirSync(dataDir, { recursive: true });
  const db = await openPglite(join(dataDir, 'pglite'));
  const bus = new InProcessBus({ logger: structuredLogger('bus') });
  const auth = authOptionsFromEnv({ AUTH_MODE: 'embedded', ...process.env, DATA_DIR: dataDir, PORT: String(port) });
  const app = await createPlatformApp({ db, bus, auth });
  await app.listen(port, process.env.HOST ?? '127.0.0.1');
  const logger = app.get(Logger);
  logger.log(`HPC Access listening on http://localhost:${port} (data in ${dataDir}); API docs at /api/docs`);
  if (demoRequested(process.argv.slice(2), process.env)) {
    const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1').replace('0.0.0.0', '127.0.0.1');
    // A failed seeding is reported, and the platform keeps running with what was seeded.
    await seedDemo({ baseUrl, now: () => new Date(), log: (message) => logger.log(message) }).catch((error: unknown) => logger.error(`seeding demo failed: ${error instanceof Error ? error.message : String(error)}`));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
