import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { AllocationEvents, topicFor, type IntegrationEvent } from '@hpc-access/contracts';
import { DomainError, newCorrelationId, type CommandContext, type TransactionalEventStore } from '@hpc-access/eventsourcing';
import { PostgresProjectionRunner } from '@hpc-access/eventstore-postgres';
import { type Database, type Sql } from '@hpc-access/sql';
import { structuredLogger } from '@hpc-access/http';
import { Inbox, Relay, subscribeToIntegrationEvents, type BusSubscription, type MessageBus } from '@hpc-access/messaging';
import { SCHEDULER, type ScheduledCommands, type Scheduler } from '@hpc-access/scheduler';
import { ACCOUNTING_BUS, ACCOUNTING_DB, ACCOUNTING_DEADLINES, ACCOUNTING_OPTIONS, ACCOUNTING_STORE, type AccountingOptionsShape } from './accounting.tokens';
import { AllocationAccounts } from './allocations/allocation-accounts';
import type { AllocationAccountCommand } from './allocations/domain/allocation-account.decide';
import { midTermOf } from './allocations/domain/usage-policies';
import { allocationBalancesProjection } from './allocations/list-allocations/allocation-balances.projection';
import { AccountingConfigurationService } from './configuration/accounting-configuration.service';
import { readSeedConfiguration } from './configuration/configuration-file';
import { toIntegrationEvent } from './integration/published-events';
import { HostingSites } from './sites/hosting-sites';

const REVIEW_MID_TERM = 'ReviewMidTermUsage';
const midTermKey = (allocationId: string) => `mid-term:${allocationId}`;

/**
 * What runs in the background of accounting: the configuration seed, the balances read model,
 * the relay publishing alerts and totals, the consumer of allocation's lifecycle events, and the
 * mid-term underuse deadlines. Started after the HTTP routes exist, stopped before the database closes.
 */
@Injectable()
export class AccountingRuntime implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = structuredLogger('accounting');
  private projections: PostgresProjectionRunner | null = null;
  private relay: Relay | null = null;
  private allocations: BusSubscription | null = null;

  constructor(
    @Inject(ACCOUNTING_DB) private readonly db: Database,
    @Inject(ACCOUNTING_STORE) private readonly store: TransactionalEventStore<Sql>,
    @Inject(ACCOUNTING_BUS) private readonly bus: MessageBus,
    @Inject(ACCOUNTING_OPTIONS) private readonly options: AccountingOptionsShape,
    @Inject(ACCOUNTING_DEADLINES) private readonly deadlines: ScheduledCommands,
    @Inject(SCHEDULER) private readonly scheduler: Scheduler,
    private readonly configurations: AccountingConfigurationService,
    private readonly accounts: AllocationAccounts,
    private readonly sites: HostingSites,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { schema } = this.options;
    const log = this.log;
    await this.configurations.seed(readSeedConfiguration(this.options.seedFile), newCorrelationId());
    this.projections = new PostgresProjectionRunner({
      db: this.db,
      store: this.store,
      schema,
      projections: [allocationBalancesProjection(schema)],
      onError: (projection, error) => log.error('projection failed; retrying from its checkpoint', { projection, error: String(error) }),
    });
    await this.projections.start();
    this.relay = new Relay({ name: 'accounting.v1', store: this.store, db: this.db, schema, bus: this.bus, topic: topicFor('accounting'), map: toIntegrationEvent, logger: log });
    await this.relay.start();
    // Each review commits with its deadline's "fired" mark (the scheduler's transaction).
    this.scheduler.register('accounting', this.deadlines, {
      [REVIEW_MID_TERM]: async (command, now, tx) => {
        const allocationId = String(command.payload.allocationId);
        const store = this.store.withTransaction(tx);
        const { configuration } = await this.configurations.current(store);
        await this.accounts.execute(store, allocationId, {
          type: 'ReviewMidTermUsage',
          data: { underuseSharePercent: configuration.underuseSharePercent },
          context: { now, actor: { id: 'accounting', role: 'system' } },
        }, { correlationId: newCorrelationId() });
      },
    }, () => this.store.notifyCommitted());
    this.allocations = await subscribeToIntegrationEvents({
      bus: this.bus,
      db: this.db,
      inbox: new Inbox(schema),
      topic: topicFor('allocation'),
      group: 'accounting.allocations',
      handlers: {
        // Which site may charge and read which system: allocation's configuration, as it changes.
        [AllocationEvents.HostingSitesChanged.type]: (event, tx) => this.sites.replace(tx, event.data),
        [AllocationEvents.AllocationActivated.type]: async (event, tx) => {
          const { activatedAt, ...terms } = event.data;
          await this.onAllocation(tx, event, terms.allocationId, { type: 'OpenAllocationAccount', data: { terms, activatedAt } });
          // The account and its Slurm account commit with the inbox row: usage sent right after finds them.
          await tx.query(`INSERT INTO ${schema}.project_accounts (project_id, allocation_id, system) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [terms.projectId, terms.allocationId, terms.system]);
          await this.deadlines.schedule({ key: midTermKey(terms.allocationId), type: REVIEW_MID_TERM, dueAt: midTermOf(terms), payload: { allocationId: terms.allocationId } }, { tx, now: new Date(event.time) });
        },
        [AllocationEvents.AllocationSuspended.type]: (event, tx) =>
          this.onAllocation(tx, event, event.data.allocationId, { type: 'RecordAllocationSuspended', data: { reason: event.data.reason, suspendedAt: event.data.suspendedAt } }),
        [AllocationEvents.AllocationResumed.type]: (event, tx) =>
          this.onAllocation(tx, event, event.data.allocationId, { type: 'RecordAllocationResumed', data: { resumedAt: event.data.resumedAt } }),
        [AllocationEvents.AllocationClosed.type]: async (event, tx) => {
          await this.onAllocation(tx, event, event.data.allocationId, { type: 'RecordAllocationClosed', data: { closedAt: event.data.closedAt } });
          await this.deadlines.cancel(midTermKey(event.data.allocationId), { tx, now: new Date(event.time) });
        },
      },
    });
  }

  /** A command caused by allocation's event: its append commits with the inbox row. */
  private async onAllocation(tx: Sql, event: IntegrationEvent, allocationId: string, command: Omit<AllocationAccountCommand, 'context'>): Promise<void> {
    const context: CommandContext = { now: new Date(event.time), actor: { id: event.source, role: 'system' } };
    try {
      await this.accounts.execute(this.store.withTransaction(tx), allocationId, { ...command, context } as AllocationAccountCommand, { correlationId: event.correlationId, causationId: event.id });
    } catch (error) {
      // Suspending or closing an allocation that never became active: accounting has nothing to record.
      if (error instanceof DomainError && error.kind === 'not_found') {
        this.log.info('allocation event for an allocation never activated; nothing to record', { type: event.type, allocationId });
        return;
      }
      throw error;
    }
  }

  /** Waits until the read models have applied everything committed so far (tests, demo seeding). */
  async settled(): Promise<void> {
    this.store.notifyCommitted();
    await this.projections?.caughtUp();
  }

  async onModuleDestroy(): Promise<void> {
    await this.allocations?.stop();
    await this.relay?.stop();
    await this.projections?.stop();
  }
}
