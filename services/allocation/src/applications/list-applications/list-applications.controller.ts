import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ACCESS_MODES, type AccessMode } from '@hpc-access/contracts';
import { assertMayAccessOrganisation, assertNotChairOfApplicant, CurrentCaller, Roles, type Caller } from '@hpc-access/auth';
import { ApiPageResponse, IsOrganisationId } from '@hpc-access/http';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { READERS, notChairsOwnOrganisation, systemCondition, systemScope } from '../../allocation-roles';
import { ConfigurationService } from '../../configuration/configuration.service';
import { PageQuery } from '../../shared/page';
import { ApplicationSummaries } from '../read-models/application-summaries';
import { APPLICATION_STATUSES, AllocationApplicationSummaryView } from './application-summary.view';

export { APPLICATION_STATUSES } from './application-summary.view';

export class ListApplicationsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: APPLICATION_STATUSES }) @IsOptional() @IsIn(APPLICATION_STATUSES) status?: string;
  @ApiPropertyOptional({ enum: ACCESS_MODES }) @IsOptional() @IsIn(ACCESS_MODES) mode?: AccessMode;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) system?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) partition?: string;
  @IsOrganisationId({ optional: true }) organisationId?: string;
}

@ApiTags('allocation applications')
@ApiBearerAuth()
@Controller('api/allocation/applications')
export class ListApplicationsController {
  constructor(
    private readonly summaries: ApplicationSummaries,
    private readonly configs: ConfigurationService,
  ) {}

  @Get()
  @Roles(...READERS)
  @ApiOperation({ operationId: 'allocation.listApplications', summary: "Applications in allocation (held, queued, awarded, not funded...), filtered and paginated, with their time to access; a site (or its technical assessor) sees only its systems'" })
  @ApiPageResponse(AllocationApplicationSummaryView)
  async list(@Query() query: ListApplicationsQuery, @CurrentCaller() caller: Caller) {
    // An applicant's list is their organisation's, whatever they ask for.
    const organisationId = caller.actor.role === 'applicant' ? (query.organisationId ?? caller.actor.organisationId ?? '') : query.organisationId;
    if (organisationId !== undefined) assertMayAccessOrganisation(caller.actor, organisationId);
    if (organisationId !== undefined) assertNotChairOfApplicant(caller.actor, organisationId);
    const scope = await systemScope(caller, this.configs);
    const filters = { status: query.status, mode: query.mode, system: query.system, partition: query.partition, organisation_id: organisationId };
    return this.summaries.list(filters, query, [...systemCondition(scope), ...notChairsOwnOrganisation(caller.actor)]);
  }
}
