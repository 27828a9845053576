import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { ACCESS_MODES, type AccessMode } from '@hpc-access/contracts';

export const CASE_STATUSES = ['in-review', 'awaiting-decision', 'information-requested', 'decided', 'withdrawn'] as const;

export class ListCasesQuery {
  @ApiPropertyOptional({ enum: CASE_STATUSES }) @IsOptional() @IsIn(CASE_STATUSES) status?: string;
  @ApiPropertyOptional({ enum: ACCESS_MODES }) @IsOptional() @IsIn(ACCESS_MODES) mode?: AccessMode;
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(/^[A-Za-z0-9][A-Za-z0-9._@-]{0,127}$/) organisationId?: string;
  @ApiPropertyOptional({ description: "'me' or a reviewer id: cases that reviewer is assigned to (a reviewer always sees only their own)" })
  @IsOptional() @IsString() @Matches(/^[A-Za-z0-9][A-Za-z0-9._@-]{0,127}$/)
  assignedTo?: string;
  @ApiPropertyOptional({ default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100000) page?: number;
  @ApiPropertyOptional({ default: 20 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) pageSize?: number;
}
