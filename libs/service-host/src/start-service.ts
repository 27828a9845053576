import { Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AuthModule, authOptionsFromEnv } from '@hpc-access/auth';
import { systemClock, type Clock } from '@hpc-access/eventsourcing';
import { openPostgres, type Database } from '@hpc-access/sql';
import { ObservabilityModule, configureHttpApp, structuredLogger } from '@hpc-access/http';
import { KafkaBus, kafkaOptionsFromEnv, loadTopicDefinitions, type KafkaBusOptions } from '@hpc-access/messaging';
import { SchedulerModule } from '@hpc-access/scheduler';
import { HistoryVerdictWatch } from './history-verdict-watch';
import type { ServiceDefinition } from './service-definition';

export interface ServiceHostOverrides {
  /** Consumer and client settings for a particular broker (the test broker's quirks). */
  bus?: Partial<KafkaBusOptions>;
  clock?: Clock;
}

export interface StartedService {
  app: NestExpressApplication;
  db: Database;
  bus: KafkaBus;
}

/**
 * One service alone, as distributed mode runs it: its schema on a PostgreSQL server
 * (`DATABASE_URL`, `SCHEMA`), integration events on Kafka (`KAFKA_*`), tokens from the OIDC
 * issuer (`AUTH_*`), deadlines polled every `SCHEDULER_INTERVAL_MS`. Each process has its own
 * consumer groups (named by the service), so two processes of one service share partitions.
 */
export async function startService(definition: ServiceDefinition, env: NodeJS.ProcessEnv = process.env, overrides: ServiceHostOverrides = {}): Promise<StartedService> {
  const databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is required: the PostgreSQL server holding this service\'s schema');
  const schema = env.SCHEMA ?? definition.schema;
  const clock = overrides.clock ?? systemClock;
  const logger = structuredLogger(`${definition.name}.bus`);
  const bus = new KafkaBus({ ...kafkaOptionsFromEnv({ KAFKA_CLIENT_ID: definition.name, ...env }), logger, ...overrides.bus });
  // Topics are applied where the broker allows it; against a broker that refuses, they exist already.
  await bus.createTopicsWhereAllowed(loadTopicDefinitions());
  const db = openPostgres({ connectionString: databaseUrl, max: Number(env.DATABASE_POOL_SIZE ?? 10) });
  const interval = env.SCHEDULER_INTERVAL_MS ? Number(env.SCHEDULER_INTERVAL_MS) : undefined;
  // Before the consumers and the scheduler start: an altered history found by audit refuses appends here too.
  const verdict = new HistoryVerdictWatch(db, { auditSchema: env.AUDIT_SCHEMA ?? 'audit', pollMs: Number(env.HISTORY_VERDICT_POLL_MS ?? 5_000), logger: structuredLogger(`${definition.name}.history`) });
  await verdict.start();

  @Module({
    imports: [
      ObservabilityModule,
      AuthModule.forRoot(authOptionsFromEnv(env)),
      SchedulerModule.forRoot({ clock, ...(interval ? { intervalMs: interval } : {}) }),
      definition.module({ db, bus, clock, schema }) as DynamicModule,
    ],
  })
  class ServiceModule {}

  // No body parser: bodies are read after the guards, by the RequestBodyInterceptor configureHttpApp adds.
  const app = await NestFactory.create<NestExpressApplication>(ServiceModule, { bufferLogs: true, abortOnError: false, bodyParser: false });
  configureHttpApp(app, { title: `HPC Access: ${definition.name}`, description: definition.description });
  // Close the bus and the pool after Nest stopped the consumers and relays that use them.
  const close = app.close.bind(app);
  app.close = async () => {
    verdict.stop();
    await close();
    await bus.close();
    await db.close();
  };
  return { app, db, bus };
}
