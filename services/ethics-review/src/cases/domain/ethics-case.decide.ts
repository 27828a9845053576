import type { ApplicationDossier } from '@hpc-access/contracts';
import { assertNever, conflict, notFound, type CommandContext, type Decider } from '@hpc-access/eventsourcing';
import { assertDecisionComplete, conditionsOf } from './decision-rules';
import { assertMayAssign, assertMayDecide } from './separation-of-duties';
import { assertRatesEveryPrinciple } from './review-rules';
import { activeAssignments, assignmentsEnded, caseIdFor, evolveCase, initialCase, isClosed, type ChairOutcome, type EthicsCaseEvent, type EthicsCaseState, type OpenedCase, type Rating } from './ethics-case';
import { assertAssignedReviewer } from './reviewer-access';

export const PROHIBITED_PRACTICE_REASON = 'The self-assessment declares a practice prohibited by AI Act Article 5';

export type EthicsCaseCommand =
  | { type: 'OpenCase'; data: { applicationId: string; organisationId: string; dossier: ApplicationDossier; reviewersRequired: number }; context: CommandContext }
  | { type: 'AssignReviewer'; data: { reviewerId: string; reviewer: { organisationId: string } | null; reviewDueDays: number }; context: CommandContext }
  | { type: 'DeclareConflictOfInterest'; data: { conflict: boolean; statement: string }; context: CommandContext }
  | { type: 'SubmitReview'; data: { ratings: Rating[]; principles: string[] }; context: CommandContext }
  | {
      type: 'DecideCase';
      data: { outcome: ChairOutcome; conditions: Array<{ text: string; dueDate?: string }>; reasons: string[]; questions: string[]; defaultConditionDueDays: number };
      context: CommandContext;
    }
  | { type: 'RecordInformationProvided'; data: { answers: string[]; providedAt: string }; context: CommandContext }
  | { type: 'CloseWithdrawnCase'; data: { withdrawnAt: string }; context: CommandContext }
  | { type: 'MarkReviewOverdue'; data: { reviewerId: string }; context: CommandContext };

const DAY_MS = 86_400_000;

function opened(state: EthicsCaseState): OpenedCase {
  if (state.status === 'none') throw notFound('case-not-found', 'no ethics case has been opened for this application');
  return state;
}

function open(state: EthicsCaseState): OpenedCase {
  const existing = opened(state);
  if (isClosed(existing)) throw conflict('case-closed', `the case is ${existing.status}; nothing more can be done on it`);
  return existing;
}

