import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPostgres, type Database } from '@hpc-access/sql';
import { loadTopicDefinitions } from '@hpc-access/messaging';
import { startMockKafka, type MockKafka } from '@hpc-access/messaging/testing-only';
import { advanceFileClock, buildCompiledTree, createScratchPostgresDatabase, freePort, type ScratchPostgresDatabase } from '@hpc-access/testing';
import request from 'supertest';
import { startProcess, stopProcess, waitUntilReady } from '../distributed/processes';
import { SERVICE_CATALOGUE } from '../distributed/service-catalogue';
import type { World } from './world';
import { PlatformClient } from '../client/platform-client';
import { activitySnapshot, untilQuiet } from './activity';
import { fetchHeaders, observeSupertest, recordResponse, responseValidatorFor } from './openapi-validation';
import { cachedPlatformOpenApiDocument } from './platform-openapi-document';

// Eight processes starting together share the cores: on a loaded machine one took over a minute.
const READY_WITHIN_MS = 180_000;

interface Instance {
  service: string;
  index: number;
  port: number;
  child: ChildProcess;
  logFile: string;
}

export interface DistributedHarness extends World {
  db: Database;
  kafka: MockKafka;
  /** Every running process of a service, in start order. */
  instances(service: string): Instance[];
  /**
   * Starts one more process of a service (same schema, same consumer groups); `ready: false` does
   * not wait for its readiness (one that must report not ready); `port`: the one the gateway routes
   * the service to, for a process that replaces a killed one.
   */
  startInstance(service: string, options?: { ready?: boolean; port?: number }): Promise<Instance>;
  kill(instance: Instance, signal?: NodeJS.Signals): Promise<void>;
  /** The last lines a process logged, for a failing test's message. */
  logTail(instance: Instance, lines?: number): string;
}

/**
 * Distributed mode for tests: every service a process of its own on a scratch database of the
 * PostgreSQL server, Kafka the mock broker, the gateway in front issuing development tokens.
 */
export interface DistributedOptions {
  services?: string[];
  start?: Date;
  serviceEnv?: NodeJS.ProcessEnv;
  /** A script of the compiled tree to run a service with instead of service-process.js (the bench's intake with its bare routes). */
  scripts?: Record<string, string>;
}

