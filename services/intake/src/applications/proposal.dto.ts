import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ACCESS_MODES, type AccessMode } from '../programme/programme-rules';
import { ETHICS_PRINCIPLES, MODEL_KINDS, type EthicsPrinciple, type ModelKind } from './domain/proposal';

export class DataSourcesDto {
  @ApiProperty() @IsString() @Length(1, 4000) description!: string;
  @ApiProperty() @IsBoolean() personalData!: boolean;
  @ApiProperty() @IsBoolean() copyrightedMaterial!: boolean;
  @ApiProperty({ description: 'Text-and-data-mining opt-outs are honoured' }) @IsBoolean() tdmOptOutsHonoured!: boolean;
}

export class PrincipleAnswerDto {
  @ApiProperty({ enum: ['no-issue', 'issue-mitigated', 'issue-open'] })
  @IsIn(['no-issue', 'issue-mitigated', 'issue-open'])
  assessment!: 'no-issue' | 'issue-mitigated' | 'issue-open';

  @ApiProperty() @IsString() @Length(1, 4000) explanation!: string;
}

export class PrinciplesDto implements Record<EthicsPrinciple, PrincipleAnswerDto> {
  @ApiProperty() @ValidateNested() @Type(() => PrincipleAnswerDto) humanAgency!: PrincipleAnswerDto;
  @ApiProperty() @ValidateNested() @Type(() => PrincipleAnswerDto) privacyAndDataGovernance!: PrincipleAnswerDto;
  @ApiProperty() @ValidateNested() @Type(() => PrincipleAnswerDto) fairness!: PrincipleAnswerDto;
  @ApiProperty() @ValidateNested() @Type(() => PrincipleAnswerDto) wellbeing!: PrincipleAnswerDto;
  @ApiProperty() @ValidateNested() @Type(() => PrincipleAnswerDto) transparency!: PrincipleAnswerDto;
  @ApiProperty() @ValidateNested() @Type(() => PrincipleAnswerDto) accountabilityAndOversight!: PrincipleAnswerDto;
}

export class EthicsSelfAssessmentDto {
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(200, { each: true }) issueCategories!: string[];
  @ApiProperty({ description: 'A practice prohibited by AI Act Article 5 is involved' }) @IsBoolean() prohibitedPractice!: boolean;
  @ApiProperty({ description: `One answer per principle: ${ETHICS_PRINCIPLES.join(', ')}` })
  @ValidateNested() @Type(() => PrinciplesDto) principles!: PrinciplesDto;
}

/** Every field optional: a draft fills in over time; submission checks completeness. */
export class DraftProposalDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(3, 200) title?: string;
  @ApiPropertyOptional({ enum: ACCESS_MODES }) @IsOptional() @IsIn(ACCESS_MODES) mode?: AccessMode;
  @ApiPropertyOptional({ example: 'leonardo' }) @IsOptional() @IsString() @Length(1, 64) system?: string;
  @ApiPropertyOptional({ example: 'booster' }) @IsOptional() @IsString() @Length(1, 64) partition?: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) @Max(100_000_000) gpuHours?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) @Max(36) durationMonths?: number;
  @ApiPropertyOptional({ example: '2027-01-01' }) @IsOptional() @IsDateString({ strict: true }) startDate?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(10, 10000) projectSummary?: string;
  @ApiPropertyOptional({ enum: MODEL_KINDS }) @IsOptional() @IsIn(MODEL_KINDS) modelKind?: ModelKind;
  @ApiPropertyOptional({ description: 'Estimated training compute in FLOP' }) @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) trainingComputeFlop?: number;
  @ApiPropertyOptional() @IsOptional() @ValidateNested() @Type(() => DataSourcesDto) dataSources?: DataSourcesDto;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() civilianUse?: boolean;
  @ApiPropertyOptional({ enum: ['yes', 'no', 'partial'] }) @IsOptional() @IsIn(['yes', 'no', 'partial']) openSourceIntention?: 'yes' | 'no' | 'partial';
  @ApiPropertyOptional({ type: [Number], description: 'Planned GPU-hours per month' })
  @IsOptional() @IsArray() @ArrayMaxSize(36) @IsInt({ each: true }) @Min(0, { each: true }) monthlyUsagePlan?: number[];
  @ApiPropertyOptional() @IsOptional() @ValidateNested() @Type(() => EthicsSelfAssessmentDto) ethicsSelfAssessment?: EthicsSelfAssessmentDto;
}

/** class-transformer leaves undefined keys for absent optional fields; events keep only what was sent. */
export function definedOnly<T extends object>(value: T): Partial<T> {
  return JSON.parse(JSON.stringify(value)) as Partial<T>;
}
