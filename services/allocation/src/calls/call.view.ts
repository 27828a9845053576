import { ApiProperty } from '@nestjs/swagger';
import { ACCESS_MODES } from '@hpc-access/contracts';
import type { RankOutcome } from './domain/ranking';

export const RANK_OUTCOMES = ['awarded', 'partial', 'reserve', 'below-threshold', 'barred'] as const satisfies readonly RankOutcome[];

export class CutOffView {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Position among the call\'s cut-offs, earliest first' }) index!: number;
  @ApiProperty({ format: 'date-time', description: '10:00 in Brussels' }) at!: string;
  @ApiProperty({ description: 'The cut-off has run and its ranking is recorded' }) passed!: boolean;
  @ApiProperty({ type: [String], nullable: true, description: "The committee's order of the applications it ranks (ADR 35); null: by score" }) committeeOrder!: string[] | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why the committee set its order' }) committeeOrderReason!: string | null;
}

/** One Large Scale call and its cut-offs; ETag = `revision`. */
export class CallView {
  // Null only in the stream's initial state, never in a call that exists.
  @ApiProperty({ format: 'uuid', type: String }) callId!: string | null;
  @ApiProperty({ enum: ACCESS_MODES, type: String }) mode!: string | null;
  @ApiProperty({ type: () => [CutOffView] }) cutOffs!: CutOffView[];
  @ApiProperty({ type: 'integer', description: 'Stream revision; also the ETag' }) revision!: number;
}

/** A call as the list shows it, from the read model. */
export class CallSummaryView {
  @ApiProperty({ format: 'uuid' }) callId!: string;
  @ApiProperty({ enum: ACCESS_MODES }) mode!: string;
  @ApiProperty({ type: String, format: 'date-time', isArray: true }) cutOffs!: string[];
  @ApiProperty({ type: 'integer', minimum: 0, description: 'How many cut-offs have run' }) passedCutOffs!: number;
  @ApiProperty({ format: 'date-time', type: String }) openedAt!: string | null;
}

export class RankEntryView {
  @ApiProperty({ type: 'integer', minimum: 1 }) rank!: number;
  @ApiProperty({ format: 'uuid' }) applicationId!: string;
  @ApiProperty() organisationId!: string;
  @ApiProperty() weightedScore!: number;
  @ApiProperty({ enum: RANK_OUTCOMES }) outcome!: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Awarded; 0 unless awarded or partial' }) gpuHours!: number;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) allocationId!: string | null;
}

/** The ranking recorded at one cut-off. */
export class RankingView {
  @ApiProperty({ format: 'uuid' }) callId!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) index!: number;
  @ApiProperty({ format: 'date-time' }) cutOffAt!: string;
  @ApiProperty({ type: () => [RankEntryView], description: 'Best weighted score first' }) entries!: RankEntryView[];
}
