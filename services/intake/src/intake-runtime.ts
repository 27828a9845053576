import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { topicFor } from '@hpc-access/contracts';
import { EncryptingEventStore, PersonalDataCipher, type EventStore, type PersonalDataKeysIn, type TransactionalEventStore } from '@hpc-access/eventsourcing';
import { PostgresProjectionRunner } from '@hpc-access/eventstore-postgres';
import { type Database, type Sql } from '@hpc-access/sql';
import { structuredLogger } from '@hpc-access/http';
import { combineHandlers, CommandsInTransaction, Inbox, Relay, subscribeToIntegrationEvents, type BusSubscription, type IntegrationEventHandlers, type MessageBus } from '@hpc-access/messaging';
import { applicationDecider } from './applications/domain/application.decide';
import { followReviewerClearances } from './applications/dossier-readers/follow-reviewer-clearances';
import { applicationSummariesProjection } from './applications/list-applications/application-summaries.projection';
import { onAllocationAwarded } from './applications/record-award/on-allocation-awarded.reaction';
import { onEthicsInformationRequested } from './applications/record-information-request/on-ethics-information-requested.reaction';
import { onApplicationNotFunded } from './applications/record-refusal/on-application-not-funded.reaction';
import { onEthicsDecided } from './applications/record-refusal/on-ethics-decided.reaction';
import { INTAKE_PERSONAL_DATA } from './intake-personal-data';
import { INTAKE_BUS, INTAKE_DB, INTAKE_KEYS_IN, INTAKE_OPTIONS, INTAKE_RAW_STORE, INTAKE_STORE, type IntakeOptionsShape } from './intake.tokens';
import { toIntegrationEvent } from './integration/published-events';
import { loadRulesInForceAt } from './integration/rules-in-force-at';
import { organisationSummariesProjection } from './organisations/organisation-summaries.projection';
import { onOrganisationBarLifted } from './organisations/record-bar/on-organisation-bar-lifted.reaction';
import { onOrganisationBarred } from './organisations/record-bar/on-organisation-barred.reaction';
import { onPledgeSigned } from './organisations/record-pledge/on-pledge-signed.reaction';
import { onPledgeWithdrawn } from './organisations/record-pledge/on-pledge-withdrawn.reaction';
import { onPledgeSignatureLapsed } from './organisations/record-pledge/on-pledge-signature-lapsed.reaction';
import { onAllocationsResumptionRequested } from './organisations/record-governance-standing/on-allocations-resumption-requested.reaction';
import { onAllocationsSuspensionRequested } from './organisations/record-governance-standing/on-allocations-suspension-requested.reaction';
import { onBreachRemedied } from './organisations/record-governance-standing/on-breach-remedied.reaction';
import { onPledgeBreached } from './organisations/record-governance-standing/on-pledge-breached.reaction';
import { ProgrammeConfiguration } from './programme/programme-configuration';

/**
 * What runs in the background of intake: its read models, the relay publishing its integration
 * events, and its consumers of governance's, ethics review's and allocation's events (each reaction
 * lives in the use-case slice whose command it runs). Started after the HTTP routes exist,
 * stopped before the database closes.
 */
@Injectable()
export class IntakeRuntime implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = structuredLogger('intake');
  private projections: PostgresProjectionRunner | null = null;
  private relay: Relay | null = null;
  private subscriptions: BusSubscription[] = [];

  constructor(
    @Inject(INTAKE_DB) private readonly db: Database,
    @Inject(INTAKE_STORE) private readonly store: EventStore,
    @Inject(INTAKE_RAW_STORE) private readonly rawStore: TransactionalEventStore<Sql>,
    @Inject(INTAKE_BUS) private readonly bus: MessageBus,
    @Inject(INTAKE_OPTIONS) private readonly options: IntakeOptionsShape,
    @Inject(INTAKE_KEYS_IN) private readonly keysIn: PersonalDataKeysIn<Sql>,
    private readonly programme: ProgrammeConfiguration,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { schema } = this.options;
    const log = this.log;
    await this.programme.seedIfMissing();
    await this.programme.current();
    this.projections = new PostgresProjectionRunner({
      db: this.db,
      store: this.store,
      schema,
      projections: [applicationSummariesProjection(schema), organisationSummariesProjection(schema)],
      onError: (projection, error) => log.error('projection failed; retrying from its checkpoint', { projection, error: String(error) }),
    });
    await this.projections.start();
    this.relay = new Relay({
      name: 'intake.v1',
      store: this.store,
      db: this.db,
      schema,
      bus: this.bus,
      topic: topicFor('intake'),
      map: toIntegrationEvent(await loadRulesInForceAt(this.store, this.programme.latest())),
      logger: log,
    });
    await this.relay.start();
    const commands = this.commands();
    // Recording other contexts' outcomes never consults the rules; the latest are as good as any.
    const applications = applicationDecider(this.programme.latest());
    const subscribe = (topic: string, group: string, handlers: IntegrationEventHandlers) =>
      subscribeToIntegrationEvents({ bus: this.bus, db: this.db, inbox: new Inbox(schema), topic, group, handlers, committed: commands.committed });
    // What ethics review and allocation decide is recorded on the application (and a bar on the
    // organisation), so the applicant follows everything in intake and withdrawal stops at award.
    this.subscriptions = [
      await subscribe(topicFor('governance'), 'intake.pledges', combineHandlers(
        onPledgeSigned(commands), onPledgeWithdrawn(commands), onPledgeSignatureLapsed(commands),
        onPledgeBreached(commands), onBreachRemedied(commands), onAllocationsSuspensionRequested(commands), onAllocationsResumptionRequested(commands),
      )),
      await subscribe(topicFor('ethics-review'), 'intake.ethics-outcomes', combineHandlers(onEthicsInformationRequested(commands, applications), onEthicsDecided(commands, applications))),
      await subscribe(topicFor('allocation'), 'intake.allocation-outcomes', combineHandlers(
        onAllocationAwarded(commands, applications),
        onApplicationNotFunded(commands, applications),
        onOrganisationBarred(commands),
        onOrganisationBarLifted(commands),
      )),
      await followReviewerClearances({ bus: this.bus, db: this.db, schema }),
    ];
  }

  /** Commands caused by other contexts' events commit with the inbox row; personal data is sealed on the way in. */
  private commands(): CommandsInTransaction<Sql> {
    return new CommandsInTransaction<Sql>({
      store: this.rawStore,
      wrap: (view, tx) => new EncryptingEventStore(view, new PersonalDataCipher(this.keysIn(tx), INTAKE_PERSONAL_DATA)),
    });
  }

  /** Waits until the read models have applied everything committed so far (tests, demo seeding). */
  async settled(): Promise<void> {
    await this.projections?.caughtUp();
  }

  async onModuleDestroy(): Promise<void> {
    for (const subscription of this.subscriptions) await subscription.stop();
    await this.relay?.stop();
    await this.projections?.stop();
  }
}
