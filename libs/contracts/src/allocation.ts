import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsRFC3339, IsString, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsEntityId } from './entity-id';
import { ACCESS_MODES, type AccessMode } from './intake';
import { defineIntegrationEvent } from './integration-event';

// Published by allocation on `hpc-access.allocation.v1`: holds, awards, the life of an allocation
// at its hosting site, and the bar on organisations that owe a final report.

export const TECHNICAL_OUTCOMES = ['accepted', 'accepted-with-remarks', 'rejected'] as const;
export type TechnicalOutcome = (typeof TECHNICAL_OUTCOMES)[number];

/** Capacity set aside for an eligible application until award, refusal, withdrawal or expiry. */
export class CapacityHoldPlaced {
  @IsEntityId() holdId!: string;
  @IsEntityId() applicationId!: string;
  @IsEntityId() organisationId!: string;
  @IsString() @IsNotEmpty() @MaxLength(100) system!: string;
  @IsString() @IsNotEmpty() @MaxLength(100) partition!: string;
  @IsInt() @Min(1) gpuHours!: number;
  @IsRFC3339() expiresAt!: string;
}

export class CapacityHoldReleased {
  @IsEntityId() holdId!: string;
  @IsEntityId() applicationId!: string;
  /** refused, withdrawn, expired, not-funded... */
  @IsString() @IsNotEmpty() @MaxLength(100) reason!: string;
  @IsRFC3339() releasedAt!: string;
}

/** The hosting site's technical assessment of an application. */
export class TechnicalAssessmentCompleted {
  @IsEntityId() applicationId!: string;
  @IsEntityId() organisationId!: string;
  @IsIn(TECHNICAL_OUTCOMES) outcome!: TechnicalOutcome;
  @IsString() @MaxLength(2000) remarks!: string;
}

export class AllocationAwarded {
  @IsEntityId() allocationId!: string;
  @IsEntityId() applicationId!: string;
  @IsEntityId() organisationId!: string;
  /** `EHPC-AIF-2026PG01-1147`: also the account name jobs are charged to at the site. */
  @IsString() @IsNotEmpty() @MaxLength(64) projectId!: string;
  @IsIn(ACCESS_MODES) mode!: AccessMode;
  @IsString() @IsNotEmpty() @MaxLength(100) system!: string;
  @IsString() @IsNotEmpty() @MaxLength(100) partition!: string;
  @IsInt() @Min(1) gpuHours!: number;
  @IsInt() @Min(1) monthlyQuotaGpuHours!: number;
  @IsISO8601({ strict: true }) start!: string;
  @IsISO8601({ strict: true }) end!: string;
  /** A Large Scale award may give less than was asked for. */
  @IsBoolean() partial!: boolean;
}

/** Not awarded at a cut-off: below the threshold, or beyond capacity (then on the reserve list). */
export class ApplicationNotFunded {
  @IsEntityId() applicationId!: string;
  @IsEntityId() organisationId!: string;
  @IsString() @IsNotEmpty() @MaxLength(2000) reason!: string;
  @IsBoolean() reserve!: boolean;
}

/** The site confirmed the project account: usage may now be charged. */
export class AllocationActivated {
  @IsEntityId() allocationId!: string;
  @IsEntityId() applicationId!: string;
  @IsEntityId() organisationId!: string;
  @IsString() @IsNotEmpty() @MaxLength(64) projectId!: string;
  @IsIn(ACCESS_MODES) mode!: AccessMode;
  @IsString() @IsNotEmpty() @MaxLength(100) system!: string;
  @IsString() @IsNotEmpty() @MaxLength(100) partition!: string;
  @IsInt() @Min(1) gpuHours!: number;
  @IsInt() @Min(1) monthlyQuotaGpuHours!: number;
  @IsISO8601({ strict: true }) start!: string;
  @IsISO8601({ strict: true }) end!: string;
  @IsRFC3339() activatedAt!: string;
}

export class AllocationSuspended {
  @IsEntityId() allocationId!: string;
  @IsEntityId() organisationId!: string;
  @IsString() @IsNotEmpty() @MaxLength(2000) reason!: string;
  @IsRFC3339() suspendedAt!: string;
}

export class AllocationResumed {
  @IsEntityId() allocationId!: string;
  @IsEntityId() organisationId!: string;
  @IsRFC3339() resumedAt!: string;
}

