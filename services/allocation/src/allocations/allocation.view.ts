import { ApiProperty } from '@nestjs/swagger';
import { ACCESS_MODES } from '@hpc-access/contracts';
import { HistoryPageView } from '@hpc-access/http';
import type { AllocationStatus, EarlyClosure, SuspendedBy, SuspensionCause } from './domain/allocation';

/** What an allocation can be once awarded (`none` is never shown: there is no allocation then). */
export const ALLOCATION_STATUSES = ['awarded', 'active', 'suspended', 'closed'] as const satisfies readonly AllocationStatus[];
export const SUSPENDED_BY = ['accounting', 'governance', 'staff'] as const satisfies readonly SuspendedBy[];
export const SUSPENSION_CAUSES = ['overuse', 'governance', 'staff-decision'] as const satisfies readonly SuspensionCause[];
export const EARLY_CLOSURES = ['closed-early', 'revoked'] as const satisfies readonly EarlyClosure['kind'][];

/** One reason an allocation is suspended for; it is active again only when none remains. */
export class SuspensionReasonView {
  @ApiProperty({ enum: SUSPENSION_CAUSES, description: 'overuse and staff-decision are lifted by the allocation committee, governance by governance' }) cause!: string;
  @ApiProperty({ enum: SUSPENDED_BY }) suspendedBy!: string;
  @ApiProperty({ nullable: true, type: String, description: 'Who recorded it; null on suspensions recorded before reasons were kept apart' }) actorId!: string | null;
  @ApiProperty() reason!: string;
  @ApiProperty({ format: 'date-time' }) since!: string;
}

export class EarlyClosureView {
  @ApiProperty({ enum: EARLY_CLOSURES }) kind!: string;
  @ApiProperty() reason!: string;
  @ApiProperty() closedBy!: string;
}

/** Who decided the award: the committee whose scores ranked it, or the rule of a continuous mode. */
export class AwardDecisionView {
  @ApiProperty({ enum: ['committee', 'rule'] }) kind!: string;
  @ApiProperty({ example: 'first-come-first-served', description: 'first-come-first-served, cut-off-ranking or reserve-list' }) rule!: string;
  @ApiProperty({ type: [String], description: 'The committee members whose scores ranked it; empty for a rule' }) decidedBy!: string[];
}

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
  @ApiProperty({ enum: SUSPENDED_BY, nullable: true, type: String, description: "The first remaining reason's maker" }) suspendedBy!: string | null;
  @ApiProperty({ type: [SuspensionReasonView], description: 'Every reason it is suspended for, oldest first; empty when not suspended' }) suspensions!: SuspensionReasonView[];
  @ApiProperty({ type: EarlyClosureView, nullable: true, description: 'Set when staff closed it early or revoked it' }) closure!: EarlyClosureView | null;
  @ApiProperty({ type: AwardDecisionView, nullable: true, description: 'Who decided the award; null on awards recorded before it was kept' }) decision!: AwardDecisionView | null;
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

/** One page of the history (`page`, `pageSize`, as the lists). */
export class AllocationHistoryView extends HistoryPageView {
  @ApiProperty({ format: 'uuid' }) allocationId!: string;
}
