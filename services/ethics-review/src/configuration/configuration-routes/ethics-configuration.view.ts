import { ApiProperty } from '@nestjs/swagger';
import { ReviewersRequiredDto } from './configuration.dto';

/** The settings in force (the document PUT replaces) with the revision of their stream. */
export class EthicsConfigurationView {
  @ApiProperty({ type: () => ReviewersRequiredDto, description: 'Reviewers required per access mode' }) reviewersRequired!: ReviewersRequiredDto;
  @ApiProperty({ type: [String], description: 'The ethics-by-design principles every review rates' }) principles!: string[];
  @ApiProperty({ type: 'integer', description: 'Days a condition runs when the chair gives no due date' }) defaultConditionDueDays!: number;
  @ApiProperty({ type: 'integer', description: 'Days an assigned reviewer has before the review is marked overdue' }) reviewDueDays!: number;
  @ApiProperty({ type: 'integer', description: 'Stream revision; also the ETag' }) revision!: number;
}
