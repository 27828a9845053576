import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AuthModule } from '@hpc-access/auth';
import { createIntegrationEvent, topicFor, type IntegrationEventContract } from '@hpc-access/contracts';
import { newEventId } from '@hpc-access/eventsourcing';
import { openPglite, type Database } from '@hpc-access/sql';
import { ObservabilityModule, ProblemDetailsFilter, configureRequestInput, createValidationPipe } from '@hpc-access/http';
import { InProcessBus } from '@hpc-access/messaging';
import { SCHEDULER, SchedulerModule, type Scheduler } from '@hpc-access/scheduler';
import { TestClock } from '@hpc-access/testing';
import request from 'supertest';

/** What a service's background work offers tests: wait until its read models caught up. */
export interface Settles {
  settled(): Promise<void>;
}

export interface ServiceHarness {
  app: NestExpressApplication;
  http: ReturnType<typeof request>;
  db: Database;
  bus: InProcessBus;
  clock: TestClock;
  /** A bearer token from the development identity provider. */
  token(role: string, options?: { userId?: string; organisationId?: string; siteId?: string }): Promise<string>;
  /** Publishes an integration event as its owning context would. */
  publish<Data extends object>(contract: IntegrationEventContract<Data>, subject: string, data: Data, options?: { id?: string; time?: string }): Promise<string>;
  /** Everything published so far on a topic (the values, i.e. integration events). */
  published(topic: string): Array<{ type: string; subject: string; data: Record<string, unknown> }>;
  /** Waits until read models and the bus have handled everything so far. */
  settle(): Promise<void>;
  /** Moves the clock, fires the deadlines now due, and settles. */
  advance(ms: number): Promise<void>;
  close(): Promise<void>;
}

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

/**
 * One service's module in a Nest application shaped like the platform's (auth in embedded mode,
 * validation, problem+json, scheduler), on an in-memory PGlite and an in-process bus, driven over
 * real HTTP. Other contexts are played by publishing their integration events.
 */
export async function startServiceHarness(options: {
  module: (deps: { db: Database; bus: InProcessBus; clock: TestClock }) => DynamicModule;
  /** Runtimes whose `settled()` the harness awaits. */
  runtimes: Array<Type<Settles>>;
  start?: Date;
}): Promise<ServiceHarness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hpc-access-svc-'));
  const db = await openPglite();
  const bus = new InProcessBus({ logger: silent, retry: { maxAttempts: 3, initialDelayMs: 10, maxDelayMs: 50 } });
  const clock = new TestClock(options.start);

  @Module({
    imports: [
      ObservabilityModule,
      AuthModule.forRoot({ mode: 'embedded', publicBaseUrl: 'http://localhost:3000', dataDir }),
      SchedulerModule.forRoot({ clock, autoStart: false }),
      options.module({ db, bus, clock }),
    ],
  })
  class HarnessModule {}

  const app = await NestFactory.create<NestExpressApplication>(HarnessModule, { logger: false, abortOnError: false, bodyParser: false });
  app.useGlobalPipes(createValidationPipe());
  configureRequestInput(app);
  app.useGlobalFilters(new ProblemDetailsFilter());
  await app.init();
  const http = request(app.getHttpServer());
  const runtimes = options.runtimes.map((runtime) => app.get(runtime));
  const settleOnce = async () => {
    for (const runtime of runtimes) await runtime.settled();
    await bus.idle();
    for (const runtime of runtimes) await runtime.settled();
  };
  const harness: ServiceHarness = {
    app,
    http,
    db,
    bus,
    clock,
    async token(role, extra = {}) {
      const response = await request(app.getHttpServer()).post('/api/dev/token').send({ role, ...extra }).expect(200);
      return (response.body as { access_token: string }).access_token;
    },
    async publish(contract, subject, data, extra = {}) {
      const id = extra.id ?? newEventId();
      const event = createIntegrationEvent(contract, { id, subject, time: extra.time ?? clock.now().toISOString(), correlationId: newEventId(), causationId: null, data });
      await bus.publish(topicFor(contract.context), [event]);
      return id;
    },
    published(topic) {
      return bus.records(topic).map((record) => record.value as { type: string; subject: string; data: Record<string, unknown> });
    },
    async settle() {
      // Twice: a consumer's effect can be relayed and consumed again within the same service.
      await settleOnce();
      await settleOnce();
    },
    async advance(ms) {
      clock.advance(ms);
      await harness.settle();
      await app.get<Scheduler>(SCHEDULER).runDue();
      await harness.settle();
    },
    async close() {
      await app.close();
      await bus.close();
      await db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return harness;
}
