import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

class SmeThresholdsDto {
  @ApiProperty() @IsInt() @Min(1) maxStaff!: number;
  @ApiProperty() @IsNumber() @Min(0) maxTurnoverEurM!: number;
  @ApiProperty() @IsNumber() @Min(0) maxBalanceSheetEurM!: number;
}

class EligibleCountriesDto {
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMaxSize(100) @Matches(/^[A-Z]{2}$/, { each: true, message: '$property must hold two-letter country codes (XK for Kosovo included)' }) euMemberStates!: string[];
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMaxSize(100) @Matches(/^[A-Z]{2}$/, { each: true, message: '$property must hold two-letter country codes (XK for Kosovo included)' }) euroHpcParticipatingStates!: string[];
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMaxSize(100) @Matches(/^[A-Z]{2}$/, { each: true, message: '$property must hold two-letter country codes (XK for Kosovo included)' }) horizonEuropeAssociated!: string[];
}

class ModeRulesDto {
  @ApiProperty({ example: 'PG' }) @Matches(/^[A-Z]{2}$/) code!: string;
  @ApiProperty() @IsInt() @Min(1) minGpuHours!: number;
  @ApiProperty() @IsInt() @Min(1) maxGpuHours!: number;
  @ApiProperty({ type: [Number] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(24) @IsInt({ each: true }) @Min(1, { each: true }) durationsMonths!: number[];
  @ApiProperty() @IsInt() @Min(1) targetWorkingDays!: number;
  @ApiProperty({ enum: ['continuous', 'cut-off'] }) @IsIn(['continuous', 'cut-off']) intake!: 'continuous' | 'cut-off';
}

class ModesDto {
  @ApiProperty() @ValidateNested() @Type(() => ModeRulesDto) playground!: ModeRulesDto;
  @ApiProperty() @ValidateNested() @Type(() => ModeRulesDto) 'fast-lane'!: ModeRulesDto;
  @ApiProperty() @ValidateNested() @Type(() => ModeRulesDto) 'large-scale'!: ModeRulesDto;
}

class PartitionDto {
  @ApiProperty() @Matches(/^[a-z0-9][a-z0-9-]{0,49}$/) id!: string;
  @ApiProperty() @IsInt() @Min(1) nodes!: number;
  @ApiProperty() @IsInt() @Min(1) gpusPerNode!: number;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(100) gpu!: string;
}

class SystemDto {
  @ApiProperty() @Matches(/^[a-z0-9][a-z0-9-]{0,49}$/) id!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(100) name!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(200) site!: string;
  @ApiProperty({ type: [PartitionDto] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => PartitionDto) partitions!: PartitionDto[];
}

/** The whole programme configuration of intake, replaced as one document. */
export class ProgrammeRulesDto {
  @ApiProperty({ example: 'EHPC-AIF' }) @Matches(/^[A-Z][A-Z0-9-]{1,19}$/) programmeCode!: string;
  @ApiProperty() @ValidateNested() @Type(() => SmeThresholdsDto) sme!: SmeThresholdsDto;
  @ApiProperty() @ValidateNested() @Type(() => EligibleCountriesDto) eligibleCountries!: EligibleCountriesDto;
  @ApiProperty() @ValidateNested() @Type(() => ModesDto) modes!: ModesDto;
  @ApiProperty({ type: [SystemDto] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => SystemDto) systems!: SystemDto[];
}

export class ChangeProgrammeConfigurationDto {
  @ApiProperty() @ValidateNested() @Type(() => ProgrammeRulesDto) rules!: ProgrammeRulesDto;
  @ApiProperty({ description: 'Why the rules change (a new call, new terms of reference)' }) @IsString() @IsNotEmpty() @MaxLength(2000) reason!: string;
}
