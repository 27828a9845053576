import { Body, Controller, Get, Headers, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ACCESS_MODES, type AccessMode } from '@hpc-access/contracts';
import { CurrentCaller, Roles, assertMayActOnSystem, commandContext, type Caller } from '@hpc-access/auth';
import type { Clock } from '@hpc-access/eventsourcing';
import { ApiPageResponse, ApiProblems, etagFor, historyEntries, parseIfMatch, IsOrganisationId } from '@hpc-access/http';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import type { Response } from 'express';
import { READERS, assertMayAccessOrganisation, systemCondition, systemScope } from '../allocation-roles';
import { ALLOCATION_CLOCK } from '../allocation.tokens';
import { IdPipe } from '../shared/id.pipe';
import { ConfigurationService } from '../configuration/configuration.service';
import { PageQuery } from '../shared/page';
import { AllocationSummaries } from './read-models/allocation-summaries';
import { AllocationCommands, type AllocationResult } from './allocation-commands';
import { FinalReportDto, ProvisioningDto, SuspensionDto } from './allocation-dtos';
import { AllocationHistoryView, AllocationSummaryView, AllocationView } from './allocation.view';
import { ETAG_HEADER } from '../openapi-headers';

const STATUSES = ['awarded', 'active', 'suspended', 'closed'] as const;

export class ListAllocationsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: STATUSES }) @IsOptional() @IsIn(STATUSES) status?: string;
  @ApiPropertyOptional({ enum: ACCESS_MODES }) @IsOptional() @IsIn(ACCESS_MODES) mode?: AccessMode;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) system?: string;
  @IsOrganisationId({ optional: true }) organisationId?: string;
}

function respond(res: Response, { state, revision }: AllocationResult) {
  res.setHeader('ETag', etagFor(revision));
  return {
    ...state.terms,
    status: state.status,
    suspendedBy: state.suspendedBy,
    activatedAt: state.activatedAt,
    finalReportDue: state.finalReportDue,
    finalReportSubmittedAt: state.finalReportSubmittedAt,
    finalReportOverdue: state.finalReportOverdue,
    revision,
  };
}

@ApiTags('allocations')
@ApiBearerAuth()
@Controller('api/allocation/allocations')
export class AllocationsController {
  constructor(
    private readonly allocations: AllocationCommands,
    @Inject(ALLOCATION_CLOCK) private readonly clock: Clock,
    private readonly summaries: AllocationSummaries,
    private readonly configs: ConfigurationService,
  ) {}

  /** Loads the allocation and refuses a site-scoped caller (403 naming the system) when its site does not host it. */
  private async loadFor(id: string, caller: Caller) {
    const result = await this.allocations.load(id);
    assertMayActOnSystem(await systemScope(caller, this.configs), result.state.terms?.system);
    return result;
  }

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

  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({ operationId: 'allocation.getAllocation', summary: 'One allocation as it stands; ETag = stream revision' })
  @ApiParam({ name: 'id', format: 'uuid', description: 'The allocation id' })
  @ApiOkResponse({ type: AllocationView, headers: ETAG_HEADER })
  @ApiProblems({ status: 404, description: 'No such allocation' })
  async get(@Param('id', IdPipe) id: string, @CurrentCaller() caller: Caller, @Res({ passthrough: true }) res: Response) {
    const result = await this.loadFor(id, caller);
    assertMayAccessOrganisation(caller.actor, result.state.terms?.organisationId ?? '');
    return respond(res, result);
  }

  @Get(':id/history')
  @Roles(...READERS)
  @ApiOperation({ operationId: 'allocation.getAllocationHistory', summary: 'Every event of the allocation, with who acted, in which role, and when' })
  @ApiParam({ name: 'id', format: 'uuid', description: 'The allocation id' })
  @ApiOkResponse({ type: AllocationHistoryView })
  @ApiProblems({ status: 404, description: 'No such allocation' })
  async history(@Param('id', IdPipe) id: string, @CurrentCaller() caller: Caller) {
    const { state, events } = await this.loadFor(id, caller);
    assertMayAccessOrganisation(caller.actor, state.terms?.organisationId ?? '');
    return {
      allocationId: id,
      events: historyEntries(events),
    };
  }

