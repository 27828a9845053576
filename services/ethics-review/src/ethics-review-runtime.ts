import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { topicFor } from '@hpc-access/contracts';
import type { TransactionalEventStore } from '@hpc-access/eventsourcing';
import { PostgresProjectionRunner } from '@hpc-access/eventstore-postgres';
import { type Database, type Sql } from '@hpc-access/sql';
import { structuredLogger } from '@hpc-access/http';
import { combineHandlers, CommandsInTransaction, Inbox, Relay, subscribeToIntegrationEvents, type BusSubscription, type MessageBus } from '@hpc-access/messaging';
import { SCHEDULER, type ScheduledCommands, type Scheduler } from '@hpc-access/scheduler';
import { onApplicationWithdrawn } from './cases/close-withdrawn-case/on-application-withdrawn.reaction';
import { caseSummariesProjection } from './cases/list-cases/case-summaries.projection';
import { onReviewOverdue } from './cases/mark-review-overdue/on-review-overdue.deadline';
import { onApplicationScreened } from './cases/open-case/on-application-screened.reaction';
import { onApplicationInformationProvided } from './cases/record-information-provided/on-application-information-provided.reaction';
import { ConfigurationCommands } from './configuration/configuration-commands';
import { ETHICS_BUS, ETHICS_DB, ETHICS_DEADLINES, ETHICS_OPTIONS, ETHICS_STORE, type EthicsOptionsShape } from './ethics-review.tokens';
import { toIntegrationEvent } from './integration/published-events';
import { reviewerSummariesProjection } from './reviewers/list-reviewers/reviewer-summaries.projection';

/**
 * What runs in the background of ethics review: its read models, the relay publishing its
 * integration events, its consumer of intake's events, and its review deadlines (each reaction in
 * the use-case slice whose command it runs). Started after the HTTP routes exist, stopped before
 * the database closes.
 */
@Injectable()
export class EthicsReviewRuntime implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = structuredLogger('ethics-review');
  private projections: PostgresProjectionRunner | null = null;
  private relay: Relay | null = null;
  private intake: BusSubscription | null = null;

  constructor(
    @Inject(ETHICS_DB) private readonly db: Database,
    @Inject(ETHICS_STORE) private readonly store: TransactionalEventStore<Sql>,
    @Inject(ETHICS_BUS) private readonly bus: MessageBus,
    @Inject(ETHICS_OPTIONS) private readonly options: EthicsOptionsShape,
    @Inject(ETHICS_DEADLINES) private readonly deadlines: ScheduledCommands,
    @Inject(SCHEDULER) private readonly scheduler: Scheduler,
    private readonly configuration: ConfigurationCommands,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { schema } = this.options;
    const log = this.log;
    this.projections = new PostgresProjectionRunner({
      db: this.db,
      store: this.store,
      schema,
      projections: [caseSummariesProjection(schema), reviewerSummariesProjection(schema)],
      onError: (projection, error) => log.error('projection failed; retrying from its checkpoint', { projection, error: String(error) }),
    });
    await this.projections.start();
    this.relay = new Relay({ name: 'ethics-review.v1', store: this.store, db: this.db, schema, bus: this.bus, topic: topicFor('ethics-review'), map: toIntegrationEvent, logger: log });
    await this.relay.start();
    const commands = new CommandsInTransaction<Sql>({ store: this.store });
    const settingsIn = async (tx: Sql) => (await this.configuration.current(commands.storeIn(tx))).settings;
    this.intake = await subscribeToIntegrationEvents({
      bus: this.bus,
      db: this.db,
      inbox: new Inbox(schema),
      topic: topicFor('intake'),
      group: 'ethics-review.intake',
      handlers: combineHandlers(onApplicationScreened({ commands, settingsIn, log }), onApplicationInformationProvided(commands), onApplicationWithdrawn(commands)),
      committed: commands.committed,
    });
    this.scheduler.register('ethics-review', this.deadlines, onReviewOverdue(commands), commands.committed);
  }

  /** Waits until the read models have applied everything committed so far (tests, demo seeding). */
  async settled(): Promise<void> {
    await this.projections?.caughtUp();
  }

  async onModuleDestroy(): Promise<void> {
    await this.intake?.stop();
    await this.relay?.stop();
    await this.projections?.stop();
  }
}
