import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { ACCESS_MODES, type AccessMode } from '@hpc-access/contracts';
import { IsOrganisationId, SortedPageQuery } from '@hpc-access/http';

export const CASE_STATUSES = ['in-review', 'awaiting-decision', 'information-requested', 'decided', 'withdrawn'] as const;

export class ListCasesQuery extends SortedPageQuery {
  @ApiPropertyOptional({ enum: CASE_STATUSES }) @IsOptional() @IsIn(CASE_STATUSES) status?: string;
  @ApiPropertyOptional({ enum: ACCESS_MODES }) @IsOptional() @IsIn(ACCESS_MODES) mode?: AccessMode;
  @IsOrganisationId({ optional: true }) organisationId?: string;
  @ApiPropertyOptional({ description: "'me' or a reviewer id: cases that reviewer is assigned to (a reviewer always sees only their own)" })
  @IsOptional() @IsString() @Matches(/^[A-Za-z0-9][A-Za-z0-9._@-]{0,127}$/)
  assignedTo?: string;
}
