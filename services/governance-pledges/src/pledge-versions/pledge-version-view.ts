import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { PledgeCatalogState, PledgeVersion } from './domain/pledge-catalog';

export class CoreCommitmentsView {
  @ApiProperty() governanceStrategy!: string;
  @ApiProperty() highRiskSystemsMap!: string;
  @ApiProperty() aiLiteracy!: string;
}

export class OptionalCommitmentView {
  @ApiProperty({ description: 'What a signature names when it chooses this commitment' }) id!: string;
  @ApiProperty() text!: string;
}

export class ModelTrainingDutiesView {
  @ApiProperty() modelDocumentationForm!: string;
  @ApiProperty() trainingDataSummary!: string;
  @ApiProperty() copyrightPolicy!: string;
}

export class PledgeTextView {
  @ApiProperty({ type: () => CoreCommitmentsView }) coreCommitments!: CoreCommitmentsView;
  @ApiProperty({ type: () => [OptionalCommitmentView] }) optionalCommitments!: OptionalCommitmentView[];
  @ApiProperty() civilianUse!: string;
  @ApiProperty({ type: () => ModelTrainingDutiesView }) modelTrainingDuties!: ModelTrainingDutiesView;
  @ApiPropertyOptional() summaryOfChanges?: string;
}

/** One pledge version with its full text. */
export class PledgeVersionView {
  @ApiProperty({ type: 'integer', minimum: 1 }) pledgeVersion!: number;
  @ApiProperty({ type: () => PledgeTextView }) text!: PledgeTextView;
  @ApiProperty() publishedBy!: string;
  @ApiProperty({ format: 'date-time' }) publishedAt!: string;
  @ApiProperty({ format: 'date-time', description: 'Until when signatures of earlier versions stay valid' }) resignBy!: string;
  @ApiProperty({ description: 'The version organisations must sign now' }) current!: boolean;
}

/** A version in the list: without its text. */
export class PledgeVersionSummaryView {
  @ApiProperty({ type: 'integer', minimum: 1 }) pledgeVersion!: number;
  @ApiProperty({ format: 'date-time' }) publishedAt!: string;
  @ApiProperty() publishedBy!: string;
  @ApiProperty({ format: 'date-time' }) resignBy!: string;
  @ApiProperty() current!: boolean;
  @ApiProperty({ type: String, nullable: true }) summaryOfChanges!: string | null;
}

export function pledgeVersionView(version: PledgeVersion, state: PledgeCatalogState): PledgeVersionView {
  return { ...version, current: version.pledgeVersion === state.versions.length };
}
