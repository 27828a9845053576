import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsISO8601, IsNumber, IsOptional, IsString, Length, Matches, Min, ValidateNested } from 'class-validator';

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?$/i;

/** One finished job allocation (not a step), as sacct reports it. */
export class JobRecordDto {
  @ApiProperty({ example: 'lumi' }) @Matches(/^[a-z0-9][a-z0-9_-]{0,63}$/, { message: 'system must be 1 to 64 lower-case letters, digits, _ or -' }) system!: string;
  @ApiProperty({ example: '4711', description: 'A job allocation id (1234, 1234_7, 1234+0); steps such as 1234.batch are refused' })
  @Matches(/^\d+(?:_\d+|\+\d+)?$/, { message: 'jobId must be a job allocation id such as 1234, 1234_7 or 1234+0 (no steps)' }) jobId!: string;
  @ApiProperty({ example: 'EHPC-AIF-2026PG01-1147' }) @IsString() @Length(1, 64) account!: string;
  @ApiProperty({ example: 'lumi-g' }) @IsString() @Length(1, 64) partition!: string;
  @ApiPropertyOptional({ example: '2026-11-02T10:00:00Z', description: "Without a zone: read in the upload's zone (timeZone, or the site's)" })
  @IsOptional() @Matches(TIMESTAMP, { message: 'start must be a date and time such as 2026-11-02T10:00:00Z' }) @IsISO8601({ strict: true }) start?: string;
  @ApiProperty({ example: '2026-11-02T12:00:00Z', description: "Without a zone: read in the upload's zone (timeZone, or the site's)" })
  @Matches(TIMESTAMP, { message: 'end must be a date and time such as 2026-11-02T12:00:00Z' }) @IsISO8601({ strict: true }) end!: string;
  @ApiProperty({ example: 7200, description: 'Elapsed seconds' }) @IsInt() @Min(0) elapsedRaw!: number;
  @ApiProperty({ example: 'COMPLETED' }) @IsString() @Length(1, 64) state!: string;
  @ApiProperty({ example: 'billing=128,cpu=128,gres/gpu=8,node=1' }) @IsString() @Length(0, 1000) allocTres!: string;
  @ApiProperty({ example: 36000000, description: 'Joules' }) @IsNumber() @Min(0) consumedEnergyRaw!: number;
}

export class RecordUsageDto {
  @ApiProperty({ type: [JobRecordDto] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(20000) @ValidateNested({ each: true }) @Type(() => JobRecordDto)
  records!: JobRecordDto[];
}
