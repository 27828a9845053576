import { forbidden } from '@hpc-access/eventsourcing';
import type { Assignment, OpenedCase } from './ethics-case';

/** A reviewer acts on, and sees, only a case they were assigned to. */
export function assertAssignedReviewer(state: OpenedCase, reviewerId: string): Assignment {
  const assignment = state.assignments.find((a) => a.reviewerId === reviewerId);
  if (!assignment) throw forbidden('not-assigned', 'you are not assigned to this case');
  return assignment;
}

/**
 * The dossier opens to a reviewer only once they declared no conflict of interest (DOMAIN.md
 * step 5), and closes when their assignment ends with the case.
 */
export function mayReadDossier(assignment: Assignment): boolean {
  return assignment.declaration?.conflict === false && assignment.endedAt === null;
}
