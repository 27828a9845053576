import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { AccountingEvents, topicFor } from '@hpc-access/contracts';
import { newCorrelationId, type TransactionalEventStore } from '@hpc-access/eventsourcing';
import { PostgresProjectionRunner } from '@hpc-access/eventstore-postgres';
import { type Database, type Sql } from '@hpc-access/sql';
import { structuredLogger } from '@hpc-access/http';
import { Inbox, Relay, subscribeToIntegrationEvents, type BusSubscription, type IntegrationEventHandlers, type MessageBus } from '@hpc-access/messaging';
import { SCHEDULER, type ScheduledCommands, type Scheduler } from '@hpc-access/scheduler';
import { breachReportsProjection } from './breach-reports/list-breach-reports/breach-reports.projection';
import { GovernanceConfigurationService } from './configuration/governance-configuration.service';
import { loadGovernanceSeed } from './configuration/governance-seed';
import { GovernanceStreams } from './governance-streams';
import { GOVERNANCE_BUS, GOVERNANCE_CLOCK, GOVERNANCE_DB, GOVERNANCE_DEADLINES, GOVERNANCE_OPTIONS, GOVERNANCE_STORE, type Clock, type GovernanceOptionsShape } from './governance-pledges.tokens';
import { toIntegrationEvent } from './integration/published-events';
import { recordUsageTotals } from './integration/usage-totals';
import { attestationDeadlines } from './organisations/attestation-deadlines/attestation-deadlines.deadline';
import { onResignBy } from './organisations/lapse-signatures/on-resign-by.deadline';
import { organisationPledgesProjection } from './organisations/list-organisations/organisation-pledges.projection';
import { obligationDeadlines } from './organisations/obligation-deadlines/obligation-deadlines.deadline';
import { onEthicsDecided } from './organisations/record-obligations/on-ethics-decided.reaction';
import { onOrganisationRegistered } from './organisations/record-organisation/on-organisation-registered.reaction';
import { PledgeCatalogService } from './pledge-versions/pledge-catalog.service';

const SEED_ACTOR = { id: 'governance-seed', role: 'system' };

/**
 * What runs in the background of governance: the seed at first start, its read models, the relay
 * publishing its integration events, its consumers of intake, ethics-review and accounting, and
 * its deadlines (each reaction and deadline in the use-case slice whose command it runs). Started
 * after the HTTP routes exist, stopped before the database closes.
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
    const { commands } = this.streams;
    const inbox = new Inbox(schema);
    const subscribe = (topic: string, group: string, handlers: IntegrationEventHandlers) =>
      subscribeToIntegrationEvents({ bus: this.bus, db: this.db, inbox, topic, group, handlers, committed: commands.committed });
    this.subscriptions = [
      await subscribe(topicFor('intake'), 'governance.organisations', onOrganisationRegistered(commands)),
      await subscribe(topicFor('ethics-review'), 'governance.obligations', onEthicsDecided(commands)),
      await subscribe(topicFor('accounting'), 'governance.usage-totals', {
        [AccountingEvents.AllocationUsageTotals.type]: (event, tx) => recordUsageTotals(tx, schema, event.data, event.time),
      }),
    ];
    const gracePeriodDaysIn = async (tx: Sql) => (await this.configurations.current(tx)).configuration.gracePeriodDays;
    this.scheduler.register('governance-pledges', this.deadlines, {
      ...attestationDeadlines(commands, gracePeriodDaysIn),
      ...obligationDeadlines(commands, gracePeriodDaysIn),
      ...onResignBy(commands, schema),
    }, commands.committed);
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
}
