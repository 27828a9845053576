import type { AccessMode, ApplicationDossier, AssignmentEndReason } from '@hpc-access/contracts';

export const PRINCIPLE_RATINGS = ['no-issue', 'minor-issue', 'major-issue'] as const;
export type PrincipleRating = (typeof PRINCIPLE_RATINGS)[number];

export const CHAIR_OUTCOMES = ['cleared', 'cleared-with-conditions', 'information-requested', 'refused'] as const;
export type ChairOutcome = (typeof CHAIR_OUTCOMES)[number];
export type FinalOutcome = Exclude<ChairOutcome, 'information-requested'>;

/**
 * `comment` is written for the applicant; `internalComment` (optional, added later: reviews stored
 * before it simply have none) only for the chair, the reviewers and auditors (case-view.ts).
 */
export interface Rating {
  principle: string;
  rating: PrincipleRating;
  comment: string;
  internalComment?: string;
}

export interface Condition {
  conditionId: string;
  text: string;
  dueDate: string;
}

// ---- events -------------------------------------------------------------------------------

export type EthicsCaseEvent =
  | {
      type: 'EthicsCaseOpened';
      data: { caseId: string; applicationId: string; organisationId: string; mode: AccessMode; dossier: ApplicationDossier; reviewersRequired: number; openedAt: string };
    }
  | { type: 'ReviewerAssigned'; data: { caseId: string; reviewerId: string; reviewerOrganisationId: string; assignedBy: string; assignedAt: string; reviewDueAt: string } }
  | { type: 'ReviewerDeclaredNoConflict'; data: { caseId: string; reviewerId: string; statement: string; declaredAt: string } }
  | { type: 'ReviewerRecused'; data: { caseId: string; reviewerId: string; statement: string; declaredAt: string } }
  | { type: 'ReviewSubmitted'; data: { caseId: string; reviewerId: string; ratings: Rating[]; submittedAt: string } }
  | { type: 'ReviewOverdue'; data: { caseId: string; reviewerId: string; dueAt: string } }
  | { type: 'EthicsInformationRequested'; data: { caseId: string; applicationId: string; organisationId: string; questions: string[]; requestedBy: string; requestedAt: string } }
  | { type: 'EthicsInformationReceived'; data: { caseId: string; answers: string[]; providedAt: string } }
  | {
      type: 'EthicsCaseDecided';
      data: { caseId: string; applicationId: string; organisationId: string; outcome: FinalOutcome; conditions: Condition[]; reasons: string[]; decidedBy: string; automatic: boolean; decidedAt: string };
    }
  | { type: 'EthicsCaseWithdrawn'; data: { caseId: string; withdrawnAt: string } }
  | { type: 'ReviewerAssignmentEnded'; data: { caseId: string; reviewerId: string; reason: AssignmentEndReason; endedAt: string } };

// ---- state --------------------------------------------------------------------------------

export type CaseStatus = 'in-review' | 'awaiting-decision' | 'information-requested' | 'decided' | 'withdrawn';

export interface Assignment {
  reviewerId: string;
  reviewerOrganisationId: string;
  assignedBy: string;
  assignedAt: string;
  reviewDueAt: string;
  declaration: { conflict: boolean; statement: string; declaredAt: string } | null;
  overdue: boolean;
  /** When the case closed for this reviewer (decided or withdrawn): the dossier closes with it. */
  endedAt: string | null;
}

export interface Review {
  reviewerId: string;
  ratings: Rating[];
  submittedAt: string;
}

export interface InformationRequest {
  questions: string[];
  requestedBy: string;
  requestedAt: string;
  answers: string[] | null;
  providedAt: string | null;
}

export interface Decision {
  outcome: FinalOutcome;
  conditions: Condition[];
  reasons: string[];
  decidedBy: string;
  automatic: boolean;
  decidedAt: string;
}

export interface OpenedCase {
  status: CaseStatus;
  caseId: string;
  applicationId: string;
  organisationId: string;
  mode: AccessMode;
  dossier: ApplicationDossier;
  reviewersRequired: number;
  openedAt: string;
  assignments: Assignment[];
  reviews: Review[];
  informationRequests: InformationRequest[];
  decision: Decision | null;
  withdrawnAt: string | null;
}

export type EthicsCaseState = { status: 'none' } | OpenedCase;

