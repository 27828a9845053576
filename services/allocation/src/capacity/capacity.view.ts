import { ApiProperty } from '@nestjs/swagger';
import { AllocationApplicationSummaryView } from '../applications/list-applications/application-summary.view';
import type { CapacityPool } from '../configuration/domain/configuration';

export const CAPACITY_POOLS = ['continuous', 'large-scale'] as const satisfies readonly CapacityPool[];
export const HOLD_STATUSES = ['placed', 'released', 'converted'] as const;

export class CapacityMonthView {
  @ApiProperty({ example: '2026-11', pattern: '^\\d{4}-(0[1-9]|1[0-2])$' }) month!: string;
  @ApiProperty({ description: 'GPU-hours held for applications waiting for their award' }) held!: number;
  @ApiProperty({ description: 'GPU-hours awarded' }) awarded!: number;
  @ApiProperty({ description: 'Configured minus held minus awarded (negative when the configuration shrank below what is committed)' }) free!: number;
}

export class CapacityPoolView {
  @ApiProperty({ enum: CAPACITY_POOLS, description: 'continuous: Playground and Fast Lane; large-scale: Large Scale' }) pool!: string;
  @ApiProperty({ type: 'integer' }) monthlyCapacityGpuHours!: number;
  @ApiProperty({ type: () => [CapacityMonthView] }) months!: CapacityMonthView[];
}

export class PartitionCapacityView {
  @ApiProperty() system!: string;
  @ApiProperty() partition!: string;
  @ApiProperty({ type: () => [CapacityPoolView] }) pools!: CapacityPoolView[];
}

/** Capacity per partition, pool and month. */
export class CapacityView {
  @ApiProperty({ type: String, isArray: true, example: ['2026-11', '2026-12'], description: 'The months shown, YYYY-MM' }) months!: string[];
  @ApiProperty({ type: () => [PartitionCapacityView] }) partitions!: PartitionCapacityView[];
}

// `iso()` and `num()` are typed nullable whatever the column: where the column is NOT NULL the
// document says so, the type does not.

/** A capacity hold as the holds list shows it. */
export class HoldSummaryView {
  @ApiProperty() holdId!: string;
  @ApiProperty({ format: 'uuid' }) applicationId!: string;
  @ApiProperty() organisationId!: string;
  @ApiProperty() system!: string;
  @ApiProperty() partition!: string;
  @ApiProperty({ type: 'integer' }) gpuHours!: number | null;
  @ApiProperty({ format: 'date-time', type: String }) placedAt!: string | null;
  @ApiProperty({ format: 'date-time', type: String }) expiresAt!: string | null;
  @ApiProperty({ enum: HOLD_STATUSES }) status!: string;
  @ApiProperty({ nullable: true, type: String, description: 'Why it ended: awarded, expired, withdrawn…' }) reason!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) endedAt!: string | null;
}

export class QueueEntryView extends AllocationApplicationSummaryView {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'First come, first served' }) position!: number;
}

export class PartitionQueueView {
  @ApiProperty() system!: string;
  @ApiProperty() partition!: string;
  @ApiProperty({ type: () => [QueueEntryView] }) entries!: QueueEntryView[];
}

export class QueuesView {
  @ApiProperty({ type: () => [PartitionQueueView], description: 'Only partitions with someone waiting' }) queues!: PartitionQueueView[];
}
