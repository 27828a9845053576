import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { ACCESS_MODES, type AccessMode } from '../../programme/programme-rules';

import { APPLICATION_STATUSES } from '../domain/application';

export class ListApplicationsQuery {
  @ApiPropertyOptional({ enum: APPLICATION_STATUSES }) @IsOptional() @IsIn(APPLICATION_STATUSES) status?: string;
  @ApiPropertyOptional({ enum: ACCESS_MODES }) @IsOptional() @IsIn(ACCESS_MODES) mode?: AccessMode;
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(/^[a-z0-9][a-z0-9-]{2,63}$/) organisationId?: string;
  @ApiPropertyOptional({ default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100000) page?: number;
  @ApiPropertyOptional({ default: 20 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) pageSize?: number;
}
