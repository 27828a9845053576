import { ApiProperty } from '@nestjs/swagger';
import { ACCESS_MODES } from '@hpc-access/contracts';
import { CHAIR_OUTCOMES } from '../domain/ethics-case';
import { CASE_STATUSES } from './list-cases.query';

const FINAL_OUTCOMES = CHAIR_OUTCOMES.filter((o) => o !== 'information-requested');

/** One row of the case list, from the ethics_case_summaries read model. */
export class CaseSummaryView {
  @ApiProperty() caseId!: string;
  @ApiProperty() applicationId!: string;
  @ApiProperty() organisationId!: string;
  @ApiProperty({ enum: ACCESS_MODES }) mode!: string;
  @ApiProperty({ enum: CASE_STATUSES }) status!: string;
  @ApiProperty({ type: String, enum: FINAL_OUTCOMES, nullable: true, description: 'Once decided' }) outcome!: string | null;
  @ApiProperty({ type: 'integer' }) reviewersRequired!: number;
  @ApiProperty({ type: 'integer' }) reviewsIn!: number;
  @ApiProperty({ format: 'date-time' }) openedAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: 'integer', description: 'Stream revision the row reflects' }) revision!: number;
}