  @Post(':id/provisioning')
  @HttpCode(200)
  @Roles('site')
  @ApiOperation({ operationId: 'allocation.confirmProvisioning', summary: 'The hosting site confirms the project account: the allocation becomes active (its end date stays); only the site hosting its system' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The ETag last read; 412 if the allocation changed since' })
  @ApiParam({ name: 'id', format: 'uuid', description: 'The allocation id' })
  @ApiOkResponse({ type: AllocationView, headers: ETAG_HEADER, description: 'The allocation, now active' })
  @ApiProblems({ status: 404, description: 'No such allocation' }, { status: 409, description: 'Already confirmed, or the allocation is closed' }, 412)
  async provision(@Param('id', IdPipe) id: string, @Body() body: ProvisioningDto, @Headers('if-match') ifMatch: string | undefined, @CurrentCaller() caller: Caller, @Res({ passthrough: true }) res: Response) {
    const expected = parseIfMatch(ifMatch);
    await this.loadFor(id, caller);
    return respond(res, await this.allocations.activate(id, body.siteReference ?? null, commandContext(caller, this.clock.now()), { correlationId: caller.correlationId }, expected));
  }

  @Post(':id/suspension')
  @HttpCode(200)
  @Roles('allocation-committee')
  @ApiOperation({ operationId: 'allocation.suspendAllocation', summary: 'Suspend an allocation (staff)' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The ETag last read; 412 if the allocation changed since' })
  @ApiParam({ name: 'id', format: 'uuid', description: 'The allocation id' })
  @ApiOkResponse({ type: AllocationView, headers: ETAG_HEADER, description: 'The allocation, now suspended' })
  @ApiProblems({ status: 404, description: 'No such allocation' }, { status: 409, description: 'Already suspended, or closed' }, 412)
  async suspend(@Param('id', IdPipe) id: string, @Body() body: SuspensionDto, @Headers('if-match') ifMatch: string | undefined, @CurrentCaller() caller: Caller, @Res({ passthrough: true }) res: Response) {
    const expected = parseIfMatch(ifMatch);
    return respond(res, await this.allocations.suspend(id, body.reason, commandContext(caller, this.clock.now()), { correlationId: caller.correlationId }, expected));
  }

  @Post(':id/resumption')
  @HttpCode(200)
  @Roles('allocation-committee')
  @ApiOperation({ operationId: 'allocation.resumeAllocation', summary: 'Resume a suspended allocation (staff; lifts any suspension)' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The ETag last read; 412 if the allocation changed since' })
  @ApiParam({ name: 'id', format: 'uuid', description: 'The allocation id' })
  @ApiOkResponse({ type: AllocationView, headers: ETAG_HEADER, description: 'The allocation, active again (or awarded, if never activated)' })
  @ApiProblems({ status: 404, description: 'No such allocation' }, { status: 409, description: 'The allocation is not suspended' }, 412)
  async resume(@Param('id', IdPipe) id: string, @Headers('if-match') ifMatch: string | undefined, @CurrentCaller() caller: Caller, @Res({ passthrough: true }) res: Response) {
    const expected = parseIfMatch(ifMatch);
    return respond(res, await this.allocations.resume(id, commandContext(caller, this.clock.now()), { correlationId: caller.correlationId }, expected));
  }

  @Post(':id/final-report')
  @HttpCode(200)
  @Roles('applicant')
  @ApiOperation({ operationId: 'allocation.submitFinalReport', summary: 'The final report after closure: results, energy, compute, acknowledgement of EuroHPC; lifts a bar it caused' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The ETag last read; 412 if the allocation changed since' })
  @ApiParam({ name: 'id', format: 'uuid', description: 'The allocation id' })
  @ApiOkResponse({ type: AllocationView, headers: ETAG_HEADER, description: 'The allocation with its final report recorded' })
  @ApiProblems({ status: 404, description: 'No such allocation' }, { status: 409, description: 'The allocation is not closed yet, or its final report was already submitted' }, 412)
  async finalReport(@Param('id', IdPipe) id: string, @Body() body: FinalReportDto, @Headers('if-match') ifMatch: string | undefined, @CurrentCaller() caller: Caller, @Res({ passthrough: true }) res: Response) {
    const expected = parseIfMatch(ifMatch);
    const { state } = await this.allocations.load(id);
    assertMayAccessOrganisation(caller.actor, state.terms?.organisationId ?? '');
    return respond(res, await this.allocations.submitFinalReport(id, body, commandContext(caller, this.clock.now()), { correlationId: caller.correlationId }, expected));
  }
}
