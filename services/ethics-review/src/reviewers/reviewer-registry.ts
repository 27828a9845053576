import { Inject, Injectable } from '@nestjs/common';
import { fold, handleCommand, type EventStore } from '@hpc-access/eventsourcing';
import { commandContext, type Caller } from '@hpc-access/auth';
import { CLOCK, ETHICS_STORE, type Clock } from '../ethics-review.tokens';
import { reviewerStreamId, type ReviewerEvent, type ReviewerState } from './domain/reviewer';
import { reviewerDecider } from './domain/reviewer.decide';

export type RegisteredReviewer = Extract<ReviewerState, { status: 'registered' }>;

/** Registers reviewers and finds one, straight from their stream (an assignment must see the latest). */
@Injectable()
export class ReviewerRegistry {
  constructor(@Inject(ETHICS_STORE) private readonly store: EventStore, @Inject(CLOCK) private readonly clock: Clock) {}

  async register(data: { reviewerId: string; organisationId: string; expertise: string[] }, caller: Caller): Promise<{ reviewer: RegisteredReviewer; revision: number }> {
    const command = { type: 'RegisterReviewer' as const, data, context: commandContext(caller, this.clock.now()) };
    const result = await handleCommand(this.store, reviewerDecider, reviewerStreamId(data.reviewerId), command, {
      now: command.context.now,
      actor: { id: caller.actor.id, role: caller.actor.role },
      correlationId: caller.correlationId,
    });
    return { reviewer: result.state as RegisteredReviewer, revision: result.revision };
  }

  async find(reviewerId: string): Promise<RegisteredReviewer | null> {
    const events = await this.store.readStream(reviewerStreamId(reviewerId));
    const state = fold(reviewerDecider, events.map((e) => ({ type: e.type, data: e.data }) as ReviewerEvent));
    return state.status === 'registered' ? state : null;
  }
}