export class AllocationClosed {
  @IsEntityId() allocationId!: string;
  @IsEntityId() organisationId!: string;
  @IsRFC3339() closedAt!: string;
  @IsISO8601({ strict: true }) finalReportDue!: string;
}

export class FinalReportSubmitted {
  @IsEntityId() allocationId!: string;
  @IsEntityId() organisationId!: string;
  @IsRFC3339() submittedAt!: string;
}

/** No final report by its due date: the organisation may not apply until it sends one. */
export class OrganisationBarred {
  @IsEntityId() organisationId!: string;
  @IsOptional() @IsEntityId() allocationId?: string;
  @IsString() @IsNotEmpty() @MaxLength(2000) reason!: string;
  @IsRFC3339() barredAt!: string;
}

export class OrganisationBarLifted {
  @IsEntityId() organisationId!: string;
  @IsRFC3339() liftedAt!: string;
}

/**
 * A Large Scale cut-off passed and its ranking was recorded: how many applications were awarded
 * (in full or in part), put on the reserve list, or not funded (below the threshold, or barred).
 * Each application's own outcome follows as AllocationAwarded or ApplicationNotFunded.
 */
export class CutOffPassed {
  @IsEntityId() callId!: string;
  /** The cut-off's position in the call (0 = the first). */
  @IsInt() @Min(0) cutOffIndex!: number;
  /** The cut-off time, 10:00 in Brussels. */
  @IsRFC3339() cutOffAt!: string;
  @IsRFC3339() rankedAt!: string;
  @IsInt() @Min(0) awarded!: number;
  @IsInt() @Min(0) reserve!: number;
  @IsInt() @Min(0) notFunded!: number;
}

/** One hosting site and the systems it hosts (allocation's configuration). */
export class HostingSite {
  @IsEntityId() siteId!: string;
  @IsString() @IsNotEmpty() @MaxLength(200) name!: string;
  @IsArray() @ArrayMaxSize(100) @IsString({ each: true }) @IsNotEmpty({ each: true }) @MaxLength(100, { each: true }) systems!: string[];
}

/**
 * The whole site-to-systems map after a change of allocation's configuration (and at its seed):
 * what a site's token may act on in every service. A consumer replaces its copy with it; one
 * subject (the configuration) keeps the changes in order.
 */
export class HostingSitesChanged {
  @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => HostingSite) sites!: HostingSite[];
  @IsRFC3339() changedAt!: string;
}

export const AllocationEvents = {
  CapacityHoldPlaced: defineIntegrationEvent('allocation', 'CapacityHoldPlaced', 1, CapacityHoldPlaced),
  CapacityHoldReleased: defineIntegrationEvent('allocation', 'CapacityHoldReleased', 1, CapacityHoldReleased),
  TechnicalAssessmentCompleted: defineIntegrationEvent('allocation', 'TechnicalAssessmentCompleted', 1, TechnicalAssessmentCompleted),
  AllocationAwarded: defineIntegrationEvent('allocation', 'AllocationAwarded', 1, AllocationAwarded),
  ApplicationNotFunded: defineIntegrationEvent('allocation', 'ApplicationNotFunded', 1, ApplicationNotFunded),
  AllocationActivated: defineIntegrationEvent('allocation', 'AllocationActivated', 1, AllocationActivated),
  AllocationSuspended: defineIntegrationEvent('allocation', 'AllocationSuspended', 1, AllocationSuspended),
  AllocationResumed: defineIntegrationEvent('allocation', 'AllocationResumed', 1, AllocationResumed),
  AllocationClosed: defineIntegrationEvent('allocation', 'AllocationClosed', 1, AllocationClosed),
  FinalReportSubmitted: defineIntegrationEvent('allocation', 'FinalReportSubmitted', 1, FinalReportSubmitted),
  OrganisationBarred: defineIntegrationEvent('allocation', 'OrganisationBarred', 1, OrganisationBarred),
  OrganisationBarLifted: defineIntegrationEvent('allocation', 'OrganisationBarLifted', 1, OrganisationBarLifted),
  HostingSitesChanged: defineIntegrationEvent('allocation', 'HostingSitesChanged', 1, HostingSitesChanged),
  CutOffPassed: defineIntegrationEvent('allocation', 'CutOffPassed', 1, CutOffPassed),
} as const;
