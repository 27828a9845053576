import { ApiProperty } from '@nestjs/swagger';
import { ACCESS_MODES } from '../../programme/programme-rules';
import { APPLICATION_STATUSES } from '../domain/application';

/** One row of the application list, from the application_summaries read model. */
export class ApplicationSummaryView {
  @ApiProperty({ format: 'uuid' }) applicationId!: string;
  @ApiProperty() organisationId!: string;
  @ApiProperty({ enum: APPLICATION_STATUSES }) status!: string;
  @ApiProperty({ type: String, nullable: true, enum: ACCESS_MODES }) mode!: string | null;
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty({ type: String, nullable: true }) system!: string | null;
  @ApiProperty({ type: String, nullable: true }) partition!: string | null;
  @ApiProperty({ type: Number, nullable: true }) gpuHours!: number | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) submittedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: 'integer', description: 'Stream revision the row reflects' }) revision!: number;
}
