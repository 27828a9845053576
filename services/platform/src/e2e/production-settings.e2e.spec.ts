import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCompiledTree, freePort } from '@hpc-access/testing';
import { exitCodeWithin, runEntry as run, type EntryProcess as Run } from '../testing-only/entry-process';

async function untilPrinted(started: Run, pattern: RegExp, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!pattern.test(started.output())) {
    if (Date.now() > deadline) throw new Error(`${pattern} not printed within ${ms} ms; it printed:\n${started.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// The production image sets NODE_ENV=production and runs the platform's main; `npm run
// start:distributed` runs the launcher. Neither serves the development identity provider unless
// AUTH_MODE=development says so (ADR 14).
describe('production settings', () => {
  let dataDir: string;

  beforeAll(() => buildCompiledTree(), 180_000);
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'hpc-access-production-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('the platform under NODE_ENV=production without an issuer exits non-zero, says what to set, and touches no data', async () => {
    const target = join(dataDir, 'data');
    const started = run('dist-test/services/platform/src/main.js', { NODE_ENV: 'production', DATA_DIR: target, PORT: String(await freePort()) });
    expect(await exitCodeWithin(started, 60_000)).not.toBe(0);
    expect(started.output()).toMatch(/AUTH_ISSUER and AUTH_AUDIENCE are required.*NODE_ENV=production never starts the development identity provider.*AUTH_MODE=development/);
    expect(existsSync(target) ? readdirSync(target) : []).toEqual([]);
  }, 90_000);

  it('start:distributed without an issuer exits non-zero with the message and starts no process', async () => {
    const started = run('dist-test/services/platform/src/distributed/start-distributed.js', {
      KAFKA_BROKERS: '127.0.0.1:1',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none',
      PORT: String(await freePort()),
      DATA_DIR: dataDir,
    });
    expect(await exitCodeWithin(started, 60_000)).toBe(1);
    expect(started.output()).toMatch(/^HPC Access \(distributed\) cannot start: AUTH_ISSUER and AUTH_AUDIENCE are required.*AUTH_MODE=development/);
    expect(started.output()).not.toMatch(/intake|gateway/);
  }, 90_000);

  it('AUTH_MODE=development runs the development provider even under NODE_ENV=production, and warns at start', async () => {
    const port = await freePort();
    const started = run('dist-test/services/platform/src/main.js', { NODE_ENV: 'production', AUTH_MODE: 'development', LOG_LEVEL: 'warn', DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' });
    try {
      await untilPrinted(started, /AUTH_MODE=development: the development identity provider at http:\/\/localhost:\d+\/api\/dev gives anyone who can reach it a token for any role/, 90_000);
      expect(started.output()).toMatch(/"level":40/);
    } finally {
      await started.stop();
    }
  }, 120_000);
});
