import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ACCESS_MODES } from '../programme/programme-rules';
import { MODEL_KINDS } from './domain/proposal';

// A draft keeps what the applicant sent: a field may be absent, or null where a draft cleared it
// (DraftProposalDto's @IsOptional lets null through), hence nullable throughout.

export class DataSourcesView {
  @ApiProperty() description!: string;
  @ApiProperty() personalData!: boolean;
  @ApiProperty() copyrightedMaterial!: boolean;
  @ApiProperty({ description: 'Text-and-data-mining opt-outs are honoured' }) tdmOptOutsHonoured!: boolean;
}

export class PrincipleAnswerView {
  @ApiProperty({ enum: ['no-issue', 'issue-mitigated', 'issue-open'] }) assessment!: string;
  @ApiProperty() explanation!: string;
}

export class PrinciplesView {
  @ApiProperty({ type: () => PrincipleAnswerView }) humanAgency!: PrincipleAnswerView;
  @ApiProperty({ type: () => PrincipleAnswerView }) privacyAndDataGovernance!: PrincipleAnswerView;
  @ApiProperty({ type: () => PrincipleAnswerView }) fairness!: PrincipleAnswerView;
  @ApiProperty({ type: () => PrincipleAnswerView }) wellbeing!: PrincipleAnswerView;
  @ApiProperty({ type: () => PrincipleAnswerView }) transparency!: PrincipleAnswerView;
  @ApiProperty({ type: () => PrincipleAnswerView }) accountabilityAndOversight!: PrincipleAnswerView;
}

export class EthicsSelfAssessmentView {
  @ApiProperty({ type: [String] }) issueCategories!: string[];
  @ApiProperty({ description: 'A practice prohibited by AI Act Article 5 is involved' }) prohibitedPractice!: boolean;
  @ApiProperty({ type: () => PrinciplesView }) principles!: PrinciplesView;
}

/** What an application asks for, as far as the applicant has filled it in. */
export class ProposalView {
  @ApiPropertyOptional({ nullable: true, type: String }) title?: string | null;
  @ApiPropertyOptional({ nullable: true, enum: ACCESS_MODES }) mode?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) system?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) partition?: string | null;
  @ApiPropertyOptional({ nullable: true, type: 'integer' }) gpuHours?: number | null;
  @ApiPropertyOptional({ nullable: true, type: 'integer' }) durationMonths?: number | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'ISO 8601, as sent' }) startDate?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) projectSummary?: string | null;
  @ApiPropertyOptional({ nullable: true, enum: MODEL_KINDS }) modelKind?: string | null;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Estimated training compute in FLOP' }) trainingComputeFlop?: number | null;
  @ApiPropertyOptional({ nullable: true, type: () => DataSourcesView }) dataSources?: DataSourcesView | null;
  @ApiPropertyOptional({ nullable: true, type: Boolean }) civilianUse?: boolean | null;
  @ApiPropertyOptional({ nullable: true, enum: ['yes', 'no', 'partial'] }) openSourceIntention?: string | null;
  @ApiPropertyOptional({ nullable: true, type: 'integer', isArray: true, description: 'Planned GPU-hours per month' }) monthlyUsagePlan?: number[] | null;
  @ApiPropertyOptional({ nullable: true, type: () => EthicsSelfAssessmentView }) ethicsSelfAssessment?: EthicsSelfAssessmentView | null;
}
