import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDefined, IsIn, IsInt, IsNumber, IsOptional, IsPositive, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { JOB_STATES, type JobState } from '../domain/configuration';
import { OVERUSE_ACTIONS, type OveruseAction } from '@hpc-access/contracts';

const SLUG = /^[a-z0-9][a-z0-9_-]{0,63}$/;

export class PartitionBillingDto {
  @ApiProperty({ example: 'lumi' }) @Matches(SLUG, { message: 'system must be 1 to 64 lower-case letters, digits, _ or -' }) system!: string;
  @ApiProperty({ example: 'lumi-g' }) @Matches(SLUG, { message: 'partition must be 1 to 64 lower-case letters, digits, _ or -' }) partition!: string;
  @ApiProperty({ enum: ['gres', 'node'], description: "'node': GPUs = nodes x gpusPerNode (billed per module); 'gres': the gres/gpu count" })
  @IsIn(['gres', 'node']) billing!: 'gres' | 'node';
  @ApiProperty({ example: 4 }) @IsInt() @Min(1) @Max(64) gpusPerNode!: number;
  @ApiPropertyOptional({ example: 2978, description: 'Nodes of the partition: a job record on more nodes is flagged, not charged; absent: not checked' })
  @IsOptional() @IsInt() @Min(1) @Max(1_000_000) nodes?: number;
  @ApiProperty({ example: 383e12 }) @IsNumber() @IsPositive() peakFlopsPerGpu!: number;
  @ApiPropertyOptional({ enum: JOB_STATES, isArray: true, example: ['COMPLETED', 'TIMEOUT', 'CANCELLED'], description: 'Job states this partition charges (COMPLETED always); absent: every state is charged in full. Jobs in other states are recorded and charged 0 GPU-hours.' })
  @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(JOB_STATES.length) @IsIn(JOB_STATES, { each: true })
  chargedStates?: JobState[];
}

export class SiteTimeZoneDto {
  @ApiProperty({ example: 'csc' }) @Matches(/^[a-z0-9][a-z0-9-]{0,62}$/, { message: 'siteId must be a site id such as csc' }) siteId!: string;
  @ApiProperty({ example: 'Europe/Helsinki', description: 'IANA time zone of the site: zone-less sacct times are read in it' }) @IsString() @Length(1, 64) timeZone!: string;
}

export class OverusePolicyDto {
  @ApiProperty({ enum: OVERUSE_ACTIONS }) @IsIn(OVERUSE_ACTIONS) playground!: OveruseAction;
  @ApiProperty({ enum: OVERUSE_ACTIONS }) @IsIn(OVERUSE_ACTIONS) 'fast-lane'!: OveruseAction;
  @ApiProperty({ enum: OVERUSE_ACTIONS }) @IsIn(OVERUSE_ACTIONS) 'large-scale'!: OveruseAction;
}

export class UsageChecksDto {
  @ApiProperty({ example: 24, description: 'Hours after the allocation\'s end a job may still end and be charged' }) @IsNumber() @Min(0) @Max(744) graceHoursAfterEnd!: number;
  @ApiProperty({ example: 15, description: 'Minutes a job may end after the time it is received (clock skew) before it is flagged as in the future' }) @IsNumber() @Min(0) @Max(1440) futureToleranceMinutes!: number;
  @ApiProperty({ example: 50, description: 'A month whose burn passes its quota by more than this share of the quota is flagged (50: above 150 %)' }) @IsNumber() @Min(0) @Max(1000) monthlyQuotaMarginPercent!: number;
}

/** The whole configuration: PUT replaces it (each change one event). */
export class AccountingConfigurationDto {
  @ApiProperty({ type: [PartitionBillingDto] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => PartitionBillingDto)
  partitions!: PartitionBillingDto[];

  @ApiProperty({ example: 0.4 }) @IsNumber() @IsPositive() @Max(1) utilisationFactor!: number;

  @ApiProperty({ example: [75, 90, 100] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(20) @IsInt({ each: true }) @Min(1, { each: true }) @Max(1000, { each: true })
  thresholdsPercent!: number[];

  @ApiProperty({ type: OverusePolicyDto }) @IsDefined() @ValidateNested() @Type(() => OverusePolicyDto) overusePolicy!: OverusePolicyDto;

  @ApiProperty({ example: 70 }) @IsNumber() @Min(0) @Max(100) underuseSharePercent!: number;

  @ApiPropertyOptional({ type: [SiteTimeZoneDto], description: "Each hosting site's time zone; a site not listed must name its zone with each sacct upload (timeZone)" })
  @IsOptional() @IsArray() @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => SiteTimeZoneDto)
  siteTimeZones?: SiteTimeZoneDto[];

  @ApiPropertyOptional({ type: UsageChecksDto, description: 'Dates and monthly burn checks; absent: grace 24 h, tolerance 15 min, margin 50 %' })
  @IsOptional() @ValidateNested() @Type(() => UsageChecksDto)
  usageChecks?: UsageChecksDto;
}
