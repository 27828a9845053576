import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { topicFor } from '@hpc-access/contracts';
import { newCorrelationId, type TransactionalEventStore } from '@hpc-access/eventsourcing';
import { PostgresProjectionRunner } from '@hpc-access/eventstore-postgres';
import { type Database, type Sql } from '@hpc-access/sql';
import { structuredLogger } from '@hpc-access/http';
import { combineHandlers, CommandsInTransaction, Inbox, Relay, subscribeToIntegrationEvents, type BusSubscription, type MessageBus } from '@hpc-access/messaging';
import { SCHEDULER, type ScheduledCommands, type Scheduler } from '@hpc-access/scheduler';
import { ACCOUNTING_BUS, ACCOUNTING_DB, ACCOUNTING_DEADLINES, ACCOUNTING_OPTIONS, ACCOUNTING_STORE, type AccountingOptionsShape } from './accounting.tokens';
import { onAllocationClosed } from './allocations/close-account/on-allocation-closed.reaction';
import { allocationBalancesProjection } from './allocations/list-allocations/allocation-balances.projection';
import { onAllocationActivated } from './allocations/open-account/on-allocation-activated.reaction';
import { onAllocationResumed } from './allocations/record-suspension/on-allocation-resumed.reaction';
import { onAllocationSuspended } from './allocations/record-suspension/on-allocation-suspended.reaction';
import { onMidTermReview } from './allocations/review-mid-term-usage/mid-term-review.deadline';
import { AccountingConfigurationService } from './configuration/accounting-configuration.service';
import { readSeedConfiguration } from './configuration/configuration-file';
import { toIntegrationEvent } from './integration/published-events';
import { HostingSites } from './sites/hosting-sites';
import { onHostingSitesChanged } from './sites/on-hosting-sites-changed.reaction';

/**
 * What runs in the background of accounting: the configuration seed, the balances read model,
 * the relay publishing alerts and totals, the consumer of allocation's lifecycle events, and the
 * mid-term underuse deadlines (each reaction in the use-case slice whose command it runs). Started
 * after the HTTP routes exist, stopped before the database closes.
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
    const commands = new CommandsInTransaction<Sql>({ store: this.store });
    const { deadlines } = this;
    const underuseSharePercentIn = async (tx: Sql) => (await this.configurations.current(commands.storeIn(tx))).configuration.underuseSharePercent;
    this.scheduler.register('accounting', deadlines, onMidTermReview(commands, underuseSharePercentIn), commands.committed);
    this.allocations = await subscribeToIntegrationEvents({
      bus: this.bus,
      db: this.db,
      inbox: new Inbox(schema),
      topic: topicFor('allocation'),
      group: 'accounting.allocations',
      handlers: combineHandlers(
        onHostingSitesChanged(this.sites),
        onAllocationActivated({ commands, deadlines, schema }),
        onAllocationSuspended(commands, log),
        onAllocationResumed(commands, log),
        onAllocationClosed({ commands, deadlines, log }),
      ),
      committed: commands.committed,
    });
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
