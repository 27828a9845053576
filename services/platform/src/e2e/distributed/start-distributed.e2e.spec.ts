import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMockKafka, type MockKafka } from '@hpc-access/messaging/testing-only';
import { loadTopicDefinitions } from '@hpc-access/messaging';
import { createServer } from 'node:net';
import { buildCompiledTree, createScratchPostgresDatabase, freePort, type ScratchPostgresDatabase } from '@hpc-access/testing';
import { startProcess, stopProcess, waitUntilReady } from '../../distributed/processes';

/** The launcher gives the services consecutive ports: find `count` of them free together. */
async function freePortRange(count: number): Promise<number> {
  const free = (port: number) =>
    new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = 20_000 + Math.floor(Math.random() * 30_000);
    let all = true;
    for (let port = base; port < base + count && all; port++) all = await free(port);
    if (all) return base;
  }
  throw new Error(`no ${count} consecutive free ports found`);
}

// `npm run start:distributed` as a user runs it, against the test Kafka and a scratch database.
describe('npm run start:distributed', () => {
  let kafka: MockKafka;
  let database: ScratchPostgresDatabase;
  let dataDir: string;

  beforeAll(async () => {
    buildCompiledTree();
    kafka = await startMockKafka({ topics: loadTopicDefinitions().map((t) => ({ name: t.name, partitions: t.partitions })) });
    database = await createScratchPostgresDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'hpc-access-launcher-'));
  }, 120_000);
  afterAll(async () => {
    await kafka?.stop();
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts every service and the gateway, serves a request end to end, and stops them all on SIGTERM', async () => {
    const port = await freePort();
    const launcher = startProcess({
      name: 'launcher',
      script: 'dist-test/services/platform/src/distributed/start-distributed.js',
      logFile: join(dataDir, 'launcher.log'),
      env: {
        PATH: process.env.PATH,
        HPC_DIST_DIR: 'dist-test',
        DATABASE_URL: database.url,
        KAFKA_BROKERS: kafka.brokers.join(','),
        KAFKA_IDEMPOTENT: 'false',
        PORT: String(port),
        SERVICE_PORT_BASE: String(await freePortRange(5)),
        DATA_DIR: dataDir,
        // The development identity provider only when asked for (ADR 14).
        AUTH_MODE: 'development',
        LOG_LEVEL: 'warn',
      },
    });
    await waitUntilReady(`http://127.0.0.1:${port}/health/ready`, 150_000, launcher);
    const token = await fetch(`http://127.0.0.1:${port}/api/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'auditor' }) });
    const { access_token } = (await token.json()) as { access_token: string };
    const rules = await fetch(`http://127.0.0.1:${port}/api/intake/configuration`, { headers: { authorization: `Bearer ${access_token}` } });
    expect(rules.status).toBe(200);
    await stopProcess(launcher, 'SIGTERM', 30_000);
    expect(launcher.exitCode).toBe(0);
    await expect(fetch(`http://127.0.0.1:${port}/health/live`)).rejects.toThrow();
  }, 240_000);
});
