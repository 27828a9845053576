import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { AllocationEvents, EthicsEvents, GovernanceEvents, topicFor, type IntegrationEvent } from '@hpc-access/contracts';
import { EncryptingEventStore, PersonalDataCipher, handleCommand, type Decider, type DomainEvent, type PersonalDataKeysIn, type TransactionalEventStore } from '@hpc-access/eventsourcing';
import { PostgresProjectionRunner } from '@hpc-access/eventstore-postgres';
import { type Database, type Sql } from '@hpc-access/sql';
import { structuredLogger } from '@hpc-access/http';
import { Inbox, Relay, subscribeToIntegrationEvents, type BusSubscription, type MessageBus } from '@hpc-access/messaging';
import { followReviewerClearances } from './applications/dossier-readers/follow-reviewer-clearances';
import { applicationSummariesProjection } from './applications/list-applications/application-summaries.projection';
import { INTAKE_PERSONAL_DATA } from './intake-personal-data';
import { INTAKE_BUS, INTAKE_DB, INTAKE_KEYS_IN, INTAKE_OPTIONS, INTAKE_RAW_STORE, INTAKE_STORE, type IntakeOptionsShape } from './intake.tokens';
import { toIntegrationEvent } from './integration/published-events';
import { organisationDecider, type OrganisationCommand } from './organisations/domain/organisation.decide';
import { applicationDecider, type ApplicationCommand } from './applications/domain/application.decide';
import { applicationStreamId } from './applications/domain/application';
import { organisationStreamId } from './organisations/domain/organisation';
import { organisationSummariesProjection } from './organisations/organisation-summaries.projection';
import { ProgrammeConfiguration } from './programme/programme-configuration';
import type { EventStore } from '@hpc-access/eventsourcing';

/**
 * What runs in the background of intake: its read models, the relay publishing its integration
 * events, and its consumer of governance's pledge events. Started after the HTTP routes exist,
 * stopped before the database closes.
 */