/** The case of an application has the application's id: a redelivered screening cannot open two. */
export const caseIdFor = (applicationId: string): string => applicationId;
export const caseStreamId = (caseId: string): string => `ethics-case-${caseId}`;

export const initialCase = (): EthicsCaseState => ({ status: 'none' });

export const isClosed = (state: OpenedCase): boolean => state.status === 'decided' || state.status === 'withdrawn';

/** Assigned and not recused: the reviewers the case counts on. */
export const activeAssignments = (state: OpenedCase): Assignment[] => state.assignments.filter((a) => a.declaration?.conflict !== true);

const withAssignment = (state: OpenedCase, reviewerId: string, change: (a: Assignment) => Assignment): Assignment[] =>
  state.assignments.map((a) => (a.reviewerId === reviewerId ? change(a) : a));

const afterReviews = (reviews: Review[], state: OpenedCase): CaseStatus => (reviews.length >= state.reviewersRequired ? 'awaiting-decision' : 'in-review');

export function evolveCase(state: EthicsCaseState, event: EthicsCaseEvent): EthicsCaseState {
  if (event.type === 'EthicsCaseOpened') {
    return { ...event.data, status: 'in-review', assignments: [], reviews: [], informationRequests: [], decision: null, withdrawnAt: null };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'ReviewerAssigned': {
      const { reviewerId, reviewerOrganisationId, assignedBy, assignedAt, reviewDueAt } = event.data;
      return { ...state, assignments: [...state.assignments, { reviewerId, reviewerOrganisationId, assignedBy, assignedAt, reviewDueAt, declaration: null, overdue: false, endedAt: null }] };
    }
    case 'ReviewerDeclaredNoConflict':
    case 'ReviewerRecused': {
      const declaration = { conflict: event.type === 'ReviewerRecused', statement: event.data.statement, declaredAt: event.data.declaredAt };
      return { ...state, assignments: withAssignment(state, event.data.reviewerId, (a) => ({ ...a, declaration })) };
    }
    case 'ReviewSubmitted': {
      const reviews = [...state.reviews, { reviewerId: event.data.reviewerId, ratings: event.data.ratings, submittedAt: event.data.submittedAt }];
      const status = state.status === 'in-review' ? afterReviews(reviews, state) : state.status;
      return { ...state, reviews, status };
    }
    case 'ReviewOverdue':
      return { ...state, assignments: withAssignment(state, event.data.reviewerId, (a) => ({ ...a, overdue: true })) };
    case 'EthicsInformationRequested': {
      const { questions, requestedBy, requestedAt } = event.data;
      return { ...state, status: 'information-requested', informationRequests: [...state.informationRequests, { questions, requestedBy, requestedAt, answers: null, providedAt: null }] };
    }
    case 'EthicsInformationReceived': {
      const last = state.informationRequests.length - 1;
      const informationRequests = state.informationRequests.map((r, i) => (i === last ? { ...r, answers: event.data.answers, providedAt: event.data.providedAt } : r));
      // The reviews stay: the answers go back to the chair, not to a new review round.
      return { ...state, informationRequests, status: afterReviews(state.reviews, state) };
    }
    case 'EthicsCaseDecided': {
      const { outcome, conditions, reasons, decidedBy, automatic, decidedAt } = event.data;
      return { ...state, status: 'decided', decision: { outcome, conditions, reasons, decidedBy, automatic, decidedAt } };
    }
    case 'EthicsCaseWithdrawn':
      return { ...state, status: 'withdrawn', withdrawnAt: event.data.withdrawnAt };
    case 'ReviewerAssignmentEnded':
      return { ...state, assignments: withAssignment(state, event.data.reviewerId, (a) => ({ ...a, endedAt: event.data.endedAt })) };
  }
}

/**
 * A closed case ends every assignment still running (not recused): the reviewers' access to the
 * dossier ends with it, here and in the contexts that show the dossier too.
 */
export function assignmentsEnded(state: OpenedCase, reason: AssignmentEndReason, endedAt: string): EthicsCaseEvent[] {
  return activeAssignments(state)
    .filter((a) => a.endedAt === null)
    .map((a) => ({ type: 'ReviewerAssignmentEnded', data: { caseId: state.caseId, reviewerId: a.reviewerId, reason, endedAt } }));
}
