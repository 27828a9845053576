import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { IsOrganisationId, SortedPageQuery } from '@hpc-access/http';

export const PLEDGE_STATUSES = ['unsigned', 'signed', 'lapsed', 'withdrawn'] as const;

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class ListOrganisationsQuery extends SortedPageQuery {
  @ApiPropertyOptional({ enum: PLEDGE_STATUSES }) @IsOptional() @IsIn(PLEDGE_STATUSES) status?: string;
  @ApiPropertyOptional({ description: 'Only organisations with an overdue attestation or obligation (true) or without (false)' })
  @IsOptional() @Transform(toBoolean) @IsBoolean() overdue?: boolean;
  @ApiPropertyOptional({ description: 'Only organisations with open breaches (true) or without (false)' })
  @IsOptional() @Transform(toBoolean) @IsBoolean() openBreaches?: boolean;
  @ApiPropertyOptional() @IsOptional() @Transform(toBoolean) @IsBoolean() suspended?: boolean;
  @IsOrganisationId({ optional: true }) organisationId?: string;
}
