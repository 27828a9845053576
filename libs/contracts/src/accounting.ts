import { IsIn, IsInt, IsNotEmpty, IsNumber, IsRFC3339, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { JSONSchema } from 'class-validator-jsonschema';
import { IsEntityId } from './entity-id';
import { defineIntegrationEvent } from './integration-event';

// Published by accounting on `hpc-access.accounting.v1`. Job records stay in accounting; others
// learn thresholds crossed, months over quota, overuse and underuse, and the totals governance cross-checks.

export const OVERUSE_ACTIONS = ['lower-priority', 'suspend'] as const;
export type OveruseAction = (typeof OVERUSE_ACTIONS)[number];

/** Charged use of an allocation crossed a configured share of its award (75 %, 90 %, 100 %). */
export class UsageThresholdReached {
  @IsEntityId() allocationId!: string;
  @IsEntityId() organisationId!: string;
  @IsInt() @Min(1) @Max(1000) thresholdPercent!: number;
  @IsNumber() @Min(0) chargedGpuHours!: number;
  @IsInt() @Min(1) awardedGpuHours!: number;
}

/** At 100 %: the mode's overuse policy says what happens. `suspend` asks allocation to suspend. */
export class OveruseDetected {
  @IsEntityId() allocationId!: string;
  @IsEntityId() organisationId!: string;
  @IsIn(OVERUSE_ACTIONS) action!: OveruseAction;
  @IsNumber() @Min(0) chargedGpuHours!: number;
  @IsInt() @Min(1) awardedGpuHours!: number;
  @IsRFC3339() detectedAt!: string;
}

/** Used less than the configured share of plan at mid-term: a candidate for reduction. */
export class UnderuseFlagged {
  @IsEntityId() allocationId!: string;
  @IsEntityId() organisationId!: string;
  @IsNumber() @Min(0) chargedGpuHours!: number;
  @IsNumber() @Min(0) plannedGpuHours!: number;
  @IsRFC3339() flaggedAt!: string;
}

/**
 * A month's charged use passed the allocation's monthly quota by more than the configured margin:
 * flagged once per month, for the accounting officer and the applicant.
 */
export class MonthlyQuotaExceeded {
  @IsEntityId() allocationId!: string;
  @IsEntityId() organisationId!: string;
  /** `YYYY-MM`, UTC. */
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/) @JSONSchema({ description: 'The month, YYYY-MM (UTC)', examples: ['2026-03'] }) month!: string;
  @IsNumber() @Min(0) chargedGpuHours!: number;
  @IsInt() @Min(1) quotaGpuHours!: number;
  @IsNumber() @Min(0) percentOfQuota!: number;
  /** The margin over the quota in force when it was flagged. */
  @IsNumber() @Min(0) marginPercent!: number;
  @IsRFC3339() flaggedAt!: string;
}

/** Running totals of an allocation after new usage: governance cross-checks attestations with them. */
export class AllocationUsageTotals {
  @IsEntityId() allocationId!: string;
  @IsEntityId() organisationId!: string;
  @IsString() @IsNotEmpty() @MaxLength(64) projectId!: string;
  @IsNumber() @Min(0) chargedGpuHours!: number;
  @IsNumber() @Min(0) energyKwh!: number;
  @IsNumber() @Min(0) estimatedTrainingFlop!: number;
}

export const AccountingEvents = {
  UsageThresholdReached: defineIntegrationEvent('accounting', 'UsageThresholdReached', 1, UsageThresholdReached),
  OveruseDetected: defineIntegrationEvent('accounting', 'OveruseDetected', 1, OveruseDetected),
  UnderuseFlagged: defineIntegrationEvent('accounting', 'UnderuseFlagged', 1, UnderuseFlagged),
  AllocationUsageTotals: defineIntegrationEvent('accounting', 'AllocationUsageTotals', 1, AllocationUsageTotals),
  MonthlyQuotaExceeded: defineIntegrationEvent('accounting', 'MonthlyQuotaExceeded', 1, MonthlyQuotaExceeded),
} as const;
