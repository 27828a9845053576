import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { ACCESS_MODES, ETHICS_OUTCOMES, TECHNICAL_OUTCOMES } from '@hpc-access/contracts';
import { HistoryPageView } from '@hpc-access/http';
import type { ApplicationStatus } from './domain/allocation-application';
import { APPLICATION_STATUSES, HoldView } from './list-applications/application-summary.view';

/** Statuses the application's stream gives it (`none`: only an ethics outcome has arrived so far). */
export const STREAM_STATUSES = ['none', 'submitted', 'registered', 'reserve', 'awarded', 'not-funded', 'rejected', 'refused', 'withdrawn'] as const satisfies readonly ApplicationStatus[];

/** A read of one application shows the read model's finer status while it waits for capacity. */
const VIEW_STATUSES = [...new Set([...STREAM_STATUSES, ...APPLICATION_STATUSES])];

export class AllocationApplicationRequestView {
  @ApiProperty({ example: 'leonardo' }) system!: string;
  @ApiProperty({ example: 'booster' }) partition!: string;
  @ApiProperty({ type: 'integer' }) gpuHours!: number;
  @ApiProperty({ type: 'integer' }) durationMonths!: number;
  @ApiProperty({ description: 'Requested start: an ISO 8601 date (or timestamp), as the applicant gave it', example: '2026-11-09' }) start!: string;
  @ApiProperty({ type: 'integer', isArray: true, description: 'GPU-hours planned per month' }) monthlyUsagePlan!: number[];
}

export class TechnicalAssessmentView {
  @ApiProperty({ enum: TECHNICAL_OUTCOMES }) outcome!: string;
  @ApiProperty({ description: 'Empty when the site gave none' }) remarks!: string;
}

export class ScoresView {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 5 }) excellence!: number;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 5 }) innovationAndImpact!: number;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 5 }) implementation!: number;
  @ApiProperty({ description: 'The scores weighted as the configuration says' }) weightedScore!: number;
}

/** One application as allocation's stream has it, as a command on it answers; ETag = `revision`. */
export class AllocationApplicationView {
  @ApiProperty({ format: 'uuid' }) applicationId!: string;
  @ApiProperty() organisationId!: string;
  @ApiProperty({ enum: STREAM_STATUSES, description: '`none` until the submission is known' }) status!: string;
  @ApiProperty({ enum: ACCESS_MODES, nullable: true, type: String }) mode!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) submittedAt!: string | null;
  @ApiProperty({ type: () => AllocationApplicationRequestView, nullable: true, description: 'What it asks for, once registered' }) request!: AllocationApplicationRequestView | null;
  @ApiProperty({ type: () => TechnicalAssessmentView, nullable: true }) technicalAssessment!: TechnicalAssessmentView | null;
  @ApiProperty({ enum: ETHICS_OUTCOMES, nullable: true, type: String }) ethics!: string | null;
  @ApiProperty({ type: () => ScoresView, nullable: true, description: 'Peer-review scores (Large Scale)' }) scores!: ScoresView | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) allocationId!: string | null;
  @ApiProperty({ type: 'integer', description: 'Stream revision; also the ETag' }) revision!: number;
}

/**
 * A read of one application: while it is registered and waits for capacity, the read model's finer
 * status and its hold, which live in the partitions' ledgers, not in its stream.
 */
export class AllocationApplicationReadView extends OmitType(AllocationApplicationView, ['status'] as const) {
  @ApiProperty({ enum: VIEW_STATUSES, description: 'The stream\'s status; once registered, the read model\'s finer one (held, queued, hold-expired, awaiting-cut-off…)' }) status!: string;
  @ApiPropertyOptional({ type: () => HoldView, nullable: true, description: 'Only while registered: its capacity hold, null without one' }) hold?: HoldView | null;
}

/** One page of the history (`page`, `pageSize`, as the lists). */
export class AllocationApplicationHistoryView extends HistoryPageView {
  @ApiProperty({ format: 'uuid' }) applicationId!: string;
}
