import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { topicFor } from '@hpc-access/contracts';
import { handleCommand, newCorrelationId, type Clock, type PersonalDataKeysIn, type TransactionalEventStore } from '@hpc-access/eventsourcing';
import { PostgresProjectionRunner } from '@hpc-access/eventstore-postgres';
import { type Database, type Sql } from '@hpc-access/sql';
import { structuredLogger } from '@hpc-access/http';
import { Inbox, Relay, subscribeToIntegrationEvents, type BusSubscription, type IntegrationEventHandlers, type MessageBus } from '@hpc-access/messaging';
import { SCHEDULER, type ScheduledCommands, type Scheduler } from '@hpc-access/scheduler';
import { ALLOCATION_BUS, ALLOCATION_CLOCK, ALLOCATION_DB, ALLOCATION_DEADLINES, ALLOCATION_KEYS, ALLOCATION_OPTIONS, ALLOCATION_STORE, type AllocationOptionsShape } from './allocation.tokens';
import { AllocationCommands } from './allocations/allocation-commands';
import { checkFinalReportDeadline } from './allocations/check-final-report/check-final-report.deadline';
import { closeAllocationDeadline } from './allocations/close-allocation/close-allocation.deadline';
import { releaseSuspendedCapacityDeadline } from './allocations/suspend-allocation/release-suspended-capacity.deadline';
import { allocationSummariesProjection } from './allocations/read-models/allocation-summaries.projection';
import { onAllocationsResumptionRequested } from './allocations/resume-allocation/on-allocations-resumption-requested.reaction';
import { onAllocationsSuspensionRequested, onOveruseDetected } from './allocations/suspend-allocation/suspension-reactions';
import { applicationSummariesProjection } from './applications/read-models/application-summaries.projection';
import { onEthicsDecided } from './applications/record-ethics-decision/on-ethics-decided.reaction';
import { onApplicationSubmitted } from './applications/record-submission/on-application-submitted.reaction';
import { onApplicationWithdrawn } from './applications/record-withdrawal/on-application-withdrawn.reaction';
import { onApplicationScreened } from './applications/register-eligible/on-application-screened.reaction';
import { RegisterEligible } from './applications/register-eligible/register-eligible';
import { onApplicationInformationProvided, onEthicsInformationRequested } from './applications/time-to-access-clock/clock-reactions';
import { callsProjection } from './calls/read-models/calls.projection';
import { RunCutOff } from './calls/run-cut-off/run-cut-off';
import { runCutOffDeadline } from './calls/run-cut-off/run-cut-off.deadline';
import { expireHoldDeadline } from './capacity/expire-hold/expire-hold.deadline';
import { HoldAndAward } from './capacity/hold-and-award/hold-and-award';
import { capacityProjection } from './capacity/read-models/capacity.projection';
import { ConfigurationService } from './configuration/configuration.service';
import { CONFIGURATION_STREAM } from './configuration/domain/configuration';
import { configurationDecider } from './configuration/domain/configuration.decide';
import { toIntegrationEvent } from './integration/published-events';
import { UnitOfWork } from './shared/unit-of-work';
import { siteOrderReactions } from './site-orders/site-order-reactions';
import { siteOrdersProjection } from './site-orders/site-orders.projection';

const SYSTEM_ACTOR = { id: 'allocation', role: 'system' };

/**
 * The wiring of what runs in the background of allocation: the configuration seed, read models,
 * the relay of its integration events, its consumers of intake, ethics, accounting and governance
 * events, and its deadlines. Each reaction and deadline lives in the use-case slice it triggers.
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
    private readonly steps: HoldAndAward,
    private readonly configs: ConfigurationService,
    private readonly registerEligible: RegisterEligible,
    private readonly allocations: AllocationCommands,
    private readonly cutOff: RunCutOff,
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
        siteOrderReactions({ units: this.units, configs: this.configs, keys: this.keys }), siteOrdersProjection(schema),
      ],
      onError: (projection, error) => log.error('projection failed; retrying from its checkpoint', { projection, error: String(error) }),
    });
    await this.projections.start();
    this.relay = new Relay({ name: 'allocation.v1', store: this.rawStore, db: this.db, schema, bus: this.bus, topic: topicFor('allocation'), map: toIntegrationEvent, logger: log });
    await this.relay.start();
    const { units, steps, allocations } = this;
    await this.subscribe('intake', 'allocation.applications', {
      ...onApplicationSubmitted(units),
      ...onApplicationScreened(units, this.registerEligible),
      ...onApplicationInformationProvided(units),
      ...onApplicationWithdrawn(units, steps),
    });
    await this.subscribe('ethics-review', 'allocation.ethics', { ...onEthicsInformationRequested(units), ...onEthicsDecided(units, steps) });
    await this.subscribe('accounting', 'allocation.overuse', onOveruseDetected(units, allocations));
    await this.subscribe('governance', 'allocation.suspensions', { ...onAllocationsSuspensionRequested(units, allocations), ...onAllocationsResumptionRequested(units, allocations) });
    this.scheduler.register('allocation', this.deadlines, {
      ExpireHold: expireHoldDeadline(units, steps, this.configs),
      CloseAllocation: closeAllocationDeadline(units, allocations),
      CheckFinalReport: checkFinalReportDeadline(units, allocations),
      ReleaseSuspendedCapacity: releaseSuspendedCapacityDeadline(units, allocations),
      RunCutOff: runCutOffDeadline(units, this.cutOff),
    }, units.inTransactions.committed);
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

  /** Each consumer commits a reaction with its inbox row, then wakes the store's projections and relay. */
  private async subscribe(context: Parameters<typeof topicFor>[0], group: string, handlers: IntegrationEventHandlers): Promise<void> {
    this.subscriptions.push(await subscribeToIntegrationEvents({ bus: this.bus, db: this.db, inbox: new Inbox(this.options.schema), topic: topicFor(context), group, handlers, committed: this.units.inTransactions.committed }));
  }
}
