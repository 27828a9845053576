import { ApiProperty } from '@nestjs/swagger';

/** The governance numbers in force (the document PUT replaces) with the revision of their stream. */
export class GovernanceConfigurationView {
  @ApiProperty({ type: 'integer', description: 'Attestations are due this many months apart, from the signature' }) attestationPeriodMonths!: number;
  @ApiProperty({ type: 'integer', description: 'Days before its due date an attestation may be submitted' }) attestationWindowDays!: number;
  @ApiProperty({ type: 'integer', description: 'Days overdue before an attestation or obligation becomes a breach' }) gracePeriodDays!: number;
  @ApiProperty({ type: 'integer', description: 'Days to sign a newly published pledge version' }) resignPeriodDays!: number;
  @ApiProperty({ description: 'Declared compute or energy further than this (percent) from accounting is flagged' }) computeTolerancePercent!: number;
  @ApiProperty({ type: 'integer', description: 'Days before its due date the organisation is reminded of an attestation' }) attestationReminderDays!: number;
  @ApiProperty({ type: 'integer', description: 'Stream revision; also the ETag' }) revision!: number;
}
