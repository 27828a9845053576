import { ApiProperty } from '@nestjs/swagger';
import { OBLIGATION_STATUSES } from './list-obligations.query';

/** One obligation (an ethics condition under the pledge) in the list across organisations. */
export class ObligationDueView {
  @ApiProperty() organisationId!: string;
  @ApiProperty({ type: String, nullable: true }) legalName!: string | null;
  @ApiProperty() obligationId!: string;
  @ApiProperty() applicationId!: string;
  @ApiProperty({ description: 'The ethics condition' }) text!: string;
  @ApiProperty({ description: 'The due date as the chair set it' }) dueDate!: string;
  @ApiProperty({ format: 'date-time' }) dueAt!: string;
  @ApiProperty({ enum: OBLIGATION_STATUSES }) status!: string;
  @ApiProperty({ description: 'Overdue and not fulfilled' }) overdue!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) overdueSince!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the overdue obligation becomes a breach' }) breachAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the evidence waiting for review came in' }) evidenceSubmittedAt!: string | null;
  @ApiProperty({ type: 'integer', description: "The organisation's pledge record revision the row reflects: the If-Match of an action on it" }) revision!: number;
}
