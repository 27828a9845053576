import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { AccountingEvents, EthicsEvents, GovernanceEvents, IntakeEvents, topicFor, type IntegrationEvent } from '@hpc-access/contracts';
import { handleCommand, newCorrelationId, type CommandContext, type TransactionalEventStore } from '@hpc-access/eventsourcing';
import { PostgresProjectionRunner } from '@hpc-access/eventstore-postgres';
import { type Database, type Sql } from '@hpc-access/sql';
import { structuredLogger } from '@hpc-access/http';
import { Inbox, Relay, subscribeToIntegrationEvents, type BusSubscription, type IntegrationEventHandlers, type MessageBus } from '@hpc-access/messaging';
import { SCHEDULER, type PendingCommand, type ScheduledCommands, type Scheduler } from '@hpc-access/scheduler';
import { ApplicationCommands } from './applications/application-commands';
import { AllocationCommands } from './allocations/allocation-commands';
import { ALLOCATION_BUS, ALLOCATION_CLOCK, ALLOCATION_DB, ALLOCATION_DEADLINES, ALLOCATION_KEYS, ALLOCATION_OPTIONS, ALLOCATION_STORE, type AllocationOptionsShape } from './allocation.tokens';
import { CallCommands } from './calls/call-commands';
import { ConfigurationService } from './configuration/configuration.service';
import { CONFIGURATION_STREAM } from './configuration/domain/configuration';
import { configurationDecider } from './configuration/domain/configuration.decide';
import { AllocationFlow } from './flow/allocation-flow';
import { UnitOfWork, type Work } from './flow/unit-of-work';
import { toIntegrationEvent } from './integration/published-events';
import { allocationSummariesProjection } from './allocations/read-models/allocation-summaries.projection';
import { applicationSummariesProjection } from './applications/read-models/application-summaries.projection';
import { callsProjection } from './calls/read-models/calls.projection';
import { capacityProjection } from './capacity/read-models/capacity.projection';
import { siteOrderReactions } from './site-orders/site-order-reactions';
import { siteOrdersProjection } from './site-orders/site-orders.projection';
import type { Clock, PersonalDataKeysIn } from '@hpc-access/eventsourcing';

const SYSTEM_ACTOR = { id: 'allocation', role: 'system' };

/**
 * What runs in the background of allocation: the configuration seed, read models, the relay of
 * its integration events, its consumers of intake, ethics, accounting and governance events, and
 * its deadlines (hold expiry, cut-offs, closure, final report due).
 */
