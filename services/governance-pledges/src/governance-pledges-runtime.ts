import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { EthicsEvents, IntakeEvents, AccountingEvents, topicFor, type KnownIntegrationEvent } from '@hpc-access/contracts';
import { newCorrelationId, type TransactionalEventStore } from '@hpc-access/eventsourcing';
import { PostgresProjectionRunner } from '@hpc-access/eventstore-postgres';
import { type Database, type Sql } from '@hpc-access/sql';
import { structuredLogger } from '@hpc-access/http';
import { Inbox, Relay, subscribeToIntegrationEvents, type BusSubscription, type MessageBus } from '@hpc-access/messaging';
import { SCHEDULER, type ScheduledCommands, type Scheduler } from '@hpc-access/scheduler';
import { breachReportsProjection } from './breach-reports/list-breach-reports/breach-reports.projection';
import { GovernanceConfigurationService } from './configuration/governance-configuration.service';
import { loadGovernanceSeed } from './configuration/governance-seed';
import { deadlineHandlers } from './deadlines/deadline-handlers';
import { GovernanceStreams } from './governance-streams';
import { GOVERNANCE_BUS, GOVERNANCE_CLOCK, GOVERNANCE_DB, GOVERNANCE_DEADLINES, GOVERNANCE_OPTIONS, GOVERNANCE_STORE, type Clock, type GovernanceOptionsShape } from './governance-pledges.tokens';
import { toIntegrationEvent } from './integration/published-events';
import { recordUsageTotals } from './integration/usage-totals';
import { organisationPledgeStreamId } from './organisations/domain/organisation-pledge';
import type { OrganisationPledgeCommand } from './organisations/domain/organisation-pledge.commands';
import { organisationPledgeDecider } from './organisations/domain/organisation-pledge.decide';
import { organisationPledgesProjection } from './organisations/list-organisations/organisation-pledges.projection';
import { PledgeCatalogService } from './pledge-versions/pledge-catalog.service';

const SEED_ACTOR = { id: 'governance-seed', role: 'system' };

/**
 * What runs in the background of governance: the seed at first start, its read models, the relay
 * publishing its integration events, its consumers of intake, ethics-review and accounting, and
 * its deadlines. Started after the HTTP routes exist, stopped before the database closes.
 */
@Injectable()
export class GovernancePledgesRuntime implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = structuredLogger('governance-pledges');
  private projections: PostgresProjectionRunner | null = null;
  private relay: Relay | null = null;
  private subscriptions: BusSubscription[] = [];

  constructor(
    @Inject(GOVERNANCE_DB) private readonly db: Database,
    @Inject(GOVERNANCE_STORE) private readonly store: TransactionalEventStore<Sql>,
    @Inject(GOVERNANCE_BUS) private readonly bus: MessageBus,
    @Inject(GOVERNANCE_OPTIONS) private readonly options: GovernanceOptionsShape,
    @Inject(GOVERNANCE_DEADLINES) private readonly deadlines: ScheduledCommands,
    @Inject(GOVERNANCE_CLOCK) private readonly clock: Clock,
    @Inject(SCHEDULER) private readonly scheduler: Scheduler,
    private readonly streams: GovernanceStreams,
    private readonly configurations: GovernanceConfigurationService,
    private readonly catalog: PledgeCatalogService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { schema } = this.options;
    await this.seed();
    const log = this.log;
    this.projections = new PostgresProjectionRunner({
      db: this.db,
      store: this.store,
      schema,
      projections: [organisationPledgesProjection(schema), breachReportsProjection(schema)],
      onError: (projection, error) => log.error('projection failed; retrying from its checkpoint', { projection, error: String(error) }),
    });
    await this.projections.start();
    this.relay = new Relay({ name: 'governance.v1', store: this.store, db: this.db, schema, bus: this.bus, topic: topicFor('governance'), map: toIntegrationEvent, logger: log });
    await this.relay.start();
    const inbox = new Inbox(schema);
    const subscribe = (topic: string, group: string, handlers: Parameters<typeof subscribeToIntegrationEvents>[0]['handlers']) =>
      subscribeToIntegrationEvents({ bus: this.bus, db: this.db, inbox, topic, group, handlers });
    this.subscriptions = [
      await subscribe(topicFor('intake'), 'governance.organisations', {
        [IntakeEvents.OrganisationRegistered.type]: (event, tx) => {
          const { organisationId, legalName, country, sme } = event.data;
          return this.recordInTransaction(tx, event, { type: 'RecordOrganisation', data: { organisationId, legalName, country, sme }, context: this.contextOf(event) });
        },
      }),
      await subscribe(topicFor('ethics-review'), 'governance.obligations', {
        [EthicsEvents.EthicsDecided.type]: async (event, tx) => {
          const { organisationId, applicationId, outcome, conditions } = event.data;
          if (outcome !== 'cleared-with-conditions' || conditions.length === 0) return;
          await this.recordInTransaction(tx, event, {
            type: 'RecordObligations',
            data: { organisationId, applicationId, conditions: conditions.map((c) => ({ conditionId: c.conditionId, text: c.text, dueDate: c.dueDate })) },
            context: this.contextOf(event),
          });
        },
      }),
      await subscribe(topicFor('accounting'), 'governance.usage-totals', {
        [AccountingEvents.AllocationUsageTotals.type]: (event, tx) => recordUsageTotals(tx, schema, event.data, event.time),
      }),
    ];
    this.scheduler.register('governance-pledges', this.deadlines, deadlineHandlers({ streams: this.streams, configurations: this.configurations, schema }), () => this.streams.committed());
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

  /** The configuration and pledge version 1 from the seed file, once: later starts find them there. */
  private async seed(): Promise<void> {
    const seed = loadGovernanceSeed();
    const context = { now: this.clock.now(), actor: SEED_ACTOR };
    await this.configurations.seed(seed.configuration, context, { correlationId: newCorrelationId() });
    await this.catalog.seed(seed.pledgeText, context, { correlationId: newCorrelationId() });
  }

  private contextOf(event: KnownIntegrationEvent) {
    return { now: new Date(event.time), actor: { id: event.source, role: 'system' } };
  }

  /** A command caused by an integration event: its append (and its deadlines) commit with the inbox row. */
  private async recordInTransaction(tx: Sql, event: KnownIntegrationEvent, command: OrganisationPledgeCommand): Promise<void> {
    await this.streams.executeIn(tx, organisationPledgeDecider, organisationPledgeStreamId(command.data.organisationId), command, {
      correlationId: event.correlationId,
      causationId: event.id,
    });
  }
}
