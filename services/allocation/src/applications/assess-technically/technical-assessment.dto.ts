import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TECHNICAL_OUTCOMES, type TechnicalOutcome } from '@hpc-access/contracts';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

export class TechnicalAssessmentDto {
  @ApiProperty({ enum: TECHNICAL_OUTCOMES }) @IsIn(TECHNICAL_OUTCOMES) outcome!: TechnicalOutcome;
  @ApiPropertyOptional({ description: 'Required unless accepted as is, e.g. "codes not installed"' }) @IsOptional() @IsString() @MaxLength(2000) remarks?: string;
}
