import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { assertMayAccessOrganisation, assertNotChairOfApplicant, CurrentCaller, Roles, type Caller } from '@hpc-access/auth';
import { ApiProblems, ETAG_HEADER } from '@hpc-access/http';
import type { Response } from 'express';
import { READERS } from '../../allocation-roles';
import { IdPipe } from '../../shared/id.pipe';
import { ApplicationReader } from '../application-reader';
import { AllocationApplicationReadView } from '../application.view';
import { ApplicationSummaries } from '../read-models/application-summaries';
import { respondWithApplication } from '../respond-with-application';

@ApiTags('allocation applications')
@ApiBearerAuth()
@ApiParam({ name: 'id', format: 'uuid', description: 'The application id' })
@Controller('api/allocation/applications')
export class GetApplicationController {
  constructor(private readonly applications: ApplicationReader, private readonly summaries: ApplicationSummaries) {}

  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({ operationId: 'allocation.getApplication', summary: 'One application as allocation sees it; ETag = stream revision' })
  @ApiOkResponse({ type: AllocationApplicationReadView, headers: ETAG_HEADER })
  @ApiProblems({ status: 404, description: 'Allocation knows no such application' })
  async get(@Param('id', IdPipe) id: string, @CurrentCaller() caller: Caller, @Res({ passthrough: true }) res: Response) {
    const { state, revision } = await this.applications.loadFor(id, caller);
    assertMayAccessOrganisation(caller.actor, state.organisationId);
    assertNotChairOfApplicant(caller.actor, state.organisationId);
    // Holds and queue places live in the partitions' ledgers, not in this stream: while the
    // application waits for capacity, its standing there is what the read model says.
    const summary = await this.summaries.capacityStandingOf(id);
    const view = respondWithApplication(res, { state, revision });
    if (!summary || state.status !== 'registered') return view;
    return { ...view, status: summary.status, hold: summary.hold };
  }
}
