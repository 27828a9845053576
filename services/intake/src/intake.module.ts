import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import { EncryptingEventStore, PersonalDataCipher, type PersonalDataKeysIn } from '@hpc-access/eventsourcing';
import { PostgresEventStore, PostgresPersonalDataKeys } from '@hpc-access/eventstore-postgres';
import { runMigrations, type Database, type Sql } from '@hpc-access/sql';
import { HealthRegistry, IDEMPOTENCY_STORE, MetricsRegistry } from '@hpc-access/http';
import { messagingMigrations, type MessageBus } from '@hpc-access/messaging';
import { AmendApplicationController } from './applications/amend-application/amend-application.controller';
import { ApplicationCommands } from './applications/application-commands';
import { ApplicationHistoryController } from './applications/application-history/application-history.controller';
import { DraftApplicationController } from './applications/draft-application/draft-application.controller';
import { DossierReaders } from './applications/dossier-readers/dossier-readers';
import { GetApplicationController } from './applications/get-application/get-application.controller';
import { ListApplicationsController } from './applications/list-applications/list-applications.controller';
import { ProvideInformationController } from './applications/provide-information/provide-information.controller';
import { ScreenApplicationController } from './applications/screen-application/screen-application.controller';
import { SubmitApplicationController } from './applications/submit-application/submit-application.controller';
import { WithdrawApplicationController } from './applications/withdraw-application/withdraw-application.controller';
import { registerIntakeMetrics } from './intake-metrics';
import { intakeMigrations } from './intake-migrations';
import { INTAKE_PERSONAL_DATA } from './intake-personal-data';
import { IntakeRuntime } from './intake-runtime';
import { CLOCK, INTAKE_BUS, INTAKE_DB, INTAKE_KEYS, INTAKE_KEYS_IN, INTAKE_OPTIONS, INTAKE_RAW_STORE, INTAKE_STORE, systemClock, type Clock } from './intake.tokens';
import { ErasePersonController } from './organisations/erase-person/erase-person.controller';
import { GetOrganisationController } from './organisations/get-organisation/get-organisation.controller';
import { OrganisationHistoryController } from './organisations/organisation-history/organisation-history.controller';
import { OrganisationCommands } from './organisations/organisation-commands';
import { RegisterOrganisationController } from './organisations/register-organisation/register-organisation.controller';
import { loadProgrammeRules } from './programme/programme-config';
import { PROGRAMME_SEED, ProgrammeConfiguration } from './programme/programme-configuration';
import { ProgrammeConfigurationController } from './programme/configuration/programme-configuration.controller';
import type { ProgrammeRules } from './programme/programme-rules';

export interface IntakeModuleOptions {
  db: Database;
  bus: MessageBus;
  /** The database schema of intake's events, read models, inbox and checkpoints. */
  schema?: string;
  /** The seed of the programme configuration (default: infra/seed/programme.json). */
  rules?: ProgrammeRules;
  clock?: Clock;
}

/** Intake: organisations and applications, from draft to the eligibility decision. */
@Module({})
export class IntakeModule {
  static register(options: IntakeModuleOptions): DynamicModule {
    const schema = options.schema ?? 'intake';
    const providers: Provider[] = [
      { provide: INTAKE_DB, useValue: options.db },
      { provide: INTAKE_BUS, useValue: options.bus },
      { provide: INTAKE_OPTIONS, useValue: { schema } },
      { provide: CLOCK, useValue: options.clock ?? systemClock },
      // The seed of the configuration stream; the rules in force are read from the stream.
      { provide: PROGRAMME_SEED, useFactory: () => options.rules ?? loadProgrammeRules() },
      ProgrammeConfiguration,
      {
        // Migrations run before anything touches the schema: every other provider depends on this one.
        provide: INTAKE_RAW_STORE,
        useFactory: async () => {
          const store = await PostgresEventStore.open(options.db, { schema });
          await runMigrations(options.db, schema, [...messagingMigrations(schema), ...intakeMigrations()]);
          return store;
        },
      },
      { provide: INTAKE_KEYS_IN, useValue: ((sql: Sql) => new PostgresPersonalDataKeys(sql, { schema })) satisfies PersonalDataKeysIn<Sql> },
      { provide: INTAKE_KEYS, useFactory: () => new PostgresPersonalDataKeys(options.db, { schema }), inject: [INTAKE_RAW_STORE] },
      {
        provide: INTAKE_STORE,
        useFactory: (raw: PostgresEventStore, keys: PostgresPersonalDataKeys) => new EncryptingEventStore(raw, new PersonalDataCipher(keys, INTAKE_PERSONAL_DATA)),
        inject: [INTAKE_RAW_STORE, INTAKE_KEYS],
      },
      // The keys seal the personal data of stored answers (registrations), as in the events.
      { provide: IDEMPOTENCY_STORE, useFactory: (_raw: PostgresEventStore, keys: PostgresPersonalDataKeys) => ({ db: options.db, schema, keys }), inject: [INTAKE_RAW_STORE, INTAKE_KEYS] },
      {
        provide: 'INTAKE_HEALTH',
        useFactory: (health: HealthRegistry) => health.register('intake-database', async () => { await options.db.query('SELECT 1'); }),
        inject: [HealthRegistry],
      },
      {
        provide: 'INTAKE_METRICS',
        useFactory: (metrics: MetricsRegistry, raw: PostgresEventStore) => registerIntakeMetrics(metrics, raw, schema),
        inject: [MetricsRegistry, INTAKE_RAW_STORE],
      },
      OrganisationCommands,
      ApplicationCommands,
      DossierReaders,
      IntakeRuntime,
    ];
    return {
      module: IntakeModule,
      controllers: [
        RegisterOrganisationController,
        GetOrganisationController,
        OrganisationHistoryController,
        ErasePersonController,
        DraftApplicationController,
        AmendApplicationController,
        SubmitApplicationController,
        WithdrawApplicationController,
        ScreenApplicationController,
        ProvideInformationController,
        GetApplicationController,
        ListApplicationsController,
        ApplicationHistoryController,
        ProgrammeConfigurationController,
      ],
      providers,
      exports: [IntakeRuntime],
    };
  }
}
