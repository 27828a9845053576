import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { IntakeEvents, topicFor, type IntegrationEvent } from '@hpc-access/contracts';
import { handleCommand, type TransactionalEventStore } from '@hpc-access/eventsourcing';
import { PostgresProjectionRunner } from '@hpc-access/eventstore-postgres';
import { type Database, type Sql } from '@hpc-access/sql';
import { structuredLogger } from '@hpc-access/http';
import { Inbox, Relay, subscribeToIntegrationEvents, type BusSubscription, type MessageBus } from '@hpc-access/messaging';
import { SCHEDULER, type ScheduledCommands, type Scheduler } from '@hpc-access/scheduler';
import { REVIEW_OVERDUE } from './cases/case-commands';
import { caseIdFor, caseStreamId } from './cases/domain/ethics-case';
import { ethicsCaseDecider, type EthicsCaseCommand } from './cases/domain/ethics-case.decide';
import { caseSummariesProjection } from './cases/list-cases/case-summaries.projection';
import { ConfigurationCommands } from './configuration/configuration-commands';
import { ETHICS_BUS, ETHICS_DB, ETHICS_DEADLINES, ETHICS_OPTIONS, ETHICS_STORE, type EthicsOptionsShape } from './ethics-review.tokens';
import { toIntegrationEvent } from './integration/published-events';
import { reviewerSummariesProjection } from './reviewers/list-reviewers/reviewer-summaries.projection';

type CaseCommandWithoutContext = Omit<EthicsCaseCommand, 'context'> & { type: EthicsCaseCommand['type'] };

/**
 * What runs in the background of ethics review: its read models, the relay publishing its
 * integration events, its consumer of intake's events, and its review deadlines. Started after
 * the HTTP routes exist, stopped before the database closes.
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
    this.intake = await subscribeToIntegrationEvents({
      bus: this.bus,
      db: this.db,
      inbox: new Inbox(schema),
      topic: topicFor('intake'),
      group: 'ethics-review.intake',
      handlers: {
        [IntakeEvents.ApplicationScreened.type]: async (event, tx) => {
          const { applicationId, organisationId, outcome, dossier } = event.data;
          if (outcome !== 'eligible') return;
          if (!dossier) {
            // The contract makes the dossier optional; without it there is no mode and nothing to review.
            log.error('eligible application without a dossier; no case opened', { applicationId, eventId: event.id });
            return;
          }
          const { settings } = await this.configuration.current(this.store.withTransaction(tx));
          await this.inTransaction(tx, event, applicationId, { type: 'OpenCase', data: { applicationId, organisationId, dossier, reviewersRequired: settings.reviewersRequired[dossier.mode] } });
        },
        [IntakeEvents.ApplicationInformationProvided.type]: (event, tx) =>
          // Intake relays answers to whoever asked: only ethics review's questions concern a case.
          event.data.requestedBy === 'ethics-review'
            ? this.inTransaction(tx, event, event.data.applicationId, { type: 'RecordInformationProvided', data: { answers: event.data.answers, providedAt: event.data.providedAt } })
            : Promise.resolve(),
        [IntakeEvents.ApplicationWithdrawn.type]: (event, tx) =>
          this.inTransaction(tx, event, event.data.applicationId, { type: 'CloseWithdrawnCase', data: { withdrawnAt: event.data.withdrawnAt } }),
      },
    });
    this.scheduler.register('ethics-review', this.deadlines, {
      // Commits with the deadline's "fired" mark (the scheduler's transaction).
      [REVIEW_OVERDUE]: async (command, now, tx) => {
        const { caseId, reviewerId } = command.payload as { caseId: string; reviewerId: string };
        const actor = { id: 'ethics-review.deadlines', role: 'system' };
        await handleCommand(this.store.withTransaction(tx), ethicsCaseDecider, caseStreamId(caseId), { type: 'MarkReviewOverdue', data: { reviewerId }, context: { now, actor } }, {
          now, actor, correlationId: command.key,
        }, { maxRetries: 0 });
      },
    }, () => this.store.notifyCommitted());
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

  /** A command caused by an integration event: its append commits with the inbox row. */
  private async inTransaction(tx: Sql, event: IntegrationEvent, applicationId: string, command: CaseCommandWithoutContext): Promise<void> {
    const context = { now: new Date(event.time), actor: { id: event.source, role: 'system' } };
    await handleCommand(this.store.withTransaction(tx), ethicsCaseDecider, caseStreamId(caseIdFor(applicationId)), { ...command, context } as EthicsCaseCommand, {
      ...context, correlationId: event.correlationId, causationId: event.id,
    }, { maxRetries: 0 });
  }
}