@Injectable()
export class IntakeRuntime implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = structuredLogger('intake');
  private projections: PostgresProjectionRunner | null = null;
  private relay: Relay | null = null;
  private pledges: BusSubscription | null = null;
  private reviewOutcomes: BusSubscription[] = [];

  constructor(
    @Inject(INTAKE_DB) private readonly db: Database,
    @Inject(INTAKE_STORE) private readonly store: EventStore,
    @Inject(INTAKE_RAW_STORE) private readonly rawStore: TransactionalEventStore<Sql>,
    @Inject(INTAKE_BUS) private readonly bus: MessageBus,
    @Inject(INTAKE_OPTIONS) private readonly options: IntakeOptionsShape,
    @Inject(INTAKE_KEYS_IN) private readonly keysIn: PersonalDataKeysIn<Sql>,
    private readonly programme: ProgrammeConfiguration,
  ) {
    // Recording other contexts' outcomes never consults the rules; the seed is as good as any.
    this.applications = applicationDecider(programme.latest());
  }

  private readonly applications: ReturnType<typeof applicationDecider>;

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
      map: toIntegrationEvent(() => this.programme.latest()),
      logger: log,
    });
    await this.relay.start();
    this.pledges = await subscribeToIntegrationEvents({
      bus: this.bus,
      db: this.db,
      inbox: new Inbox(schema),
      topic: topicFor('governance'),
      group: 'intake.pledges',
      handlers: {
        [GovernanceEvents.PledgeSigned.type]: (event, tx) =>
          this.recordInTransaction(tx, organisationDecider, organisationStreamId(event.data.organisationId), {
            type: 'RecordPledgeSignature',
            data: { organisationId: event.data.organisationId, pledgeVersion: String(event.data.pledgeVersion), signedBy: event.data.signedBy, signedAt: event.data.signedAt },
            context: { now: new Date(event.time), actor: { id: event.source, role: 'system' } },
          }, event.id, event.correlationId),
        [GovernanceEvents.PledgeWithdrawn.type]: (event, tx) =>
          this.recordInTransaction(tx, organisationDecider, organisationStreamId(event.data.organisationId), {
            type: 'RecordPledgeWithdrawal',
            data: { organisationId: event.data.organisationId, withdrawnAt: event.data.withdrawnAt, reason: event.data.reason },
            context: { now: new Date(event.time), actor: { id: event.source, role: 'system' } },
          }, event.id, event.correlationId),
      },
    });
    await this.followReviewAndAllocation(schema);
    this.reviewOutcomes.push(await followReviewerClearances({ bus: this.bus, db: this.db, schema }));
  }

  /**
   * What ethics review and allocation decide is recorded on the application (and a bar on the
   * organisation), so the applicant follows everything in intake and withdrawal stops at award.
   */
  private async followReviewAndAllocation(schema: string): Promise<void> {
    const system = (event: IntegrationEvent) => ({ now: new Date(event.time), actor: { id: event.source, role: 'system' } });
    const onApplication = (tx: Sql, event: IntegrationEvent, applicationId: string, command: Omit<ApplicationCommand, 'context'>) =>
      this.recordInTransaction(tx, this.applications, applicationStreamId(applicationId), { ...command, context: system(event) } as ApplicationCommand, event.id, event.correlationId);
    const onOrganisation = (tx: Sql, event: IntegrationEvent, organisationId: string, command: Omit<OrganisationCommand, 'context'>) =>
      this.recordInTransaction(tx, organisationDecider, organisationStreamId(organisationId), { ...command, context: system(event) } as OrganisationCommand, event.id, event.correlationId);
    this.reviewOutcomes.push(
      await subscribeToIntegrationEvents({
        bus: this.bus,
        db: this.db,
        inbox: new Inbox(schema),
        topic: topicFor('ethics-review'),
        group: 'intake.ethics-outcomes',
        handlers: {
          [EthicsEvents.EthicsInformationRequested.type]: (event, tx) =>
            onApplication(tx, event, event.data.applicationId, { type: 'RecordEthicsInformationRequest', data: { questions: event.data.questions } }),
          [EthicsEvents.EthicsDecided.type]: (event, tx) =>
            event.data.outcome === 'refused'
              ? onApplication(tx, event, event.data.applicationId, { type: 'RecordRefusal', data: { by: 'ethics-review', reasons: event.data.reasons } })
              : Promise.resolve(),
        },
      }),
      await subscribeToIntegrationEvents({
        bus: this.bus,
        db: this.db,
        inbox: new Inbox(schema),
        topic: topicFor('allocation'),
        group: 'intake.allocation-outcomes',
        handlers: {
          [AllocationEvents.AllocationAwarded.type]: (event, tx) =>
            onApplication(tx, event, event.data.applicationId, { type: 'RecordAward', data: { allocationId: event.data.allocationId, projectId: event.data.projectId } }),
          [AllocationEvents.ApplicationNotFunded.type]: (event, tx) =>
            // On the reserve list the application may still be awarded: only a final no is recorded.
            event.data.reserve
              ? Promise.resolve()
              : onApplication(tx, event, event.data.applicationId, { type: 'RecordRefusal', data: { by: 'allocation', reasons: [event.data.reason] } }),
          [AllocationEvents.OrganisationBarred.type]: (event, tx) =>
            onOrganisation(tx, event, event.data.organisationId, { type: 'RecordBar', data: { organisationId: event.data.organisationId, reason: event.data.reason, barredAt: event.data.barredAt } }),
          [AllocationEvents.OrganisationBarLifted.type]: (event, tx) =>
            onOrganisation(tx, event, event.data.organisationId, { type: 'RecordBarLifted', data: { organisationId: event.data.organisationId, liftedAt: event.data.liftedAt } }),
        },
      }),
    );
  }

  /** Waits until the read models have applied everything committed so far (tests, demo seeding). */
  async settled(): Promise<void> {
    await this.projections?.caughtUp();
  }

  async onModuleDestroy(): Promise<void> {
    await this.pledges?.stop();
    for (const subscription of this.reviewOutcomes) await subscription.stop();
    await this.relay?.stop();
    await this.projections?.stop();
  }

  /** A command caused by an integration event: its append commits with the inbox row. */
  private async recordInTransaction<C extends OrganisationCommand | ApplicationCommand, S, E extends DomainEvent>(
    tx: Sql,
    decider: Decider<C, S, E>,
    streamId: string,
    command: C,
    causationId: string,
    correlationId: string,
  ): Promise<void> {
    const store = new EncryptingEventStore(this.rawStore.withTransaction(tx), new PersonalDataCipher(this.keysIn(tx), INTAKE_PERSONAL_DATA));
    await handleCommand(store, decider, streamId, command, {
      now: command.context.now,
      actor: { id: command.context.actor.id, role: command.context.actor.role },
      correlationId,
      causationId,
    }, { maxRetries: 0 });
  }
}
