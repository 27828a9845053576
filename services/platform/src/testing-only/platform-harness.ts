import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { openPglite, type Database } from '@hpc-access/sql';
import { InProcessBus } from '@hpc-access/messaging';
import { AccountingRuntime } from '@hpc-access/accounting';
import { AllocationRuntime } from '@hpc-access/allocation';
import { EthicsReviewRuntime } from '@hpc-access/ethics-review';
import { GovernancePledgesRuntime } from '@hpc-access/governance-pledges';
import { IntakeRuntime } from '@hpc-access/intake';
import { NotificationsRuntime } from '@hpc-access/notifications';
import { SCHEDULER, type Scheduler } from '@hpc-access/scheduler';
import request from 'supertest';
import { createPlatformApp } from '../create-app';
import type { PlatformOptions } from '../platform.module';
import { TestClock } from '@hpc-access/testing';
import { openApiDocumentOf } from '@hpc-access/http';
import { PlatformClient } from '../client/platform-client';
import type { World } from './world';
import { SERVICE_SCHEMAS, activitySnapshot, untilQuiet } from './activity';
import { observeServerResponses, responseValidatorFor } from './openapi-validation';

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

export interface PlatformHarness extends World {
  app: NestExpressApplication;
  http: ReturnType<typeof request>;
  db: Database;
  bus: InProcessBus;
  clock: TestClock;
  dataDir: string;
  /** A bearer token from the development identity provider, as a person would get one. */
  token(role: string, options?: { userId?: string; organisationId?: string }): Promise<string>;
  /** Moves the clock, fires the deadlines now due, and settles. */
  advance(ms: number): Promise<void>;
  /** Waits until read models and the bus have handled everything so far. */
  settle(): Promise<void>;
  close(options?: { keepData?: boolean }): Promise<void>;
}

/** The embedded platform on an in-memory or on-disk PGlite, driven over real HTTP. */
/**
 * `start`: where the clock starts (default TestClock's); a platform restarted on the same data
 * directory passes the closed one's `now()`, so its deadlines and backoffs are where they were.
 */
export async function startPlatform(options: { dataDir?: string; persist?: boolean; start?: Date; notifications?: PlatformOptions['notifications'] } = {}): Promise<PlatformHarness> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'hpc-access-'));
  const db = await openPglite(options.persist ? join(dataDir, 'pglite') : undefined);
  const bus = new InProcessBus({ logger: silent, retry: { maxAttempts: 3, initialDelayMs: 10, maxDelayMs: 50 } });
  const clock = new TestClock(options.start);
  const app = await createPlatformApp({ db, bus, clock, auth: { mode: 'embedded', publicBaseUrl: 'http://localhost:3000', dataDir }, scheduler: { autoStart: false }, ...(options.notifications ? { notifications: options.notifications } : {}) });
  // Every answer, whichever client asked, is checked against the document the platform serves.
  const validator = responseValidatorFor(openApiDocumentOf(app));
  if (validator) observeServerResponses(app.getHttpServer(), validator);
  // Listening on a real port: scenarios speak HTTP to it as a person's browser would.
  await app.listen(0, '127.0.0.1');
  const baseUrl = await app.getUrl();
  const http = request(app.getHttpServer());
  const runtimes = [IntakeRuntime, GovernancePledgesRuntime, EthicsReviewRuntime, AllocationRuntime, AccountingRuntime, NotificationsRuntime].map((runtime) => app.get<{ settled(): Promise<void> }>(runtime));
  const harness: PlatformHarness = {
    app,
    baseUrl: baseUrl.replace('[::1]', '127.0.0.1'),
    as: (role, extra = {}) => PlatformClient.as(harness.baseUrl, role, extra),
    now: () => clock.now(),
    http,
    db,
    bus,
    clock,
    dataDir,
    async token(role, extra = {}) {
      const response = await request(app.getHttpServer()).post('/api/dev/token').send({ role, ...extra }).expect(200);
      return (response.body as { access_token: string }).access_token;
    },
    async settle() {
      const handled = async () => {
        for (const runtime of runtimes) await runtime.settled();
        await bus.idle();
      };
      await handled();
      await untilQuiet(() => activitySnapshot(db, SERVICE_SCHEMAS), { pauseMs: 5, stableRounds: 2, timeoutMs: 30_000, between: handled });
    },
    async advance(ms) {
      clock.advance(ms);
      await harness.settle();
      await app.get<Scheduler>(SCHEDULER).runDue();
      await harness.settle();
    },
    async close({ keepData = false } = {}) {
      await app.close();
      await bus.close();
      if (!keepData && !options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return harness;
}
