import { Inject, Injectable } from '@nestjs/common';
import { fold, handleCommand, notFound, type EventStore, type RecordedEvent } from '@hpc-access/eventsourcing';
import { commandContext, type Caller } from '@hpc-access/auth';
import { parseIfMatch } from '@hpc-access/http';
import type { ScheduledCommands } from '@hpc-access/scheduler';
import { CLOCK, ETHICS_DEADLINES, ETHICS_STORE, type Clock } from '../ethics-review.tokens';
import { caseStreamId, type EthicsCaseEvent, type OpenedCase } from './domain/ethics-case';
import { ethicsCaseDecider, type EthicsCaseCommand } from './domain/ethics-case.decide';

export interface CaseResult {
  state: OpenedCase;
  revision: number;
}

/** The deadline of one reviewer's review on one case: one key, so a re-schedule moves it. */
export const reviewDeadlineKey = (caseId: string, reviewerId: string): string => `review-due:${caseId}:${reviewerId}`;
export const REVIEW_OVERDUE = 'MarkReviewOverdue';

/** Runs case commands from HTTP and reads single cases straight from their stream. */
@Injectable()
export class CaseCommands {
  constructor(
    @Inject(ETHICS_STORE) private readonly store: EventStore,
    @Inject(ETHICS_DEADLINES) private readonly deadlines: ScheduledCommands,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The caller's command at the revision they named in If-Match. */
  async run<T extends EthicsCaseCommand['type']>(
    caseId: string,
    caller: Caller,
    ifMatch: string | undefined,
    type: T,
    data: Extract<EthicsCaseCommand, { type: T }>['data'],
  ): Promise<CaseResult> {
    const expectedRevision = parseIfMatch(ifMatch);
    const command = { type, data, context: commandContext(caller, this.clock.now()) } as EthicsCaseCommand;
    const result = await handleCommand(this.store, ethicsCaseDecider, caseStreamId(caseId), command, {
      now: command.context.now,
      actor: { id: caller.actor.id, role: caller.actor.role },
      correlationId: caller.correlationId,
    }, { expectedRevision });
    if (result.state.status === 'none') throw notFound('case-not-found', `no ethics case ${caseId}`);
    await this.scheduleReviewDeadlines(result.events, command.context.now);
    return { state: result.state, revision: result.revision };
  }

  async load(caseId: string): Promise<CaseResult & { events: RecordedEvent[] }> {
    const events = await this.store.readStream(caseStreamId(caseId));
    const state = fold(ethicsCaseDecider, events.map((e) => ({ type: e.type, data: e.data }) as EthicsCaseEvent));
    if (state.status === 'none') throw notFound('case-not-found', `no ethics case ${caseId}`);
    return { state, revision: events.length - 1, events };
  }

  /**
   * Right after the assignment commits: a crash in between loses a reminder, never a review
   * (the deadline is advisory; its handler is idempotent).
   */
  private async scheduleReviewDeadlines(events: RecordedEvent[], now: Date): Promise<void> {
    for (const recorded of events) {
      const event = { type: recorded.type, data: recorded.data } as EthicsCaseEvent;
      if (event.type !== 'ReviewerAssigned') continue;
      const { caseId, reviewerId, reviewDueAt } = event.data;
      await this.deadlines.schedule({ key: reviewDeadlineKey(caseId, reviewerId), type: REVIEW_OVERDUE, dueAt: new Date(reviewDueAt), payload: { caseId, reviewerId } }, { now });
    }
  }
}
