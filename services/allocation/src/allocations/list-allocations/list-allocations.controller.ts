import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ACCESS_MODES, type AccessMode } from '@hpc-access/contracts';
import { assertMayAccessOrganisation, CurrentCaller, Roles, type Caller } from '@hpc-access/auth';
import { ApiPageResponse, IsOrganisationId } from '@hpc-access/http';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { READERS, systemCondition, systemScope } from '../../allocation-roles';
import { ConfigurationService } from '../../configuration/configuration.service';
import { PageQuery } from '../../shared/page';
import { AllocationSummaryView } from '../allocation.view';
import { AllocationSummaries } from '../read-models/allocation-summaries';

const STATUSES = ['awarded', 'active', 'suspended', 'closed'] as const;

export class ListAllocationsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: STATUSES }) @IsOptional() @IsIn(STATUSES) status?: string;
  @ApiPropertyOptional({ enum: ACCESS_MODES }) @IsOptional() @IsIn(ACCESS_MODES) mode?: AccessMode;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) system?: string;
  @IsOrganisationId({ optional: true }) organisationId?: string;
}

@ApiTags('allocations')
@ApiBearerAuth()
@Controller('api/allocation/allocations')
export class ListAllocationsController {
  constructor(private readonly summaries: AllocationSummaries, private readonly configs: ConfigurationService) {}

  @Get()
  @Roles(...READERS)
  @ApiOperation({ operationId: 'allocation.listAllocations', summary: "Allocations, filtered and paginated; an applicant sees only their organisation's, a site (or its technical assessor) only its systems'" })
  @ApiPageResponse(AllocationSummaryView)
  async list(@Query() query: ListAllocationsQuery, @CurrentCaller() caller: Caller) {
    const organisationId = caller.actor.role === 'applicant' ? (query.organisationId ?? caller.actor.organisationId ?? '') : query.organisationId;
    if (organisationId !== undefined) assertMayAccessOrganisation(caller.actor, organisationId);
    const scope = await systemScope(caller, this.configs);
    const filters = { status: query.status, mode: query.mode, system: query.system, organisation_id: organisationId };
    return this.summaries.list(filters, query, systemCondition(scope));
  }
}
