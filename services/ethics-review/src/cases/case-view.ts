import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { assertMayAccessOrganisation, type Caller } from '@hpc-access/auth';
import { ACCESS_MODES, MODEL_KINDS, PRINCIPLE_ASSESSMENTS } from '@hpc-access/contracts';
import { CHAIR_OUTCOMES, PRINCIPLE_RATINGS, type OpenedCase } from './domain/ethics-case';
import { CASE_STATUSES } from './list-cases/list-cases.query';
import { assertAssignedReviewer, mayReadDossier } from './domain/reviewer-access';
import { assertChairMayRead } from './domain/separation-of-duties';

const FINAL_OUTCOMES = CHAIR_OUTCOMES.filter((o) => o !== 'information-requested');

export class DossierPrincipleView {
  @ApiProperty() principle!: string;
  @ApiProperty({ enum: PRINCIPLE_ASSESSMENTS }) assessment!: string;
  @ApiProperty() explanation!: string;
}

/** The application as ethics review received it (ApplicationScreened's dossier): no personal data. */
export class DossierView {
  @ApiProperty({ enum: ACCESS_MODES }) mode!: string;
  @ApiProperty() title!: string;
  @ApiProperty() system!: string;
  @ApiProperty() partition!: string;
  @ApiProperty({ type: 'integer' }) gpuHours!: number;
  @ApiProperty({ type: 'integer' }) durationMonths!: number;
  @ApiProperty({ description: 'ISO 8601 date (or timestamp)' }) start!: string;
  @ApiProperty() projectSummary!: string;
  @ApiProperty({ enum: MODEL_KINDS }) modelKind!: string;
  @ApiProperty() trainingComputeFlop!: number;
  @ApiProperty() personalData!: boolean;
  @ApiProperty() copyrightedMaterial!: boolean;
  @ApiProperty() tdmOptOutsHonoured!: boolean;
  @ApiProperty() civilianUse!: boolean;
  @ApiProperty({ type: 'integer', isArray: true }) monthlyUsagePlan!: number[];
  @ApiProperty({ type: [String] }) issueCategories!: string[];
  @ApiProperty() prohibitedPractice!: boolean;
  @ApiProperty({ type: () => [DossierPrincipleView] }) principles!: DossierPrincipleView[];
}

export class DeclarationView {
  @ApiProperty({ description: 'true: a conflict of interest (recused)' }) conflict!: boolean;
  @ApiProperty() statement!: string;
  @ApiProperty({ format: 'date-time' }) declaredAt!: string;
}

/** An assignment as staff see it; a reviewer sees their own without the reviewer and assigner fields. */
export class AssignmentView {
  @ApiPropertyOptional({ description: 'Staff only' }) reviewerId?: string;
  @ApiPropertyOptional({ description: 'Staff only: the reviewer\'s affiliation' }) reviewerOrganisationId?: string;
  @ApiPropertyOptional({ description: 'Staff only: the chair who assigned' }) assignedBy?: string;
  @ApiProperty({ format: 'date-time' }) assignedAt!: string;
  @ApiProperty({ format: 'date-time' }) reviewDueAt!: string;
  @ApiProperty({ type: () => DeclarationView, nullable: true }) declaration!: DeclarationView | null;
  @ApiProperty() overdue!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the case closed for this reviewer' }) endedAt!: string | null;
}

export class RatingView {
  @ApiProperty() principle!: string;
  @ApiProperty({ enum: PRINCIPLE_RATINGS }) rating!: string;
  @ApiProperty({ description: 'For the applicant' }) comment!: string;
  @ApiPropertyOptional({ description: 'Internal: for the chair, the reviewers and auditors; absent when none was given' }) internalComment?: string;
}

export class ReviewView {
  @ApiProperty() reviewerId!: string;
  @ApiProperty({ type: () => [RatingView] }) ratings!: RatingView[];
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
}

/** A principle's comment written for the applicant: no rating, no internal comment. */
export class CommentForApplicantView {
  @ApiProperty() principle!: string;
  @ApiProperty() comment!: string;
}

/** One submitted review as the applicant reads it after the decision: numbered, never named. */
export class ReviewForApplicantView {
  @ApiProperty({ type: 'integer', minimum: 1, description: "'Reviewer 1', 'Reviewer 2', ...: the order the reviews came in, not who wrote them" }) reviewer!: number;
  @ApiProperty({ type: () => [CommentForApplicantView] }) comments!: CommentForApplicantView[];
}

export class InformationRequestView {
  @ApiProperty({ type: [String] }) questions!: string[];
  @ApiPropertyOptional({ description: 'Staff only: the chair who asked' }) requestedBy?: string;
  @ApiProperty({ format: 'date-time' }) requestedAt!: string;
  @ApiProperty({ type: String, isArray: true, nullable: true, description: 'null until the applicant answers' }) answers!: string[] | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) providedAt!: string | null;
}

export class ConditionView {
  @ApiProperty() conditionId!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ description: 'ISO 8601 date (or timestamp)' }) dueDate!: string;
}

