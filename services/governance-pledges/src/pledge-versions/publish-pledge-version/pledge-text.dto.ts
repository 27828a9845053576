import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDefined, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';

const TEXT = 5000;

export class CoreCommitmentsDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(TEXT) governanceStrategy!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(TEXT) highRiskSystemsMap!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(TEXT) aiLiteracy!: string;
}

export class OptionalCommitmentDto {
  @ApiProperty({ example: 'human-oversight' })
  @IsString() @Matches(/^[a-z][a-z0-9-]{1,63}$/, { message: 'id must be 2 to 64 lower-case letters, digits or dashes' }) id!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(TEXT) text!: string;
}

export class ModelTrainingDutiesDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(TEXT) modelDocumentationForm!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(TEXT) trainingDataSummary!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(TEXT) copyrightPolicy!: string;
}

export class PledgeTextDto {
  @ApiProperty({ type: CoreCommitmentsDto }) @IsDefined() @ValidateNested() @Type(() => CoreCommitmentsDto) coreCommitments!: CoreCommitmentsDto;
  @ApiProperty({ type: [OptionalCommitmentDto] }) @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => OptionalCommitmentDto) optionalCommitments!: OptionalCommitmentDto[];
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(TEXT) civilianUse!: string;
  @ApiProperty({ type: ModelTrainingDutiesDto }) @IsDefined() @ValidateNested() @Type(() => ModelTrainingDutiesDto) modelTrainingDuties!: ModelTrainingDutiesDto;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(TEXT) summaryOfChanges?: string;
}
