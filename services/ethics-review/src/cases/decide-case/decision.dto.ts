import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsISO8601, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { CHAIR_OUTCOMES, type ChairOutcome } from '../domain/ethics-case';

export class ConditionDto {
  @ApiProperty({ example: 'Publish a model card before the first training run' }) @IsString() @Length(3, 2000) text!: string;
  @ApiPropertyOptional({ description: 'ISO date; default: the configured number of days after the decision', example: '2027-03-01' })
  @IsOptional() @IsISO8601({ strict: true }) @Length(10, 10)
  dueDate?: string;
}

export class DecisionDto {
  @ApiProperty({ enum: CHAIR_OUTCOMES }) @IsIn(CHAIR_OUTCOMES) outcome!: ChairOutcome;

  @ApiPropertyOptional({ type: [ConditionDto], description: 'Required for cleared-with-conditions, refused otherwise' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => ConditionDto)
  conditions?: ConditionDto[];

  @ApiPropertyOptional({ type: [String], description: 'Required for refused' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @Length(3, 2000, { each: true })
  reasons?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Required for information-requested, refused otherwise' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @Length(3, 2000, { each: true })
  questions?: string[];
}
