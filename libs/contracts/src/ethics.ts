import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsISO8601, IsNotEmpty, IsRFC3339, IsString, MaxLength, ValidateNested } from 'class-validator';
import { IsEntityId } from './entity-id';
import { ACCESS_MODES, type AccessMode } from './intake';
import { defineIntegrationEvent } from './integration-event';

// Published by ethics-review on `hpc-access.ethics-review.v1`. Reviewers' names, ratings and
// comments stay in ethics-review; others learn the case, its outcome and the conditions, who was
// assigned to review it (to tell them), and which reviewer (by user id only) may read the application's dossier while reviewing it.

export const ETHICS_OUTCOMES = ['cleared', 'cleared-with-conditions', 'refused'] as const;
export type EthicsOutcome = (typeof ETHICS_OUTCOMES)[number];

/** A condition of a clearance: governance tracks it as an obligation under the pledge. */
export class EthicsCondition {
  @IsEntityId() conditionId!: string;
  @IsString() @IsNotEmpty() @MaxLength(2000) text!: string;
  /** ISO 8601 date by which the organisation must show it fulfilled the condition. */
  @IsISO8601({ strict: true }) dueDate!: string;
}

/** An eligible application entered ethics review. */
export class EthicsCaseOpened {
  @IsEntityId() caseId!: string;
  @IsEntityId() applicationId!: string;
  @IsEntityId() organisationId!: string;
  @IsIn(ACCESS_MODES) mode!: AccessMode;
  @IsRFC3339() openedAt!: string;
}

/** The chair's decision, or the immediate refusal of an AI Act Article 5 practice. */
export class EthicsDecided {
  @IsEntityId() caseId!: string;
  @IsEntityId() applicationId!: string;
  @IsEntityId() organisationId!: string;
  @IsIn(ETHICS_OUTCOMES) outcome!: EthicsOutcome;
  @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => EthicsCondition) conditions!: EthicsCondition[];
  @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @MaxLength(2000, { each: true }) reasons!: string[];
  @IsRFC3339() decidedAt!: string;
}

/** The chair asks the applicant for more information; the applicant answers through intake. */
export class EthicsInformationRequested {
  @IsEntityId() caseId!: string;
  @IsEntityId() applicationId!: string;
  @IsEntityId() organisationId!: string;
  @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @MaxLength(2000, { each: true }) questions!: string[];
  @IsRFC3339() requestedAt!: string;
}

/**
 * An assigned reviewer declared no conflict of interest: from now until their assignment ends
 * they may read the application's dossier wherever it shows (ARCHITECTURE.md section 9).
 */
export class ReviewerDeclaredNoConflict {
  @IsEntityId() caseId!: string;
  @IsEntityId() applicationId!: string;
  /** The reviewer's user id, as their token names them. */
  @IsEntityId() reviewerId!: string;
  @IsRFC3339() declaredAt!: string;
}

export const ASSIGNMENT_END_REASONS = ['case-decided', 'case-withdrawn'] as const;
export type AssignmentEndReason = (typeof ASSIGNMENT_END_REASONS)[number];

/**
 * The chair assigned a reviewer to a case: the reviewer must declare any conflict of interest,
 * then review by `reviewDueAt`. Nothing about the reviewer but their user id leaves ethics review.
 */
export class ReviewerAssigned {
  @IsEntityId() caseId!: string;
  @IsEntityId() applicationId!: string;
  /** The reviewer's user id, as their token names them. */
  @IsEntityId() reviewerId!: string;
  @IsRFC3339() assignedAt!: string;
  /** When the review is due; past it the assignment is marked overdue. */
  @IsRFC3339() reviewDueAt!: string;
}

/** A reviewer's assignment ended (the case was decided or withdrawn): their access to the dossier ends with it. */
export class ReviewerAssignmentEnded {
  @IsEntityId() caseId!: string;
  @IsEntityId() applicationId!: string;
  @IsEntityId() reviewerId!: string;
  @IsIn(ASSIGNMENT_END_REASONS) reason!: AssignmentEndReason;
  @IsRFC3339() endedAt!: string;
}

export const EthicsEvents = {
  EthicsCaseOpened: defineIntegrationEvent('ethics-review', 'EthicsCaseOpened', 1, EthicsCaseOpened),
  EthicsDecided: defineIntegrationEvent('ethics-review', 'EthicsDecided', 1, EthicsDecided),
  EthicsInformationRequested: defineIntegrationEvent('ethics-review', 'EthicsInformationRequested', 1, EthicsInformationRequested),
  ReviewerAssigned: defineIntegrationEvent('ethics-review', 'ReviewerAssigned', 1, ReviewerAssigned),
  ReviewerDeclaredNoConflict: defineIntegrationEvent('ethics-review', 'ReviewerDeclaredNoConflict', 1, ReviewerDeclaredNoConflict),
  ReviewerAssignmentEnded: defineIntegrationEvent('ethics-review', 'ReviewerAssignmentEnded', 1, ReviewerAssignmentEnded),
} as const;
