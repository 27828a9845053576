import type { Caller } from '@hpc-access/auth';
import { forbidden } from '@hpc-access/eventsourcing';
import type { OpenedCase } from './domain/ethics-case';
import { assertAssignedReviewer, mayReadDossier } from './domain/reviewer-access';
import { assertChairMayRead } from './domain/separation-of-duties';

/**
 * What each reader sees of a case. Chair (not of the applicant's organisation), administrator
 * and auditor: everything. An assigned reviewer: the case, their own assignment and review, and
 * the dossier only after declaring no conflict and until the case closes; never the other reviewers. The applicant: their organisation's case and its outcome,
 * never who reviewed, the ratings or the comments.
 */
export function caseViewFor(caller: Caller, state: OpenedCase, revision: number): Record<string, unknown> {
  const { caseId, applicationId, organisationId, mode, status, openedAt, reviewersRequired } = state;
  const basics = { caseId, applicationId, organisationId, mode, status, openedAt, reviewersRequired, reviewsIn: state.reviews.length, revision };
  const outcome = state.decision && { outcome: state.decision.outcome, conditions: state.decision.conditions, reasons: state.decision.reasons, decidedAt: state.decision.decidedAt };
  switch (caller.actor.role) {
    case 'applicant': {
      if (caller.actor.organisationId !== state.organisationId) throw forbidden('not-your-organisation', "applicants can only see their own organisation's records");
      const questions = state.informationRequests.map(({ questions: asked, requestedAt, answers, providedAt }) => ({ questions: asked, requestedAt, answers, providedAt }));
      return { ...basics, decision: outcome, informationRequests: questions, withdrawnAt: state.withdrawnAt };
    }
    case 'ethics-reviewer': {
      const assignment = assertAssignedReviewer(state, caller.actor.id);
      const review = state.reviews.find((r) => r.reviewerId === caller.actor.id) ?? null;
      const { assignedAt, reviewDueAt, declaration, overdue, endedAt } = assignment;
      return {
        ...basics,
        decision: outcome,
        assignment: { assignedAt, reviewDueAt, declaration, overdue, endedAt },
        review,
        ...(mayReadDossier(assignment) ? { dossier: state.dossier } : {}),
      };
    }
    default:
      assertChairMayRead(state, caller.actor);
      return { ...basics, dossier: state.dossier, assignments: state.assignments, reviews: state.reviews, informationRequests: state.informationRequests, decision: state.decision, withdrawnAt: state.withdrawnAt };
  }
}
