import { ApiProperty } from '@nestjs/swagger';
import { ACCESS_MODES, OVERUSE_ACTIONS } from '@hpc-access/contracts';
import { HistoryPageView } from '@hpc-access/http';
import type { AccountStatus } from './domain/allocation-account';

export const ACCOUNT_STATUSES = ['active', 'suspended', 'closed'] as const satisfies readonly AccountStatus[];

// Allocation ids are allocation's (UUIDs there), but accounting takes them as opaque ids
// (AllocationIdPipe): the document promises no format it does not check.

export class MonthlyBurnView {
  @ApiProperty({ example: '2026-11', description: 'The month jobs ended in, YYYY-MM' }) month!: string;
  @ApiProperty({ description: 'GPU-hours charged in the month' }) gpuHours!: number;
  @ApiProperty({ type: 'integer' }) quotaGpuHours!: number;
  @ApiProperty() percentOfQuota!: number;
  @ApiProperty({ description: "Flagged: the month's burn passed its quota by more than the configured margin (usageChecks.monthlyQuotaMarginPercent)" }) overQuota!: boolean;
}

export class OveruseView {
  @ApiProperty({ enum: OVERUSE_ACTIONS, description: 'What the programme did at 100 % of the award' }) action!: string;
  @ApiProperty({ format: 'date-time' }) detectedAt!: string;
}

export class MidTermReviewView {
  @ApiProperty({ description: 'Use below the configured share of plan to date' }) underuse!: boolean;
  @ApiProperty() chargedGpuHours!: number;
  @ApiProperty() plannedGpuHours!: number;
  @ApiProperty({ format: 'date-time', description: 'When it was reviewed' }) at!: string;
}

export class AccountSuspensionView {
  @ApiProperty() reason!: string;
  @ApiProperty({ format: 'date-time' }) since!: string;
}

/** An allocation's account: balance, burn per month against quota, energy, compute, alerts; ETag = `revision`. */
export class AllocationAccountView {
  @ApiProperty() allocationId!: string;
  @ApiProperty() applicationId!: string;
  @ApiProperty() organisationId!: string;
  @ApiProperty({ description: 'The Slurm account jobs are charged to', example: 'EHPC-AIF-2026PG01-0001' }) projectId!: string;
  @ApiProperty({ enum: ACCESS_MODES }) mode!: string;
  @ApiProperty({ example: 'lumi' }) system!: string;
  @ApiProperty({ example: 'lumi-g' }) partition!: string;
  @ApiProperty({ type: 'integer', description: 'GPU-hours awarded' }) gpuHours!: number;
  @ApiProperty({ type: 'integer' }) monthlyQuotaGpuHours!: number;
  @ApiProperty({ description: 'ISO 8601 date', example: '2026-11-09' }) start!: string;
  @ApiProperty({ description: 'ISO 8601 date', example: '2027-05-09' }) end!: string;
  @ApiProperty({ enum: ACCOUNT_STATUSES }) status!: string;
  @ApiProperty({ format: 'date-time' }) activatedAt!: string;
  @ApiProperty({ type: 'integer', description: 'Stream revision; also the ETag' }) revision!: number;
  @ApiProperty({ type: 'integer' }) awardedGpuHours!: number;
  @ApiProperty() chargedGpuHours!: number;
  @ApiProperty({ description: 'Awarded minus charged (negative on overuse)' }) balanceGpuHours!: number;
  @ApiProperty() usedPercent!: number;
  @ApiProperty() energyKwh!: number;
  @ApiProperty({ description: 'GPU-hours x 3600 x peak FLOP/s x utilisation factor' }) estimatedTrainingFlop!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Jobs charged' }) jobs!: number;
  @ApiProperty({ type: () => [MonthlyBurnView], description: 'Months with usage, earliest first' }) monthlyBurn!: MonthlyBurnView[];
  @ApiProperty({ type: 'integer', isArray: true, description: 'Thresholds (percent of the award) reached so far' }) thresholdsReached!: number[];
  @ApiProperty({ type: () => OveruseView, nullable: true }) overuse!: OveruseView | null;
  @ApiProperty({ type: () => MidTermReviewView, nullable: true, description: 'The mid-term review, once it ran' }) midTerm!: MidTermReviewView | null;
  @ApiProperty({ type: () => AccountSuspensionView, nullable: true }) suspension!: AccountSuspensionView | null;
}

/** An allocation with its balance, as the list shows it from the read model. */
export class AllocationBalanceView {
  @ApiProperty() allocationId!: string;
  @ApiProperty() organisationId!: string;
  @ApiProperty() projectId!: string;
  @ApiProperty({ enum: ACCESS_MODES }) mode!: string;
  @ApiProperty() system!: string;
  @ApiProperty() partition!: string;
  @ApiProperty({ enum: ACCOUNT_STATUSES }) status!: string;
  @ApiProperty() awardedGpuHours!: number;
  @ApiProperty() chargedGpuHours!: number;
  @ApiProperty() balanceGpuHours!: number;
  @ApiProperty() monthlyQuotaGpuHours!: number;
  @ApiProperty() energyKwh!: number;
  @ApiProperty() estimatedTrainingFlop!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) jobs!: number;
  @ApiProperty({ type: 'integer', nullable: true, description: 'The highest threshold (percent) reached; null before the first' }) highestThresholdReached!: number | null;
  @ApiProperty() overuse!: boolean;
  @ApiProperty({ description: 'Flagged as underused at the mid-term review' }) underuse!: boolean;
  @ApiProperty({ description: 'ISO 8601 date' }) start!: string;
  @ApiProperty({ description: 'ISO 8601 date' }) end!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: 'integer', description: 'Stream revision the read model has reached' }) revision!: number;
}

/** One page of the history (`page`, `pageSize`, as the lists). */
export class AllocationAccountHistoryView extends HistoryPageView {
  @ApiProperty() allocationId!: string;
}
