import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import { PostgresEventStore } from '@hpc-access/eventstore-postgres';
import { runMigrations, type Database } from '@hpc-access/sql';
import { HealthRegistry, IDEMPOTENCY_STORE, MetricsRegistry } from '@hpc-access/http';
import { messagingMigrations, type MessageBus } from '@hpc-access/messaging';
import { ScheduledCommands } from '@hpc-access/scheduler';
import { AssignReviewerController } from './cases/assign-reviewer/assign-reviewer.controller';
import { CaseCommands } from './cases/case-commands';
import { CaseHistoryController } from './cases/case-history/case-history.controller';
import { DecideCaseController } from './cases/decide-case/decide-case.controller';
import { DeclareConflictController } from './cases/declare-conflict/declare-conflict.controller';
import { GetCaseController } from './cases/get-case/get-case.controller';
import { ListCasesController } from './cases/list-cases/list-cases.controller';
import { SubmitReviewController } from './cases/submit-review/submit-review.controller';
import { ConfigurationCommands } from './configuration/configuration-commands';
import { ConfigurationController } from './configuration/configuration-routes/configuration.controller';
import { registerEthicsReviewMetrics } from './ethics-review-metrics';
import { ethicsReviewMigrations } from './ethics-review-migrations';
import { EthicsReviewRuntime } from './ethics-review-runtime';
import { CLOCK, ETHICS_BUS, ETHICS_DB, ETHICS_DEADLINES, ETHICS_OPTIONS, ETHICS_STORE, systemClock, type Clock } from './ethics-review.tokens';
import { ListReviewersController } from './reviewers/list-reviewers/list-reviewers.controller';
import { RegisterReviewerController } from './reviewers/register-reviewer/register-reviewer.controller';
import { ReviewerRegistry } from './reviewers/reviewer-registry';

export interface EthicsReviewModuleOptions {
  db: Database;
  bus: MessageBus;
  /** The database schema of ethics review's events, read models, inbox and deadlines. */
  schema?: string;
  clock?: Clock;
}

/** Ethics review (DOMAIN.md lifecycle step 5): cases, reviewers, declarations, reviews, the chair's decision. */
@Module({})
export class EthicsReviewModule {
  static register(options: EthicsReviewModuleOptions): DynamicModule {
    const schema = options.schema ?? 'ethics';
    const providers: Provider[] = [
      { provide: ETHICS_DB, useValue: options.db },
      { provide: ETHICS_BUS, useValue: options.bus },
      { provide: ETHICS_OPTIONS, useValue: { schema } },
      { provide: CLOCK, useValue: options.clock ?? systemClock },
      {
        // Migrations run before anything touches the schema: every other provider depends on this one.
        provide: ETHICS_STORE,
        useFactory: async () => {
          const store = await PostgresEventStore.open(options.db, { schema });
          await runMigrations(options.db, schema, [...messagingMigrations(schema), ...ethicsReviewMigrations()]);
          return store;
        },
      },
      { provide: ETHICS_DEADLINES, useFactory: () => new ScheduledCommands(options.db, schema), inject: [ETHICS_STORE] },
      { provide: IDEMPOTENCY_STORE, useFactory: () => ({ db: options.db, schema }), inject: [ETHICS_STORE] },
      {
        provide: 'ETHICS_REVIEW_HEALTH',
        useFactory: (health: HealthRegistry) => health.register('ethics-review-database', async () => { await options.db.query('SELECT 1'); }),
        inject: [HealthRegistry],
      },
      {
        provide: 'ETHICS_REVIEW_METRICS',
        useFactory: (metrics: MetricsRegistry, store: PostgresEventStore) => registerEthicsReviewMetrics(metrics, options.db, store, schema),
        inject: [MetricsRegistry, ETHICS_STORE],
      },
      ConfigurationCommands,
      ReviewerRegistry,
      CaseCommands,
      EthicsReviewRuntime,
    ];
    return {
      module: EthicsReviewModule,
      controllers: [
        ConfigurationController,
        RegisterReviewerController,
        ListReviewersController,
        ListCasesController,
        GetCaseController,
        CaseHistoryController,
        AssignReviewerController,
        DeclareConflictController,
        SubmitReviewController,
        DecideCaseController,
      ],
      providers,
      exports: [EthicsReviewRuntime],
    };
  }
}
