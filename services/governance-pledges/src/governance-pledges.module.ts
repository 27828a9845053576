import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import { PostgresEventStore } from '@hpc-access/eventstore-postgres';
import { runMigrations, type Database } from '@hpc-access/sql';
import { HealthRegistry, IDEMPOTENCY_STORE, MetricsRegistry } from '@hpc-access/http';
import type { MessageBus } from '@hpc-access/messaging';
import { ScheduledCommands } from '@hpc-access/scheduler';
import { BreachReportHistoryController } from './breach-reports/breach-report-history/breach-report-history.controller';
import { BreachReportsService } from './breach-reports/breach-reports.service';
import { DecideBreachReportController } from './breach-reports/decide-breach-report/decide-breach-report.controller';
import { FileBreachReportController } from './breach-reports/file-breach-report/file-breach-report.controller';
import { GetBreachReportController } from './breach-reports/get-breach-report/get-breach-report.controller';
import { ListBreachReportsController } from './breach-reports/list-breach-reports/list-breach-reports.controller';
import { ChangeConfigurationController } from './configuration/change-configuration/change-configuration.controller';
import { GetConfigurationController } from './configuration/get-configuration/get-configuration.controller';
import { GovernanceConfigurationService } from './configuration/governance-configuration.service';
import { registerGovernanceMetrics } from './governance-metrics';
import { governanceMigrations } from './governance-pledges-migrations';
import { GovernancePledgesRuntime } from './governance-pledges-runtime';
import {
  GOVERNANCE_BUS, GOVERNANCE_CLOCK, GOVERNANCE_DB, GOVERNANCE_DEADLINES, GOVERNANCE_OPTIONS, GOVERNANCE_STORE, systemClock, type Clock,
} from './governance-pledges.tokens';
import { GovernanceStreams } from './governance-streams';
import { GetOrganisationController } from './organisations/get-organisation/get-organisation.controller';
import { ListObligationsController } from './organisations/list-obligations/list-obligations.controller';
import { ListOrganisationsController } from './organisations/list-organisations/list-organisations.controller';
import { ObligationsController } from './organisations/obligations/obligations.controller';
import { OrganisationHistoryController } from './organisations/organisation-history/organisation-history.controller';
import { OrganisationPledgesService } from './organisations/organisation-pledges.service';
import { SignPledgeController } from './organisations/sign-pledge/sign-pledge.controller';
import { SubmitAttestationController } from './organisations/submit-attestation/submit-attestation.controller';
import { SuspensionController } from './organisations/suspension/suspension.controller';
import { WithdrawPledgeController } from './organisations/withdraw-pledge/withdraw-pledge.controller';
import { GetPledgeVersionController } from './pledge-versions/get-pledge-version/get-pledge-version.controller';
import { ListPledgeVersionsController } from './pledge-versions/list-pledge-versions/list-pledge-versions.controller';
import { PledgeCatalogService } from './pledge-versions/pledge-catalog.service';
import { PublishPledgeVersionController } from './pledge-versions/publish-pledge-version/publish-pledge-version.controller';

export interface GovernancePledgesModuleOptions {
  db: Database;
  bus: MessageBus;
  /** The database schema of governance's events, read models, inbox, deadlines and checkpoints. */
  schema?: string;
  clock?: Clock;
}

/** Governance: versioned pledge texts, signatures, attestations, obligations, breaches, suspension requests. */
@Module({})
export class GovernancePledgesModule {
  static register(options: GovernancePledgesModuleOptions): DynamicModule {
    const schema = options.schema ?? 'governance';
    const providers: Provider[] = [
      { provide: GOVERNANCE_DB, useValue: options.db },
      { provide: GOVERNANCE_BUS, useValue: options.bus },
      { provide: GOVERNANCE_OPTIONS, useValue: { schema } },
      { provide: GOVERNANCE_CLOCK, useValue: options.clock ?? systemClock },
      {
        // Migrations run before anything touches the schema: every other provider depends on this one.
        provide: GOVERNANCE_STORE,
        useFactory: async () => {
          const store = await PostgresEventStore.open(options.db, { schema });
          await runMigrations(options.db, schema, governanceMigrations(schema));
          return store;
        },
      },
      { provide: GOVERNANCE_DEADLINES, useFactory: () => new ScheduledCommands(options.db, schema), inject: [GOVERNANCE_STORE] },
      { provide: IDEMPOTENCY_STORE, useFactory: () => ({ db: options.db, schema }), inject: [GOVERNANCE_STORE] },
      {
        provide: 'GOVERNANCE_HEALTH',
        useFactory: (health: HealthRegistry) => health.register('governance-database', async () => { await options.db.query('SELECT 1'); }),
        inject: [HealthRegistry],
      },
      {
        provide: 'GOVERNANCE_METRICS',
        useFactory: (metrics: MetricsRegistry) => registerGovernanceMetrics(metrics, options.db, schema),
        inject: [MetricsRegistry, GOVERNANCE_STORE],
      },
      GovernanceStreams,
      GovernanceConfigurationService,
      PledgeCatalogService,
      OrganisationPledgesService,
      BreachReportsService,
      GovernancePledgesRuntime,
    ];
    return {
      module: GovernancePledgesModule,
      controllers: [
        GetConfigurationController,
        ChangeConfigurationController,
        ListPledgeVersionsController,
        GetPledgeVersionController,
        PublishPledgeVersionController,
        ListOrganisationsController,
        GetOrganisationController,
        OrganisationHistoryController,
        SignPledgeController,
        WithdrawPledgeController,
        SubmitAttestationController,
        ObligationsController,
        ListObligationsController,
        SuspensionController,
        ListBreachReportsController,
        GetBreachReportController,
        BreachReportHistoryController,
        FileBreachReportController,
        DecideBreachReportController,
      ],
      providers,
      exports: [GovernancePledgesRuntime],
    };
  }
}