export function decideCase(command: EthicsCaseCommand, state: EthicsCaseState): EthicsCaseEvent[] {
  const now = command.context.now.toISOString();
  const actor = command.context.actor;
  switch (command.type) {
    case 'OpenCase': {
      // A redelivered screening finds the case already open: nothing to do.
      if (state.status !== 'none') return [];
      const { applicationId, organisationId, dossier, reviewersRequired } = command.data;
      const caseId = caseIdFor(applicationId);
      const openedEvent: EthicsCaseEvent = { type: 'EthicsCaseOpened', data: { caseId, applicationId, organisationId, mode: dossier.mode, dossier, reviewersRequired, openedAt: now } };
      if (!dossier.prohibitedPractice) return [openedEvent];
      return [
        openedEvent,
        { type: 'EthicsCaseDecided', data: { caseId, applicationId, organisationId, outcome: 'refused', conditions: [], reasons: [PROHIBITED_PRACTICE_REASON], decidedBy: actor.id, automatic: true, decidedAt: now } },
      ];
    }
    case 'AssignReviewer': {
      const current = open(state);
      const { reviewerId, reviewer, reviewDueDays } = command.data;
      assertMayAssign(current, actor, reviewerId, reviewer);
      if (activeAssignments(current).length >= current.reviewersRequired) {
        throw conflict('enough-reviewers', `the case already has the ${current.reviewersRequired} reviewer(s) it needs`, 'reviewerId');
      }
      const reviewDueAt = new Date(command.context.now.getTime() + reviewDueDays * DAY_MS).toISOString();
      return [{ type: 'ReviewerAssigned', data: { caseId: current.caseId, reviewerId, reviewerOrganisationId: reviewer?.organisationId ?? '', assignedBy: actor.id, assignedAt: now, reviewDueAt } }];
    }
    case 'DeclareConflictOfInterest': {
      const assignment = assertAssignedReviewer(opened(state), actor.id);
      const current = open(state);
      if (assignment.declaration) throw conflict('already-declared', 'you have already made your declaration on this case');
      const data = { caseId: current.caseId, reviewerId: actor.id, statement: command.data.statement, declaredAt: now };
      return [command.data.conflict ? { type: 'ReviewerRecused', data } : { type: 'ReviewerDeclaredNoConflict', data }];
    }
    case 'SubmitReview': {
      const assignment = assertAssignedReviewer(opened(state), actor.id);
      const current = open(state);
      if (!assignment.declaration) throw conflict('declaration-required', 'declare the absence of a conflict of interest before reviewing');
      if (assignment.declaration.conflict) throw conflict('reviewer-recused', 'you declared a conflict of interest on this case');
      // Reviews are final: the chair decides on what was submitted, and a review cannot move after others have read it.
      if (current.reviews.some((r) => r.reviewerId === actor.id)) throw conflict('already-reviewed', 'you have already submitted your review of this case');
      assertRatesEveryPrinciple(command.data.ratings, command.data.principles);
      return [{ type: 'ReviewSubmitted', data: { caseId: current.caseId, reviewerId: actor.id, ratings: command.data.ratings, submittedAt: now } }];
    }
    case 'DecideCase': {
      const current = open(state);
      assertMayDecide(current, actor);
      if (current.status === 'information-requested') throw conflict('awaiting-information', 'the applicant has not yet answered the questions asked');
      if (current.reviews.length < current.reviewersRequired) {
        throw conflict('reviews-outstanding', `${current.reviews.length} of ${current.reviewersRequired} required review(s) are in`);
      }
      const { outcome, reasons, questions } = command.data;
      assertDecisionComplete(command.data);
      if (outcome === 'information-requested') {
        return [{ type: 'EthicsInformationRequested', data: { caseId: current.caseId, applicationId: current.applicationId, organisationId: current.organisationId, questions, requestedBy: actor.id, requestedAt: now } }];
      }
      const conditions = conditionsOf(current.caseId, command.data.conditions, command.context.now, command.data.defaultConditionDueDays);
      return [
        { type: 'EthicsCaseDecided', data: { caseId: current.caseId, applicationId: current.applicationId, organisationId: current.organisationId, outcome, conditions, reasons, decidedBy: actor.id, automatic: false, decidedAt: now } },
        ...assignmentsEnded(current, 'case-decided', now),
      ];
    }
    case 'RecordInformationProvided':
      // Answers that find no open question (a redelivery, a closed case) change nothing.
      if (state.status !== 'information-requested') return [];
      return [{ type: 'EthicsInformationReceived', data: { caseId: state.caseId, answers: command.data.answers, providedAt: command.data.providedAt } }];
    case 'CloseWithdrawnCase':
      // Withdrawn before screening found it eligible, or after the decision: nothing left to close.
      if (state.status === 'none' || isClosed(state)) return [];
      return [{ type: 'EthicsCaseWithdrawn', data: { caseId: state.caseId, withdrawnAt: command.data.withdrawnAt } }, ...assignmentsEnded(state, 'case-withdrawn', command.data.withdrawnAt)];
    case 'MarkReviewOverdue': {
      // The deadline fires whatever happened since; only a review still owed is overdue.
      if (state.status === 'none' || isClosed(state)) return [];
      const assignment = state.assignments.find((a) => a.reviewerId === command.data.reviewerId);
      if (!assignment || assignment.overdue || assignment.declaration?.conflict) return [];
      if (state.reviews.some((r) => r.reviewerId === command.data.reviewerId)) return [];
      return [{ type: 'ReviewOverdue', data: { caseId: state.caseId, reviewerId: assignment.reviewerId, dueAt: assignment.reviewDueAt } }];
    }
    default:
      return assertNever(command);
  }
}

export const ethicsCaseDecider: Decider<EthicsCaseCommand, EthicsCaseState, EthicsCaseEvent> = {
  initialState: initialCase,
  evolve: evolveCase,
  decide: decideCase,
};
