import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

export const PLEDGE_STATUSES = ['unsigned', 'signed', 'lapsed', 'withdrawn'] as const;

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class ListOrganisationsQuery {
  @ApiPropertyOptional({ enum: PLEDGE_STATUSES }) @IsOptional() @IsIn(PLEDGE_STATUSES) status?: string;
  @ApiPropertyOptional({ description: 'Only organisations with an overdue attestation or obligation (true) or without (false)' })
  @IsOptional() @Transform(toBoolean) @IsBoolean() overdue?: boolean;
  @ApiPropertyOptional({ description: 'Only organisations with open breaches (true) or without (false)' })
  @IsOptional() @Transform(toBoolean) @IsBoolean() openBreaches?: boolean;
  @ApiPropertyOptional() @IsOptional() @Transform(toBoolean) @IsBoolean() suspended?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/) organisationId?: string;
  @ApiPropertyOptional({ default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100000) page?: number;
  @ApiPropertyOptional({ default: 20 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) pageSize?: number;
}
