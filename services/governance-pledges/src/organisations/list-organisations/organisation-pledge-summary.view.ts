import { ApiProperty } from '@nestjs/swagger';
import { PLEDGE_STATUSES } from './list-organisations.query';

/** One row of the organisations list, from the organisation_pledges read model. */
export class OrganisationPledgeSummaryView {
  @ApiProperty() organisationId!: string;
  @ApiProperty({ type: String, nullable: true }) legalName!: string | null;
  @ApiProperty({ enum: PLEDGE_STATUSES }) status!: string;
  @ApiProperty({ type: 'integer', nullable: true, description: 'The pledge version signed' }) signedVersion!: number | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) nextAttestationDue!: string | null;
  @ApiProperty() attestationOverdue!: boolean;
  @ApiProperty({ type: 'integer' }) openBreaches!: number;
  @ApiProperty({ type: 'integer' }) openObligations!: number;
  @ApiProperty({ type: 'integer' }) overdueObligations!: number;
  @ApiProperty() suspended!: boolean;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: 'integer', description: 'Stream revision the row reflects' }) revision!: number;
}
