import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import { PostgresEventStore } from '@hpc-access/eventstore-postgres';
import { runMigrations, type Database } from '@hpc-access/sql';
import { HealthRegistry, IDEMPOTENCY_STORE, MetricsRegistry } from '@hpc-access/http';
import { messagingMigrations, type MessageBus } from '@hpc-access/messaging';
import { ScheduledCommands } from '@hpc-access/scheduler';
import { AccountingMetrics } from './accounting-metrics';
import { accountingMigrations } from './accounting-migrations';
import { AccountingRuntime } from './accounting-runtime';
import {
  ACCOUNTING_BUS,
  ACCOUNTING_CLOCK,
  ACCOUNTING_DB,
  ACCOUNTING_DEADLINES,
  ACCOUNTING_OPTIONS,
  ACCOUNTING_STORE,
  systemClock,
  type Clock,
} from './accounting.tokens';
import { AllocationAccounts } from './allocations/allocation-accounts';
import { AllocationHistoryController } from './allocations/allocation-history/allocation-history.controller';
import { GetAllocationController } from './allocations/get-allocation/get-allocation.controller';
import { ListAllocationsController } from './allocations/list-allocations/list-allocations.controller';
import { ListJobRecordsController } from './allocations/list-job-records/list-job-records.controller';
import { AccountingConfigurationService } from './configuration/accounting-configuration.service';
import { ChangeConfigurationController } from './configuration/change-configuration/change-configuration.controller';
import { defaultSeedFile } from './configuration/configuration-file';
import { GetConfigurationController } from './configuration/get-configuration/get-configuration.controller';
import { UnassignedRecordsController } from './usage/flagged-records/unassigned-records.controller';
import { ImportSacctController } from './usage/import-sacct/import-sacct.controller';
import { ListImportsController } from './usage/list-imports/list-imports.controller';
import { RecordUsageController } from './usage/record-usage/record-usage.controller';
import { UsageLedger } from './usage/usage-ledger';
import { ChargeBatches } from './usage/charge-batches';
import { HostingSites } from './sites/hosting-sites';
import { ReassessRecordsController } from './usage/reassess-records/reassess-records.controller';
import { RecordReassessment } from './usage/reassess-records/record-reassessment';
import { UsageCheckpoints } from './sites/usage-checkpoints';
import { GetUsageCheckpointController } from './sites/usage-checkpoint/get-usage-checkpoint.controller';
import { SlurmAccountMappings } from './usage/account-mappings/slurm-account-mappings';
import { MapSlurmAccountController } from './usage/account-mappings/map-slurm-account.controller';

export interface AccountingModuleOptions {
  db: Database;
  bus: MessageBus;
  /** The database schema of accounting's events, ledger, read models, inbox and deadlines. */
  schema?: string;
  clock?: Clock;
}

/** Accounting: job records in, balances, alerts, overuse and underuse out (DOMAIN.md step 8). */
@Module({})
export class AccountingModule {
  static register(options: AccountingModuleOptions): DynamicModule {
    const schema = options.schema ?? 'accounting';
    const providers: Provider[] = [
      { provide: ACCOUNTING_DB, useValue: options.db },
      { provide: ACCOUNTING_BUS, useValue: options.bus },
      { provide: ACCOUNTING_OPTIONS, useFactory: () => ({ schema, seedFile: defaultSeedFile() }) },
      { provide: ACCOUNTING_CLOCK, useValue: options.clock ?? systemClock },
      {
        // Migrations run before anything touches the schema: every other provider depends on this one.
        provide: ACCOUNTING_STORE,
        useFactory: async () => {
          const store = await PostgresEventStore.open(options.db, { schema });
          await runMigrations(options.db, schema, [...messagingMigrations(schema), ...accountingMigrations()]);
          return store;
        },
      },
      { provide: ACCOUNTING_DEADLINES, useFactory: () => new ScheduledCommands(options.db, schema), inject: [ACCOUNTING_STORE] },
      { provide: IDEMPOTENCY_STORE, useFactory: () => ({ db: options.db, schema }), inject: [ACCOUNTING_STORE] },
      {
        provide: 'ACCOUNTING_HEALTH',
        useFactory: (health: HealthRegistry) => health.register('accounting-database', async () => { await options.db.query('SELECT 1'); }),
        inject: [HealthRegistry],
      },
      AccountingMetrics,
      {
        provide: 'ACCOUNTING_LAG_METRIC',
        useFactory: (metrics: MetricsRegistry, own: AccountingMetrics, store: PostgresEventStore) => own.watchSubscriberLag(metrics, store),
        inject: [MetricsRegistry, AccountingMetrics, ACCOUNTING_STORE],
      },
      AccountingConfigurationService,
      AllocationAccounts,
      HostingSites,
      ChargeBatches,
      UsageLedger,
      RecordReassessment,
      UsageCheckpoints,
      SlurmAccountMappings,
      AccountingRuntime,
    ];
    return {
      module: AccountingModule,
      controllers: [
        RecordUsageController,
        ImportSacctController,
        ListImportsController,
        UnassignedRecordsController,
        ReassessRecordsController,
        MapSlurmAccountController,
        GetUsageCheckpointController,
        ListAllocationsController,
        GetAllocationController,
        AllocationHistoryController,
        ListJobRecordsController,
        GetConfigurationController,
        ChangeConfigurationController,
      ],
      providers,
      exports: [AccountingRuntime],
    };
  }
}
