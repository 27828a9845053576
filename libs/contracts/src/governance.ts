import { IsInt, IsNotEmpty, IsOptional, IsRFC3339, IsString, MaxLength, Min } from 'class-validator';
import { IsEntityId } from './entity-id';
import { defineIntegrationEvent } from './integration-event';

// Published by governance-pledges on `hpc-access.governance.v1`. A breaking change to a payload is
// a new class (`PledgeSignedV2`) under a new version, published beside the old one.

/** An organisation's authorised representative signed a pledge version. */
export class PledgeSigned {
  @IsEntityId() organisationId!: string;
  @IsInt() @Min(1) pledgeVersion!: number;
  /** The signing user's id; who they are stays in governance (no personal data here). */
  @IsEntityId() signedBy!: string;
  @IsRFC3339() signedAt!: string;
}

/** The organisation withdrew its pledge: its allocations are to be suspended. */
export class PledgeWithdrawn {
  @IsEntityId() organisationId!: string;
  @IsRFC3339() withdrawnAt!: string;
  @IsString() @IsNotEmpty() @MaxLength(2000) reason!: string;
}

/** A new pledge text: every organisation is asked to sign it again. */
export class PledgeVersionPublished {
  @IsInt() @Min(1) pledgeVersion!: number;
  @IsRFC3339() publishedAt!: string;
  /** Until when signatures of the previous version stay valid. */
  @IsRFC3339() resignBy!: string;
}

/**
 * A signature of an older pledge version not renewed by the new version's `resignBy`: the
 * organisation counts as unsigned until it signs the current version (PledgeSigned).
 */
export class PledgeSignatureLapsed {
  @IsEntityId() organisationId!: string;
  /** The version it had signed. */
  @IsInt() @Min(1) pledgeVersion!: number;
  /** The version it must sign now. */
  @IsInt() @Min(1) requiredVersion!: number;
  @IsRFC3339() lapsedAt!: string;
}

/** A breach of the pledge: an attestation overdue past its grace period, or a confirmed report. */
export class PledgeBreached {
  @IsEntityId() organisationId!: string;
  @IsEntityId() breachId!: string;
  @IsString() @IsNotEmpty() @MaxLength(2000) reason!: string;
  @IsRFC3339() breachedAt!: string;
}

/** A breach put right (the late attestation, the obligation met, the pledge signed again): no longer open. */
export class BreachRemedied {
  @IsEntityId() organisationId!: string;
  @IsEntityId() breachId!: string;
  @IsRFC3339() remediedAt!: string;
}

/** An ethics condition, tracked as an obligation under the pledge, was shown to be met. */
export class ObligationFulfilled {
  @IsEntityId() organisationId!: string;
  @IsEntityId() obligationId!: string;
  @IsEntityId() applicationId!: string;
  @IsRFC3339() fulfilledAt!: string;
}

/** The governance officer decided to suspend every allocation of the organisation. */
export class AllocationsSuspensionRequested {
  @IsEntityId() organisationId!: string;
  @IsString() @IsNotEmpty() @MaxLength(2000) reason!: string;
  @IsOptional() @IsEntityId() breachId?: string;
  @IsRFC3339() requestedAt!: string;
}

/** The governance officer lifted the suspension (breach remedied, pledge signed again). */
export class AllocationsResumptionRequested {
  @IsEntityId() organisationId!: string;
  @IsString() @IsNotEmpty() @MaxLength(2000) reason!: string;
  @IsRFC3339() requestedAt!: string;
}

/**
 * The reminder before an attestation falls due (`attestationReminderDays` of governance's
 * configuration, 14 by default): sent once per due date while the schedule runs.
 */
export class AttestationDueSoon {
  @IsEntityId() organisationId!: string;
  @IsRFC3339() dueAt!: string;
  @IsRFC3339() remindedAt!: string;
}

/** An attestation not submitted by its due date: it becomes a breach at `breachAt` unless submitted first. */
export class AttestationOverdue {
  @IsEntityId() organisationId!: string;
  @IsRFC3339() dueAt!: string;
  /** When governance marked it overdue (the due date, or later if the scheduler ran late). */
  @IsRFC3339() overdueAt!: string;
  /** The end of the grace period. */
  @IsRFC3339() breachAt!: string;
}

export const GovernanceEvents = {
  PledgeVersionPublished: defineIntegrationEvent('governance', 'PledgeVersionPublished', 1, PledgeVersionPublished),
  PledgeBreached: defineIntegrationEvent('governance', 'PledgeBreached', 1, PledgeBreached),
  BreachRemedied: defineIntegrationEvent('governance', 'BreachRemedied', 1, BreachRemedied),
  PledgeSignatureLapsed: defineIntegrationEvent('governance', 'PledgeSignatureLapsed', 1, PledgeSignatureLapsed),
  ObligationFulfilled: defineIntegrationEvent('governance', 'ObligationFulfilled', 1, ObligationFulfilled),
  AllocationsSuspensionRequested: defineIntegrationEvent('governance', 'AllocationsSuspensionRequested', 1, AllocationsSuspensionRequested),
  AllocationsResumptionRequested: defineIntegrationEvent('governance', 'AllocationsResumptionRequested', 1, AllocationsResumptionRequested),
  PledgeSigned: defineIntegrationEvent('governance', 'PledgeSigned', 1, PledgeSigned),
  PledgeWithdrawn: defineIntegrationEvent('governance', 'PledgeWithdrawn', 1, PledgeWithdrawn),
  AttestationDueSoon: defineIntegrationEvent('governance', 'AttestationDueSoon', 1, AttestationDueSoon),
  AttestationOverdue: defineIntegrationEvent('governance', 'AttestationOverdue', 1, AttestationOverdue),
} as const;
