import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { FlagReason } from './import-report';

export const FLAG_REASONS = [
  'unknown-allocation', 'allocation-suspended', 'allocation-closed', 'system-mismatch', 'no-billing-rule', 'conflicting-resend',
  'end-before-start', 'more-gpus-per-node-than-partition', 'more-nodes-than-partition', 'before-start', 'after-end', 'in-future',
] as const satisfies readonly FlagReason[];
export const IMPORT_SOURCES = ['json', 'sacct', 'reassessment'] as const;

export class FlaggedRecordView {
  @ApiProperty() system!: string;
  @ApiProperty() jobId!: string;
  @ApiProperty({ enum: FLAG_REASONS }) reason!: FlagReason;
}

export class RejectedLineView {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'The line of the file, from 1' }) line!: number;
  @ApiProperty() reason!: string;
}

export class ChargedAllocationView {
  @ApiProperty() allocationId!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) jobs!: number;
  @ApiProperty() gpuHours!: number;
}

export class NotChargedRecordView {
  @ApiProperty() system!: string;
  @ApiProperty() jobId!: string;
  @ApiProperty({ example: 'FAILED' }) state!: string;
  @ApiProperty({ enum: ['state-not-charged'] }) reason!: 'state-not-charged';
}

/** What became of one import (or reassessment): what was charged where, what was flagged or rejected. */
export class ImportReportView {
  @ApiProperty({ format: 'uuid' }) importId!: string;
  @ApiProperty({ enum: IMPORT_SOURCES }) source!: 'json' | 'sacct' | 'reassessment';
  @ApiProperty({ nullable: true, type: String, description: 'The system of every record; null when they were of several (or, for a reassessment, of any)' }) system!: string | null;
  @ApiProperty({ format: 'date-time' }) receivedAt!: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'New records charged to an allocation' }) accepted!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Records already known with the same figures: nothing changed' }) duplicates!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Records kept but not charged, and re-sent records whose figures differ from the kept ones' }) flagged!: number;
  @ApiProperty({ type: () => [FlaggedRecordView] }) flaggedRecords!: FlaggedRecordView[];
  @ApiProperty({ type: () => [RejectedLineView], description: 'Lines that could not be read (sacct), with their number and why' }) rejected!: RejectedLineView[];
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Job steps in the file, which are not charged (their allocation is)' }) stepsIgnored!: number;
  @ApiProperty({ type: () => [ChargedAllocationView], description: 'What was charged, per allocation' }) charged!: ChargedAllocationView[];
  @ApiPropertyOptional({ type: () => [NotChargedRecordView], description: 'Jobs in a state their partition does not charge, recorded with 0 GPU-hours; only when there are some' }) notCharged?: NotChargedRecordView[];
  @ApiPropertyOptional({ description: "The site agent's checkpoint, recorded with the batch; only when one was sent" }) checkpoint?: string;
}

/** One import's full report, with who sent it for which site. */
export class ImportDetailView extends ImportReportView {
  @ApiProperty({ description: 'The user (or site client) that sent it' }) submittedBy!: string;
  @ApiProperty({ nullable: true, type: String, description: 'The site it was sent for; null for a reassessment' }) siteId!: string | null;
  @ApiProperty({ description: 'An accounting officer sent it on the site\'s behalf' }) onBehalfOfSite!: boolean;
}

/** An import as the list shows it: its counts. */
export class ImportSummaryView {
  @ApiProperty({ format: 'uuid' }) importId!: string;
  @ApiProperty({ enum: IMPORT_SOURCES }) source!: string;
  @ApiProperty({ nullable: true, type: String }) system!: string | null;
  @ApiProperty() submittedBy!: string;
  @ApiProperty({ nullable: true, type: String }) siteId!: string | null;
  @ApiProperty() onBehalfOfSite!: boolean;
  @ApiProperty({ format: 'date-time' }) receivedAt!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) accepted!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) duplicates!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) flagged!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Lines that could not be read' }) rejected!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) stepsIgnored!: number;
}

/** A job record re-sent with other figures than the ones kept: not charged, listed for review. */
export class RecordConflictView {
  @ApiProperty() system!: string;
  @ApiProperty() jobId!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The record as re-sent (system, jobId, account, partition, start, end, elapsedSeconds, state, allocTres, consumedEnergyJoules)' }) resent!: Record<string, unknown>;
  @ApiProperty({ format: 'uuid', description: 'The import that re-sent it' }) importId!: string;
  @ApiProperty({ format: 'date-time' }) receivedAt!: string;
}
