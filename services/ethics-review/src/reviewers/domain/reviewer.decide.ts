import { assertNever, conflict, type CommandContext, type Decider } from '@hpc-access/eventsourcing';
import { evolveReviewer, initialReviewer, type ReviewerEvent, type ReviewerState } from './reviewer';

export type ReviewerCommand = {
  type: 'RegisterReviewer';
  data: { reviewerId: string; organisationId: string; expertise: string[] };
  context: CommandContext;
};

export function decideReviewer(command: ReviewerCommand, state: ReviewerState): ReviewerEvent[] {
  switch (command.type) {
    case 'RegisterReviewer':
      if (state.status === 'registered') throw conflict('reviewer-already-registered', `reviewer ${command.data.reviewerId} is already registered`, 'reviewerId');
      return [{
        type: 'ReviewerRegistered',
        data: { ...command.data, expertise: [...new Set(command.data.expertise)], registeredBy: command.context.actor.id, registeredAt: command.context.now.toISOString() },
      }];
    default:
      return assertNever(command.type);
  }
}

export const reviewerDecider: Decider<ReviewerCommand, ReviewerState, ReviewerEvent> = {
  initialState: initialReviewer,
  evolve: evolveReviewer,
  decide: decideReviewer,
};