@Injectable()
export class AllocationRuntime implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = structuredLogger('allocation');
  private projections: PostgresProjectionRunner | null = null;
  private relay: Relay | null = null;
  private readonly subscriptions: BusSubscription[] = [];

  constructor(
    @Inject(ALLOCATION_DB) private readonly db: Database,
    @Inject(ALLOCATION_STORE) private readonly rawStore: TransactionalEventStore<Sql>,
    @Inject(ALLOCATION_BUS) private readonly bus: MessageBus,
    @Inject(ALLOCATION_OPTIONS) private readonly options: AllocationOptionsShape,
    @Inject(ALLOCATION_DEADLINES) private readonly deadlines: ScheduledCommands,
    @Inject(ALLOCATION_CLOCK) private readonly clock: Clock,
    @Inject(SCHEDULER) private readonly scheduler: Scheduler,
    @Inject(ALLOCATION_KEYS) private readonly keys: PersonalDataKeysIn<Sql>,
    private readonly units: UnitOfWork,
    private readonly flow: AllocationFlow,
    private readonly configs: ConfigurationService,
    private readonly applications: ApplicationCommands,
    private readonly allocations: AllocationCommands,
    private readonly calls: CallCommands,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { schema } = this.options;
    const log = this.log;
    await this.seedConfiguration();
    this.projections = new PostgresProjectionRunner({
      db: this.db,
      store: this.rawStore,
      schema,
      projections: [
        applicationSummariesProjection(schema), allocationSummariesProjection(schema), capacityProjection(schema), callsProjection(schema),
        // The orders for the sites: issued by reacting to allocation's events, then read (ADR 17).
        siteOrderReactions({ units: this.units, configs: this.configs, clock: this.clock, keys: this.keys }), siteOrdersProjection(schema),
      ],
      onError: (projection, error) => log.error('projection failed; retrying from its checkpoint', { projection, error: String(error) }),
    });
    await this.projections.start();
    this.relay = new Relay({ name: 'allocation.v1', store: this.rawStore, db: this.db, schema, bus: this.bus, topic: topicFor('allocation'), map: toIntegrationEvent, logger: log });
    await this.relay.start();
    await this.subscribe('intake', 'allocation.applications', {
      [IntakeEvents.ApplicationSubmitted.type]: (event, tx) =>
        this.inTransaction(tx, event, (w, context) => {
          const { applicationId, organisationId, mode } = event.data;
          return this.flow.applicationCommand(w, applicationId, { type: 'RecordSubmission', data: { applicationId, organisationId, mode, submittedAt: event.time }, context }).then(() => undefined);
        }),
      [IntakeEvents.ApplicationScreened.type]: (event, tx) => {
        const { applicationId, organisationId, outcome, dossier } = event.data;
        // Time to access stands still while the applicant is asked for information (DOMAIN.md step 3).
        if (outcome === 'information-requested') return this.timeToAccessClock(tx, event, applicationId, { type: 'StopClock', at: event.time, reason: 'screening: information requested' });
        if (outcome !== 'eligible') return Promise.resolve();
        if (!dossier) {
          // The contract promises a dossier with every eligible outcome; without one there is nothing to hold.
          log.error('eligible application without a dossier: ignored', { applicationId });
          return Promise.resolve();
        }
        return this.inTransaction(tx, event, (w, context) => this.flow.registerEligible(w, context, applicationId, organisationId, dossier));
      },
      [IntakeEvents.ApplicationInformationProvided.type]: (event, tx) =>
        this.timeToAccessClock(tx, event, event.data.applicationId, { type: 'RestartClock', at: event.data.providedAt }),
      [IntakeEvents.ApplicationWithdrawn.type]: (event, tx) =>
        this.inTransaction(tx, event, (w, context) => this.applications.withdrawn(w, context, event.data.applicationId, event.data.withdrawnAt)),
    });
    await this.subscribe('ethics-review', 'allocation.ethics', {
      [EthicsEvents.EthicsInformationRequested.type]: (event, tx) =>
        this.timeToAccessClock(tx, event, event.data.applicationId, { type: 'StopClock', at: event.data.requestedAt, reason: 'ethics review: information requested' }),
      [EthicsEvents.EthicsDecided.type]: (event, tx) =>
        this.inTransaction(tx, event, (w, context) => this.applications.ethicsDecided(w, context, event.data.applicationId, event.data.organisationId, event.data.outcome, event.data.decidedAt)),
    });
    await this.subscribe('accounting', 'allocation.overuse', {
      [AccountingEvents.OveruseDetected.type]: (event, tx) => {
        const { allocationId, action, chargedGpuHours, awardedGpuHours } = event.data;
        if (action !== 'suspend') return Promise.resolve();
        return this.inTransaction(tx, event, (w, context) => this.allocations.suspendQuietly(w, context, allocationId, `overuse: ${chargedGpuHours} of ${awardedGpuHours} GPU-hours charged`, 'accounting'));
      },
    });
    await this.subscribe('governance', 'allocation.suspensions', {
      [GovernanceEvents.AllocationsSuspensionRequested.type]: (event, tx) =>
        this.inTransaction(tx, event, (w, context) => this.allocations.forOrganisation(w, context, event.data.organisationId, { reason: event.data.reason, by: 'governance' }, 'SuspendAllocation')),
      [GovernanceEvents.AllocationsResumptionRequested.type]: (event, tx) =>
        this.inTransaction(tx, event, (w, context) => this.allocations.forOrganisation(w, context, event.data.organisationId, { by: 'governance' }, 'ResumeAllocation')),
    });
    this.scheduler.register('allocation', this.deadlines, {
      ExpireHold: (cmd, now, tx) => this.deadline(tx, cmd, now, (w, context) => this.flow.expireHold(w, context, String(cmd.payload.holdId), String(cmd.payload.system), String(cmd.payload.partition))),
      CloseAllocation: (cmd, now, tx) => this.deadline(tx, cmd, now, (w, context) => this.allocations.close(w, context, String(cmd.payload.allocationId))),
      CheckFinalReport: (cmd, now, tx) => this.deadline(tx, cmd, now, (w, context) => this.allocations.checkFinalReport(w, context, String(cmd.payload.allocationId))),
      RunCutOff: (cmd, now, tx) => this.deadline(tx, cmd, now, (w, context) => this.calls.runCutOff(w, String(cmd.payload.callId), Number(cmd.payload.index), context)),
    }, () => this.rawStore.notifyCommitted());
  }

  /** Waits until the read models have applied everything committed so far. */
  async settled(): Promise<void> {
    await this.projections?.caughtUp();
    await this.relayed();
  }

  /**
   * Until the relay has published everything committed so far. Effects of consumed events commit
   * in the inbox's transaction, which does not wake the relay: wake it here, poll with a deadline.
   */
  private async relayed(): Promise<void> {
    const deadline = Date.now() + 10_000;
    while (this.relay && Date.now() < deadline) {
      const from = this.relay.checkpoint;
      const pending = await this.rawStore.readAll({ ...(from ? { after: from } : {}), maxCount: 1 });
      if (pending.length === 0) return;
      this.rawStore.notifyCommitted();
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  async onModuleDestroy(): Promise<void> {
    for (const subscription of this.subscriptions) await subscription.stop();
    await this.relay?.stop();
    await this.projections?.stop();
  }

  /** The seed file becomes the first configuration event; later starts find it there and change nothing. */
  private async seedConfiguration(): Promise<void> {
    const configuration = this.configs.readSeed();
    await handleCommand(this.rawStore, configurationDecider, CONFIGURATION_STREAM, { type: 'SeedConfiguration', data: { configuration }, context: { now: this.clock.now(), actor: SYSTEM_ACTOR } }, { now: this.clock.now(), actor: SYSTEM_ACTOR, correlationId: newCorrelationId() });
  }

  private async subscribe(context: Parameters<typeof topicFor>[0], group: string, handlers: IntegrationEventHandlers): Promise<void> {
    this.subscriptions.push(await subscribeToIntegrationEvents({ bus: this.bus, db: this.db, inbox: new Inbox(this.options.schema), topic: topicFor(context), group, handlers }));
  }

  /** A reaction to another context's event commits with its inbox row. */
  /** Stops or restarts an application's time-to-access clock, in the inbox's transaction. */
  private timeToAccessClock(tx: Sql, event: IntegrationEvent, applicationId: string, change: { type: 'StopClock'; at: string; reason: string } | { type: 'RestartClock'; at: string }): Promise<void> {
    return this.inTransaction(tx, event, (w, context) => {
      const command = change.type === 'StopClock'
        ? { type: 'StopClock' as const, data: { applicationId, at: change.at, reason: change.reason }, context }
        : { type: 'RestartClock' as const, data: { applicationId, at: change.at }, context };
      return this.flow.applicationCommand(w, applicationId, command).then(() => undefined);
    });
  }

  private inTransaction(tx: Sql, event: IntegrationEvent, fn: (w: Work, context: CommandContext) => Promise<void>): Promise<void> {
    const context: CommandContext = { now: this.clock.now(), actor: { id: event.source, role: 'system' } };
    return fn(this.units.within(tx, { correlationId: event.correlationId, causationId: event.id }), context);
  }

  /** A deadline's command, in the scheduler's transaction: it commits with the "fired" mark. */
  private deadline(tx: Sql, cmd: PendingCommand, now: Date, fn: (w: Work, context: CommandContext) => Promise<void>): Promise<void> {
    return fn(this.units.within(tx, { correlationId: newCorrelationId(), causationId: cmd.key }), { now, actor: SYSTEM_ACTOR });
  }
}
