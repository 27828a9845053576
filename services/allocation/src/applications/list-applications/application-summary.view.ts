import { ApiProperty } from '@nestjs/swagger';
import { ACCESS_MODES, ETHICS_OUTCOMES, TECHNICAL_OUTCOMES } from '@hpc-access/contracts';

/** The statuses of allocation's read model: the stream's, and where an application waits for capacity. */
export const APPLICATION_STATUSES = ['submitted', 'registered', 'held', 'queued', 'hold-expired', 'awaiting-cut-off', 'awarded', 'not-funded', 'reserve', 'rejected', 'refused', 'withdrawn'] as const;

/** A capacity hold on an application: the GPU-hours it keeps until the award or until it expires. */
export class HoldView {
  @ApiProperty() holdId!: string;
  @ApiProperty({ format: 'date-time', type: String, description: 'When the hold lapses unless the award comes first' }) expiresAt!: string | null;
}

// `iso()` and `num()` are typed nullable whatever the column: where the column is NOT NULL (or set
// together with the field that makes the object present) the document says so, the type does not.

/** Working days from submission (continuous modes) or the cut-off (Large Scale) to award and to activation. */
export class AllocationApplicationTimeToAccessView {
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) clockStartedAt!: string | null;
  @ApiProperty({ format: 'date-time', type: String }) awardedAt!: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) workingDaysToAward!: number | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'When the site confirmed the project account' }) activatedAt!: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) workingDaysToAccess!: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) targetWorkingDays!: number | null;
  @ApiProperty({ type: Boolean, nullable: true, description: 'Access (or, before activation, the award) within the target; null when unknown' }) withinTarget!: boolean | null;
}

/** An application as allocation's read model has it: hold, queue place, award, time to access. */
export class AllocationApplicationSummaryView {
  @ApiProperty({ format: 'uuid' }) applicationId!: string;
  @ApiProperty() organisationId!: string;
  @ApiProperty({ enum: ACCESS_MODES, nullable: true, type: String }) mode!: string | null;
  @ApiProperty({ nullable: true, type: String }) system!: string | null;
  @ApiProperty({ nullable: true, type: String }) partition!: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) gpuHours!: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) durationMonths!: number | null;
  @ApiProperty({ enum: APPLICATION_STATUSES }) status!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) submittedAt!: string | null;
  @ApiProperty({ enum: TECHNICAL_OUTCOMES, nullable: true, type: String }) technicalOutcome!: string | null;
  @ApiProperty({ enum: ETHICS_OUTCOMES, nullable: true, type: String }) ethicsOutcome!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Large Scale: the weighted peer-review score' }) weightedScore!: number | null;
  @ApiProperty({ type: () => HoldView, nullable: true }) hold!: HoldView | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) queuedAt!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) allocationId!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'EHPC-AIF-2026PG01-0001' }) projectId!: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) awardedGpuHours!: number | null;
  @ApiProperty({ nullable: true, type: String }) notFundedReason!: string | null;
  @ApiProperty({ type: () => AllocationApplicationTimeToAccessView, nullable: true, description: 'Once awarded' }) timeToAccess!: AllocationApplicationTimeToAccessView | null;
  @ApiProperty({ format: 'date-time', type: String }) updatedAt!: string | null;
}
