import { conflict, forbidden, invalid } from '@hpc-access/eventsourcing';
import type { OpenedCase } from './ethics-case';

interface Actor {
  id: string;
  organisationId?: string;
}

/** Nobody acts on an application of their own organisation (DOMAIN.md, separation of duties). */
function assertNotOwnOrganisation(state: OpenedCase, actor: Actor, what: string): void {
  if (actor.organisationId !== undefined && actor.organisationId === state.organisationId) {
    throw forbidden('own-organisation', `you may not ${what} on an application of your own organisation`);
  }
}

/**
 * Who may be assigned: a registered reviewer, not affiliated with the applicant, not the chair
 * assigning (nor any chair who assigned on this case: the one who assigns does not review), and
 * not already on the case.
 */
export function assertMayAssign(state: OpenedCase, actor: Actor, reviewerId: string, reviewer: { organisationId: string } | null): void {
  assertNotOwnOrganisation(state, actor, 'assign reviewers');
  if (state.assignments.some((a) => a.reviewerId === actor.id)) throw forbidden('reviewer-cannot-assign', 'you are a reviewer on this case and may not assign others to it');
  if (reviewer === null) throw invalid('reviewer-not-registered', `${reviewerId} is not a registered ethics reviewer`, 'reviewerId');
  if (reviewerId === actor.id || state.assignments.some((a) => a.assignedBy === reviewerId)) {
    throw invalid('assigner-cannot-review', 'a chair who assigns reviewers on a case may not review it', 'reviewerId');
  }
  if (reviewer.organisationId === state.organisationId) {
    throw invalid('reviewer-affiliated-with-applicant', `${reviewerId} is affiliated with the applicant's organisation`, 'reviewerId');
  }
  const existing = state.assignments.find((a) => a.reviewerId === reviewerId);
  if (existing?.declaration?.conflict) throw conflict('reviewer-recused', `${reviewerId} declared a conflict of interest on this case`, 'reviewerId');
  if (existing) throw conflict('already-assigned', `${reviewerId} is already assigned to this case`, 'reviewerId');
}

/** A chair of the applicant's organisation does not read its case either (a chair whose token names no organisation is of none). */
export function assertChairMayRead(state: OpenedCase, actor: Actor & { role: string }): void {
  if (actor.role === 'ethics-chair') assertNotOwnOrganisation(state, actor, 'read the case');
}

/** The chair who decides is neither of the applicant's organisation nor one of the case's reviewers. */
export function assertMayDecide(state: OpenedCase, actor: Actor): void {
  assertNotOwnOrganisation(state, actor, 'decide');
  if (state.assignments.some((a) => a.reviewerId === actor.id)) throw forbidden('reviewer-cannot-decide', 'you were assigned as a reviewer on this case and may not decide it');
}
