import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsOptional,
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

// Schema names carry the service: the platform's one document also holds intake's programme rules
// (ModesDto, SystemDto, PartitionDto), and SwaggerModule keeps only one schema per name.
@ApiSchema({ name: 'AllocationPoolCapacity' })
export class PoolCapacityDto {
  @ApiProperty() @IsInt() @Min(0) continuous!: number;
  @ApiProperty() @IsInt() @Min(0) largeScale!: number;
}

@ApiSchema({ name: 'AllocationPartition' })
export class PartitionDto {
  @ApiProperty() @IsString() @Matches(/^[a-z0-9][a-z0-9-]{0,62}$/) id!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(100) gpu!: string;
  @ApiProperty() @IsInt() @Min(1) nodes!: number;
  @ApiProperty() @IsInt() @Min(1) @Max(64) gpusPerNode!: number;
  @ApiProperty({ type: PoolCapacityDto }) @ValidateNested() @Type(() => PoolCapacityDto) monthlyCapacityGpuHours!: PoolCapacityDto;
}

@ApiSchema({ name: 'AllocationSystem' })
export class SystemDto {
  @ApiProperty() @IsString() @Matches(/^[a-z0-9][a-z0-9-]{0,62}$/) id!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(100) name!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(200) site!: string;
  @ApiProperty({ type: [PartitionDto] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => PartitionDto) partitions!: PartitionDto[];
}

@ApiSchema({ name: 'AllocationSite' })
export class SiteDto {
  @ApiProperty({ example: 'cineca' }) @IsString() @Matches(/^[a-z0-9][a-z0-9-]{0,62}$/) id!: string;
  @ApiProperty({ example: 'CINECA, Bologna, IT' }) @IsString() @IsNotEmpty() @MaxLength(200) name!: string;
  @ApiProperty({ type: [String], example: ['leonardo'], description: 'The systems it hosts: what its site and technical-assessor tokens may act on' })
  @IsArray() @ArrayMaxSize(100) @Matches(/^[a-z0-9][a-z0-9-]{0,62}$/, { each: true }) systems!: string[];
}

@ApiSchema({ name: 'AllocationMode' })
export class ModeDto {
  @ApiProperty({ example: 'PG' }) @IsString() @Matches(/^[A-Z]{2}$/) code!: string;
  @ApiProperty() @IsInt() @Min(1) @Max(365) targetWorkingDays!: number;
}

@ApiSchema({ name: 'AllocationModes' })
export class ModesDto {
  @ApiProperty({ type: ModeDto }) @ValidateNested() @Type(() => ModeDto) playground!: ModeDto;
  @ApiProperty({ type: ModeDto }) @ValidateNested() @Type(() => ModeDto) 'fast-lane'!: ModeDto;
  @ApiProperty({ type: ModeDto }) @ValidateNested() @Type(() => ModeDto) 'large-scale'!: ModeDto;
}

@ApiSchema({ name: 'AllocationScoreWeights' })
export class WeightsDto {
  @ApiProperty() @IsNumber() @Min(0) @Max(1) excellence!: number;
  @ApiProperty() @IsNumber() @Min(0) @Max(1) innovationAndImpact!: number;
  @ApiProperty() @IsNumber() @Min(0) @Max(1) implementation!: number;
}

@ApiSchema({ name: 'AllocationScoring' })
export class ScoringDto {
  @ApiProperty({ type: WeightsDto }) @ValidateNested() @Type(() => WeightsDto) weights!: WeightsDto;
  @ApiProperty({ minimum: 1, maximum: 5 }) @IsNumber() @Min(1) @Max(5) threshold!: number;
}

/** The whole configuration: a PUT replaces it, and the change is an event. */
@ApiSchema({ name: 'AllocationConfiguration' })
export class ConfigurationDto {
  @ApiProperty({ example: 'EHPC-AIF' }) @IsString() @Matches(/^[A-Z][A-Z0-9-]{1,30}$/) programmeCode!: string;
  @ApiProperty() @IsInt() @Min(1) @Max(365) holdLifetimeDays!: number;
  @ApiProperty() @IsInt() @Min(1) @Max(24) finalReportDueMonths!: number;
  @ApiProperty({ required: false, description: 'Days a suspended allocation keeps its capacity reserved before it goes back to the pool (default 30)' })
  @IsOptional() @IsInt() @Min(0) @Max(3650) suspensionKeepsCapacityDays?: number;
  @ApiProperty({ minimum: 0, maximum: 1 }) @IsNumber() @Min(0) @Max(1) minimumPartialFraction!: number;
  @ApiProperty({ type: ModesDto }) @ValidateNested() @Type(() => ModesDto) modes!: ModesDto;
  @ApiProperty({ type: ScoringDto }) @ValidateNested() @Type(() => ScoringDto) scoring!: ScoringDto;
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMaxSize(400) @IsISO8601({ strict: true }, { each: true }) holidays!: string[];
  @ApiProperty({ type: [SystemDto] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => SystemDto) systems!: SystemDto[];
  @ApiProperty({ type: [SiteDto], description: 'Each system hosted by exactly one site' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => SiteDto) sites!: SiteDto[];
}
