import { ApiProperty } from '@nestjs/swagger';
import { ACCESS_MODES } from '@hpc-access/contracts';
import { HistoryEntryView } from '@hpc-access/http';
import type { AllocationStatus, SuspendedBy } from './domain/allocation';

/** What an allocation can be once awarded (`none` is never shown: there is no allocation then). */
export const ALLOCATION_STATUSES = ['awarded', 'active', 'suspended', 'closed'] as const satisfies readonly AllocationStatus[];
export const SUSPENDED_BY = ['accounting', 'governance', 'staff'] as const satisfies readonly SuspendedBy[];

/** One allocation as its stream has it: the award's terms and its life at the site; ETag = `revision`. */
export class AllocationView {
  @ApiProperty({ format: 'uuid' }) allocationId!: string;
  @ApiProperty({ format: 'uuid' }) applicationId!: string;
  @ApiProperty() organisationId!: string;
  @ApiProperty({ description: 'The Slurm account at the site', example: 'EHPC-AIF-2026PG01-0001' }) projectId!: string;
  @ApiProperty({ enum: ACCESS_MODES }) mode!: string;
  @ApiProperty({ example: 'leonardo' }) system!: string;
  @ApiProperty({ example: 'booster' }) partition!: string;
  @ApiProperty({ type: 'integer', description: 'GPU-hours awarded' }) gpuHours!: number;
  @ApiProperty({ type: 'integer' }) monthlyQuotaGpuHours!: number;
  @ApiProperty({ format: 'date' }) start!: string;
  @ApiProperty({ format: 'date', description: 'The first day after the allocation' }) end!: string;
  @ApiProperty({ description: 'Less than asked for was awarded' }) partial!: boolean;
  @ApiProperty({ enum: ALLOCATION_STATUSES }) status!: string;
  @ApiProperty({ enum: SUSPENDED_BY, nullable: true, type: String }) suspendedBy!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'When the site confirmed the project account' }) activatedAt!: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String, description: 'Set when the allocation closes' }) finalReportDue!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) finalReportSubmittedAt!: string | null;
  @ApiProperty() finalReportOverdue!: boolean;
  @ApiProperty({ type: 'integer', description: 'Stream revision; also the ETag' }) revision!: number;
}

// `iso()`, `num()` and `day()` are typed nullable whatever the column: where the column is NOT
// NULL the document says so, the type does not.

/** An allocation as the list shows it, from allocation's read model. */
export class AllocationSummaryView {
  @ApiProperty({ format: 'uuid' }) allocationId!: string;
  @ApiProperty({ format: 'uuid' }) applicationId!: string;
  @ApiProperty() organisationId!: string;
  @ApiProperty({ example: 'EHPC-AIF-2026PG01-0001' }) projectId!: string;
  @ApiProperty({ enum: ACCESS_MODES }) mode!: string;
  @ApiProperty() system!: string;
  @ApiProperty() partition!: string;
  @ApiProperty({ type: 'integer' }) gpuHours!: number | null;
  @ApiProperty({ type: 'integer' }) monthlyQuotaGpuHours!: number | null;
  @ApiProperty({ format: 'date', type: String }) start!: string | null;
  @ApiProperty({ format: 'date', type: String }) end!: string | null;
  @ApiProperty() partial!: boolean;
  @ApiProperty({ enum: ALLOCATION_STATUSES }) status!: string;
  @ApiProperty({ enum: SUSPENDED_BY, nullable: true, type: String }) suspendedBy!: string | null;
  @ApiProperty({ format: 'date-time', type: String }) awardedAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) activatedAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) closedAt!: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) finalReportDue!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) finalReportSubmittedAt!: string | null;
  @ApiProperty() finalReportOverdue!: boolean;
  @ApiProperty({ type: 'integer', description: 'Stream revision the read model has reached' }) revision!: number;
}

export class AllocationHistoryView {
  @ApiProperty({ format: 'uuid' }) allocationId!: string;
  @ApiProperty({ type: () => [HistoryEntryView], description: 'Oldest first' }) events!: HistoryEntryView[];
}
