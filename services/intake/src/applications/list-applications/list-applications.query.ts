import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ACCESS_MODES, type AccessMode } from '../../programme/programme-rules';

import { APPLICATION_STATUSES } from '../domain/application';
import { IsOrganisationId, SortedPageQuery } from '@hpc-access/http';

export class ListApplicationsQuery extends SortedPageQuery {
  @ApiPropertyOptional({ enum: APPLICATION_STATUSES }) @IsOptional() @IsIn(APPLICATION_STATUSES) status?: string;
  @ApiPropertyOptional({ enum: ACCESS_MODES }) @IsOptional() @IsIn(ACCESS_MODES) mode?: AccessMode;
  @IsOrganisationId({ optional: true }) organisationId?: string;
}
