import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { assertMayAccessOrganisation, assertNotChairOfApplicant, CurrentCaller, Roles, type Caller } from '@hpc-access/auth';
import { ApiProblems, historyPage, PageQuery } from '@hpc-access/http';
import { READERS } from '../../allocation-roles';
import { IdPipe } from '../../shared/id.pipe';
import { ApplicationReader } from '../application-reader';
import { AllocationApplicationHistoryView } from '../application.view';

@ApiTags('allocation applications')
@ApiBearerAuth()
@ApiParam({ name: 'id', format: 'uuid', description: 'The application id' })
@Controller('api/allocation/applications')
export class ApplicationHistoryController {
  constructor(private readonly applications: ApplicationReader) {}

  @Get(':id/history')
  @Roles(...READERS)
  @ApiOperation({ operationId: 'allocation.getApplicationHistory', summary: 'Every event of the application in allocation, with who acted, in which role, and when' })
  @ApiOkResponse({ type: AllocationApplicationHistoryView })
  @ApiProblems({ status: 404, description: 'Allocation knows no such application' })
  async history(@Param('id', IdPipe) id: string, @Query() query: PageQuery, @CurrentCaller() caller: Caller) {
    const { state, events } = await this.applications.loadFor(id, caller);
    assertMayAccessOrganisation(caller.actor, state.organisationId);
    assertNotChairOfApplicant(caller.actor, state.organisationId);
    return {
      applicationId: id,
      ...historyPage(events, query),
    };
  }
}
