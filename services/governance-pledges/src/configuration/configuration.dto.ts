import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNumber, IsOptional, Max, Min } from 'class-validator';

/** The whole configuration: a PUT replaces it, so every number is required. */
export class GovernanceConfigurationDto {
  @ApiProperty({ example: 3, description: 'Attestations are due this many months apart, from the signature' })
  @IsInt() @Min(1) @Max(24) attestationPeriodMonths!: number;

  @ApiProperty({ example: 30, description: 'Days before its due date an attestation may be submitted' })
  @IsInt() @Min(0) @Max(90) attestationWindowDays!: number;

  @ApiProperty({ example: 30, description: 'Days overdue before an attestation or obligation becomes a breach' })
  @IsInt() @Min(0) @Max(365) gracePeriodDays!: number;

  @ApiProperty({ example: 60, description: 'Days to sign a newly published pledge version' })
  @IsInt() @Min(1) @Max(365) resignPeriodDays!: number;

  @ApiProperty({ example: 10, description: 'Declared compute or energy further than this from accounting is flagged' })
  @IsNumber() @Min(0) @Max(100) computeTolerancePercent!: number;

  // Optional so that clients written before reminders existed keep working: absent keeps the number in force.
  @ApiPropertyOptional({ example: 14, description: 'Days before its due date the organisation is reminded of an attestation; absent: unchanged' })
  @IsOptional() @IsInt() @Min(1) @Max(90) attestationReminderDays?: number;
}
