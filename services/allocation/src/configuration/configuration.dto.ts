import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsNumber,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export class PoolCapacityDto {
  @ApiProperty() @IsInt() @Min(0) continuous!: number;
  @ApiProperty() @IsInt() @Min(0) largeScale!: number;
}

export class PartitionDto {
  @ApiProperty() @IsString() @Matches(/^[a-z0-9][a-z0-9-]{0,62}$/) id!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(100) gpu!: string;
  @ApiProperty() @IsInt() @Min(1) nodes!: number;
  @ApiProperty() @IsInt() @Min(1) @Max(64) gpusPerNode!: number;
  @ApiProperty({ type: PoolCapacityDto }) @ValidateNested() @Type(() => PoolCapacityDto) monthlyCapacityGpuHours!: PoolCapacityDto;
}

export class SystemDto {
  @ApiProperty() @IsString() @Matches(/^[a-z0-9][a-z0-9-]{0,62}$/) id!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(100) name!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(200) site!: string;
  @ApiProperty({ type: [PartitionDto] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => PartitionDto) partitions!: PartitionDto[];
}

export class SiteDto {
  @ApiProperty({ example: 'cineca' }) @IsString() @Matches(/^[a-z0-9][a-z0-9-]{0,62}$/) id!: string;
  @ApiProperty({ example: 'CINECA, Bologna, IT' }) @IsString() @IsNotEmpty() @MaxLength(200) name!: string;
  @ApiProperty({ type: [String], example: ['leonardo'], description: 'The systems it hosts: what its site and technical-assessor tokens may act on' })
  @IsArray() @ArrayMaxSize(100) @Matches(/^[a-z0-9][a-z0-9-]{0,62}$/, { each: true }) systems!: string[];
}

export class ModeDto {
  @ApiProperty({ example: 'PG' }) @IsString() @Matches(/^[A-Z]{2}$/) code!: string;
  @ApiProperty() @IsInt() @Min(1) @Max(365) targetWorkingDays!: number;
}

export class ModesDto {
  @ApiProperty({ type: ModeDto }) @ValidateNested() @Type(() => ModeDto) playground!: ModeDto;
  @ApiProperty({ type: ModeDto }) @ValidateNested() @Type(() => ModeDto) 'fast-lane'!: ModeDto;
  @ApiProperty({ type: ModeDto }) @ValidateNested() @Type(() => ModeDto) 'large-scale'!: ModeDto;
}

export class WeightsDto {
  @ApiProperty() @IsNumber() @Min(0) @Max(1) excellence!: number;
  @ApiProperty() @IsNumber() @Min(0) @Max(1) innovationAndImpact!: number;
  @ApiProperty() @IsNumber() @Min(0) @Max(1) implementation!: number;
}

export class ScoringDto {
  @ApiProperty({ type: WeightsDto }) @ValidateNested() @Type(() => WeightsDto) weights!: WeightsDto;
  @ApiProperty({ minimum: 1, maximum: 5 }) @IsNumber() @Min(1) @Max(5) threshold!: number;
}

/** The whole configuration: a PUT replaces it, and the change is an event. */
export class ConfigurationDto {
  @ApiProperty({ example: 'EHPC-AIF' }) @IsString() @Matches(/^[A-Z][A-Z0-9-]{1,30}$/) programmeCode!: string;
  @ApiProperty() @IsInt() @Min(1) @Max(365) holdLifetimeDays!: number;
  @ApiProperty() @IsInt() @Min(1) @Max(24) finalReportDueMonths!: number;
  @ApiProperty({ minimum: 0, maximum: 1 }) @IsNumber() @Min(0) @Max(1) minimumPartialFraction!: number;
  @ApiProperty({ type: ModesDto }) @ValidateNested() @Type(() => ModesDto) modes!: ModesDto;
  @ApiProperty({ type: ScoringDto }) @ValidateNested() @Type(() => ScoringDto) scoring!: ScoringDto;
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMaxSize(400) @IsISO8601({ strict: true }, { each: true }) holidays!: string[];
  @ApiProperty({ type: [SystemDto] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => SystemDto) systems!: SystemDto[];
  @ApiProperty({ type: [SiteDto], description: 'Each system hosted by exactly one site' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => SiteDto) sites!: SiteDto[];
}