export async function startDistributed(options: DistributedOptions = {}): Promise<DistributedHarness> {
  buildCompiledTree();
  const services = options.services ?? Object.keys(SERVICE_CATALOGUE);
  const workDir = mkdtempSync(join(tmpdir(), 'hpc-access-distributed-'));
  const clockFile = join(workDir, 'clock-offset');
  const start = options.start ?? new Date('2026-11-02T09:00:00.000Z');
  writeFileSync(clockFile, String(start.getTime() - Date.now()));
  const topics = loadTopicDefinitions().map((t) => ({ name: t.name, partitions: t.partitions }));
  const kafka = await startMockKafka({ topics });
  const database: ScratchPostgresDatabase = await createScratchPostgresDatabase();
  const db = openPostgres({ connectionString: database.url, max: 2 });
  const gatewayPort = await freePort();
  const issuer = `http://127.0.0.1:${gatewayPort}/api/dev`;
  const running: Instance[] = [];

  const baseEnv = (): NodeJS.ProcessEnv => ({
    PATH: process.env.PATH,
    HPC_DIST_DIR: 'dist-test',
    LOG_LEVEL: process.env.HPC_TEST_LOG_LEVEL ?? 'warn',
    NODE_ENV: 'test',
  });

  const startInstance = async (service: string, port?: number, ready = true): Promise<Instance> => {
    const index = running.filter((i) => i.service === service).length + 1;
    const listenPort = port ?? (await freePort());
    const logFile = join(workDir, `${service}-${index}.log`);
    const child = startProcess({
      name: `${service}#${index}`,
      script: options.scripts?.[service] ?? 'dist-test/services/platform/src/testing-only/service-process.js',
      args: [service],
      logFile,
      env: {
        ...baseEnv(),
        PORT: String(listenPort),
        HOST: '127.0.0.1',
        DATABASE_URL: database.url,
        DATABASE_POOL_SIZE: '4',
        KAFKA_BROKERS: kafka.brokers.join(','),
        KAFKA_IDEMPOTENT: 'false',
        AUTH_MODE: 'oidc',
        AUTH_ISSUER: issuer,
        AUTH_AUDIENCE: 'hpc-access',
        SCHEDULER_INTERVAL_MS: '200',
        HPC_TEST_CLOCK_FILE: clockFile,
        ...options.serviceEnv,
      },
    });
    const instance = { service, index, port: listenPort, child, logFile };
    running.push(instance);
    if (!ready) return instance;
    try {
      await waitUntilReady(`http://127.0.0.1:${listenPort}/health/ready`, READY_WITHIN_MS, child);
    } catch (error) {
      throw new Error(`${service}#${index} did not start: ${(error as Error).message}\n${tail(logFile, 40)}`);
    }
    return instance;
  };

  const ports = Object.fromEntries(await Promise.all(services.map(async (s) => [s, await freePort()] as const)));
  const gateway = startProcess({
    name: 'gateway',
    script: 'dist-test/services/gateway/src/main.js',
    logFile: join(workDir, 'gateway.log'),
    env: {
      ...baseEnv(),
      PORT: String(gatewayPort),
      HOST: '127.0.0.1',
      AUTH_MODE: 'development',
      PUBLIC_BASE_URL: `http://127.0.0.1:${gatewayPort}`,
      DATA_DIR: workDir,
      GATEWAY_ROUTES: services.map((s) => `${s}=http://127.0.0.1:${ports[s]}`).join(','),
    },
  });
  // The gateway and the services start together, as `npm run start:distributed` starts them: each
  // service runs its migrations (an advisory lock per schema) and joins its consumer groups, and
  // those waits overlap (one after the other took about three times as long on 2 cores).
  const shutdown = async (): Promise<void> => {
    await Promise.all([...running.map((i) => stopProcess(i.child)), stopProcess(gateway)]);
    await db.close();
    await kafka.stop();
    await database.drop();
    rmSync(workDir, { recursive: true, force: true });
  };
  const started = await Promise.allSettled([
    waitUntilReady(`http://127.0.0.1:${gatewayPort}/health/ready`, READY_WITHIN_MS, gateway),
    ...services.map((service) => startInstance(service, ports[service])),
  ]);
  const failed = started.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed) {
    // Nobody would stop the others: the caller gets no harness to close.
    await shutdown();
    throw failed.reason;
  }

  const baseUrl = `http://127.0.0.1:${gatewayPort}`;
  // Audit has no inbox or relay: its schema says nothing about whether the others settled.
  const schemas = services.map((s) => SERVICE_CATALOGUE[s].schema).filter((schema) => schema !== 'audit');
  // The servers are other processes: their answers are checked as the clients receive them.
  // The gateway answers 502 or 504 (problem+json) for a service that did not answer.
  const validator = responseValidatorFor(await cachedPlatformOpenApiDocument(), { intermediaryStatuses: [502, 504] });
  const api = () => (validator ? observeSupertest(request(baseUrl), validator) : request(baseUrl));
  if (validator) {
    PlatformClient.observer = (answer) => recordResponse(validator, { method: answer.method, url: answer.path, status: answer.status, headers: fetchHeaders(answer.headers), text: answer.text });
  }
  const harness: DistributedHarness = {
    baseUrl,
    as: (role, extra = {}) => PlatformClient.as(baseUrl, role, extra),
    http: api(),
    db,
    kafka,
    now: () => new Date(Date.now() + Number(readFileSync(clockFile, 'utf8'))),
    async token(role, extra = {}) {
      const response = await api().post('/api/dev/token').send({ role, ...extra }).expect(200);
      return (response.body as { access_token: string }).access_token;
    },
    settle: () => quiescence(db, schemas),
    async advance(ms) {
      advanceFileClock(clockFile, ms);
      // Until the schedulers (a tick every 200 ms) have fired every deadline due by then, and nothing
      // moves; what fired or followed may have made more due (a breach after an overdue attestation).
      const to = harness.now();
      do {
        await untilFired(db, schemas, to);
        await quiescence(db, schemas);
      } while ((await dueBy(db, schemas, to)).length > 0);
    },
    instances: (service) => running.filter((i) => i.service === service && i.child.exitCode === null && i.child.signalCode === null),
    startInstance: (service, options) => startInstance(service, options?.port, options?.ready ?? true),
    kill: (instance, signal = 'SIGKILL') => stopProcess(instance.child, signal),
    logTail: (instance, lines = 40) => tail(instance.logFile, lines),
    async close() {
      PlatformClient.observer = undefined;
      await shutdown();
    },
  };
  return harness;
}

function tail(file: string, lines: number): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/**
 * Deadlines due by `at` that no scheduler has fired yet. One tried three times and failed (or with
 * no handler) is left to its retries: the test sees its effect missing, not a harness that hangs.
 */
async function dueBy(db: Database, schemas: readonly string[], at: Date): Promise<string[]> {
  const due: string[] = [];
  for (const schema of schemas) {
    const table = `${schema}.scheduled_commands`;
    const { rows: exists } = await db.query<{ found: boolean }>('SELECT to_regclass($1) IS NOT NULL AS found', [table]);
    if (!exists[0]?.found) continue;
    const { rows } = await db.query<{ key: string }>(
      `SELECT key FROM ${table} WHERE fired_at IS NULL AND cancelled_at IS NULL AND attempts < 3 AND due_at <= $1 ORDER BY due_at, key`,
      [at.toISOString()],
    );
    due.push(...rows.map((r) => `${schema}: ${r.key}`));
  }
  return due;
}

async function untilFired(db: Database, schemas: readonly string[], at: Date, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let due = await dueBy(db, schemas, at); due.length > 0; due = await dueBy(db, schemas, at)) {
    if (Date.now() > deadline) throw new Error(`deadlines due by ${at.toISOString()} not fired within ${timeoutMs} ms: ${due.join(', ')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Until nothing moves: the processes report nothing to the test; what they wrote is the truth. */
function quiescence(db: Database, schemas: readonly string[]): Promise<void> {
  return untilQuiet(() => activitySnapshot(db, schemas), { pauseMs: 300, stableRounds: 4, timeoutMs: 60_000 });
}