/** The decision; who decided and whether it was automatic only for staff. */
export class CaseDecisionView {
  @ApiProperty({ enum: FINAL_OUTCOMES }) outcome!: string;
  @ApiProperty({ type: () => [ConditionView] }) conditions!: ConditionView[];
  @ApiProperty({ type: [String] }) reasons!: string[];
  @ApiPropertyOptional({ description: 'Staff only' }) decidedBy?: string;
  @ApiPropertyOptional({ description: 'Staff only: decided by a rule (a prohibited practice), not by the chair' }) automatic?: boolean;
  @ApiProperty({ format: 'date-time' }) decidedAt!: string;
}

/**
 * One case as its reader may see it (caseViewFor): the basics for everyone; the applicant adds the
 * decision, the questions asked and the withdrawal; a reviewer their own assignment and review, and
 * the dossier once cleared; staff everything.
 */
export class EthicsCaseView {
  @ApiProperty({ description: "The application's id" }) caseId!: string;
  @ApiProperty() applicationId!: string;
  @ApiProperty() organisationId!: string;
  @ApiProperty({ enum: ACCESS_MODES }) mode!: string;
  @ApiProperty({ enum: CASE_STATUSES }) status!: string;
  @ApiProperty({ format: 'date-time' }) openedAt!: string;
  @ApiProperty({ type: 'integer' }) reviewersRequired!: number;
  @ApiProperty({ type: 'integer' }) reviewsIn!: number;
  @ApiProperty({ type: 'integer', description: 'Stream revision; also the ETag' }) revision!: number;
  @ApiProperty({ type: () => CaseDecisionView, nullable: true }) decision!: CaseDecisionView | null;
  @ApiPropertyOptional({ type: () => DossierView, description: 'Staff; a reviewer after declaring no conflict, until the case closes' }) dossier?: DossierView;
  @ApiPropertyOptional({ type: () => [AssignmentView], description: 'Staff only' }) assignments?: AssignmentView[];
  @ApiPropertyOptional({ type: () => AssignmentView, description: "A reviewer's own assignment" }) assignment?: AssignmentView;
  @ApiPropertyOptional({ type: () => [ReviewView], description: 'Staff only' }) reviews?: ReviewView[];
  @ApiPropertyOptional({ type: () => ReviewView, nullable: true, description: "A reviewer's own review, null until submitted" }) review?: ReviewView | null;
  @ApiPropertyOptional({
    type: () => [ReviewForApplicantView],
    description: "The applicant only: the reviewers' comments for the applicant, numbered not named, once the chair has decided (empty before, and when a rule decided without reviews); never the ratings nor the internal comments (ADR 37)",
  })
  reviewsForApplicant?: ReviewForApplicantView[];
  @ApiPropertyOptional({ type: () => [InformationRequestView], description: 'The applicant and staff' }) informationRequests?: InformationRequestView[];
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true, description: 'The applicant and staff' }) withdrawnAt?: string | null;
}

/**
 * What each reader sees of a case. Chair (not of the applicant's organisation), administrator
 * and auditor: everything. An assigned reviewer: the case, their own assignment and review, and
 * the dossier only after declaring no conflict and until the case closes; never the other reviewers. The applicant: their organisation's case and its outcome,
 * and once decided the comments written for them, numbered by review (reviewsForApplicantOf); never who reviewed, the ratings
 * nor the internal comments.
 */
export function caseViewFor(caller: Caller, state: OpenedCase, revision: number): EthicsCaseView {
  const { caseId, applicationId, organisationId, mode, status, openedAt, reviewersRequired } = state;
  const basics = { caseId, applicationId, organisationId, mode, status, openedAt, reviewersRequired, reviewsIn: state.reviews.length, revision };
  const outcome = state.decision && { outcome: state.decision.outcome, conditions: state.decision.conditions, reasons: state.decision.reasons, decidedAt: state.decision.decidedAt };
  switch (caller.actor.role) {
    case 'applicant': {
      assertMayAccessOrganisation(caller.actor, state.organisationId);
      const questions = state.informationRequests.map(({ questions: asked, requestedAt, answers, providedAt }) => ({ questions: asked, requestedAt, answers, providedAt }));
      return { ...basics, decision: outcome, reviewsForApplicant: reviewsForApplicantOf(state), informationRequests: questions, withdrawnAt: state.withdrawnAt };
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

/**
 * The comments for the applicant, only once the chair (or a rule) has decided: a review in progress
 * stays between the reviewers and the chair, and the applicant reads what the decision rests on
 * beside the decision. Numbered in the order the reviews came in, so no reviewer is named (ADR 37).
 */
export function reviewsForApplicantOf(state: OpenedCase): ReviewForApplicantView[] {
  if (!state.decision) return [];
  return state.reviews.map((review, index) => ({ reviewer: index + 1, comments: review.ratings.map(({ principle, comment }) => ({ principle, comment })) }));
}
