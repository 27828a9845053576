/** An ethics reviewer in the registry: who they are (their user id) and where they are affiliated. */
export type ReviewerEvent = {
  type: 'ReviewerRegistered';
  data: { reviewerId: string; organisationId: string; expertise: string[]; registeredBy: string; registeredAt: string };
};

export type ReviewerState =
  | { status: 'none' }
  | { status: 'registered'; reviewerId: string; organisationId: string; expertise: string[]; registeredAt: string };

export const reviewerStreamId = (reviewerId: string): string => `ethics-reviewer-${reviewerId}`;

export const initialReviewer = (): ReviewerState => ({ status: 'none' });

export function evolveReviewer(_state: ReviewerState, event: ReviewerEvent): ReviewerState {
  const { reviewerId, organisationId, expertise, registeredAt } = event.data;
  return { status: 'registered', reviewerId, organisationId, expertise, registeredAt };
}
