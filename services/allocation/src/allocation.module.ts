import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import { systemClock, type Clock, type PersonalDataKeysIn } from '@hpc-access/eventsourcing';
import { PostgresEventStore, PostgresPersonalDataKeys } from '@hpc-access/eventstore-postgres';
import { findRepoFile, runMigrations, type Database, type Sql } from '@hpc-access/sql';
import { HealthRegistry, IDEMPOTENCY_STORE, MetricsRegistry } from '@hpc-access/http';
import type { MessageBus } from '@hpc-access/messaging';
import { ScheduledCommands } from '@hpc-access/scheduler';
import { registerAllocationMetrics } from './allocation-metrics';
import { allocationMigrations } from './allocation-migrations';
import { AllocationRuntime } from './allocation-runtime';
import { ALLOCATION_BUS, ALLOCATION_CLOCK, ALLOCATION_DB, ALLOCATION_DEADLINES, ALLOCATION_KEYS, ALLOCATION_OPTIONS, ALLOCATION_STORE } from './allocation.tokens';
import { AllocationCommands } from './allocations/allocation-commands';
import { ApplicationCommands } from './applications/application-commands';
import { CallCommands } from './calls/call-commands';
import { ConfigurationService } from './configuration/configuration.service';
import { HoldAndAward } from './capacity/hold-and-award/hold-and-award';
import { ReturnCapacity } from './capacity/return-capacity/return-capacity';
import { RegisterEligible } from './applications/register-eligible/register-eligible';
import { RunCutOff } from './calls/run-cut-off/run-cut-off';
import { UnitOfWork } from './shared/unit-of-work';
import { SiteOrderCommands } from './site-orders/site-order-commands';
import { SiteOrderReader } from './site-orders/site-order-reader';
import { ALLOCATION_CONTROLLERS } from './allocation-controllers';
import { ApplicationSummaries } from './applications/read-models/application-summaries';
import { ApplicationReader } from './applications/application-reader';
import { AllocationReader } from './allocations/allocation-reader';
import { AllocationSummaries } from './allocations/read-models/allocation-summaries';
import { CapacityReservations } from './capacity/read-models/capacity-reservations';
import { CallSummaries } from './calls/read-models/call-summaries';

export interface AllocationModuleOptions {
  db: Database;
  bus: MessageBus;
  /** The database schema of allocation's events, read models, inbox, deadlines and checkpoints. */
  schema?: string;
  clock?: Clock;
}

/** Allocation: capacity, holds and queues, technical assessment, awards, calls and cut-offs, an allocation's life to its final report. */
@Module({})
export class AllocationModule {
  static register(options: AllocationModuleOptions): DynamicModule {
    const schema = options.schema ?? 'allocation';
    const providers: Provider[] = [
      { provide: ALLOCATION_DB, useValue: options.db },
      { provide: ALLOCATION_BUS, useValue: options.bus },
      { provide: ALLOCATION_OPTIONS, useValue: { schema, seedPath: process.env.ALLOCATION_CONFIG ?? findRepoFile('infra/seed/allocation.json') } },
      { provide: ALLOCATION_CLOCK, useValue: options.clock ?? systemClock },
      {
        // Migrations run before anything touches the schema: every other provider depends on this one.
        provide: ALLOCATION_STORE,
        useFactory: async () => {
          const store = await PostgresEventStore.open(options.db, { schema });
          await runMigrations(options.db, schema, allocationMigrations(schema));
          return store;
        },
      },
      { provide: ALLOCATION_KEYS, useValue: ((sql: Sql) => new PostgresPersonalDataKeys(sql, { schema })) satisfies PersonalDataKeysIn<Sql> },
      { provide: ALLOCATION_DEADLINES, useFactory: () => new ScheduledCommands(options.db, schema), inject: [ALLOCATION_STORE] },
      { provide: IDEMPOTENCY_STORE, useFactory: () => ({ db: options.db, schema }), inject: [ALLOCATION_STORE] },
      {
        provide: 'ALLOCATION_HEALTH',
        useFactory: (health: HealthRegistry) => health.register('allocation-database', async () => { await options.db.query('SELECT 1'); }),
        inject: [HealthRegistry],
      },
      {
        provide: 'ALLOCATION_METRICS',
        useFactory: (metrics: MetricsRegistry, store: PostgresEventStore) => registerAllocationMetrics(metrics, store, options.db, schema),
        inject: [MetricsRegistry, ALLOCATION_STORE],
      },
      ConfigurationService,
      ApplicationSummaries,
      AllocationSummaries,
      CapacityReservations,
      CallSummaries,
      ApplicationReader,
      AllocationReader,
      UnitOfWork,
      HoldAndAward,
      ReturnCapacity,
      RegisterEligible,
      RunCutOff,
      ApplicationCommands,
      AllocationCommands,
      CallCommands,
      SiteOrderReader,
      SiteOrderCommands,
      AllocationRuntime,
    ];
    return {
      module: AllocationModule,
      controllers: ALLOCATION_CONTROLLERS,
      providers,
      exports: [AllocationRuntime],
    };
  }
}
