import { Body, Controller, Get, Headers, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, assertMayActOnSystem, commandContext, type Caller } from '@hpc-access/auth';
import type { Clock } from '@hpc-access/eventsourcing';
import { ApiProblems, etagFor, historyEntries, parseIfMatch } from '@hpc-access/http';
import type { Response } from 'express';
import { READERS, assertMayAccessOrganisation, assertNotChairOfApplicant, systemScope } from '../allocation-roles';
import { ConfigurationService } from '../configuration/configuration.service';
import { ALLOCATION_CLOCK } from '../allocation.tokens';
import { ApplicationCommands, type ApplicationResult } from './application-commands';
import { applicationView } from './application-view';
import { AllocationApplicationHistoryView, AllocationApplicationReadView, AllocationApplicationView } from './application.view';
import { ETAG_HEADER } from '../openapi-headers';
import { IdPipe } from '../shared/id.pipe';
import { ApplicationSummaries } from './read-models/application-summaries';
import { ScoresDto } from './scores/scores.dto';
import { TechnicalAssessmentDto } from './technical-assessment/technical-assessment.dto';

@ApiTags('allocation applications')
@ApiBearerAuth()
@ApiParam({ name: 'id', format: 'uuid', description: 'The application id' })
@Controller('api/allocation/applications')
export class ApplicationsController {
  constructor(
    private readonly applications: ApplicationCommands,
    @Inject(ALLOCATION_CLOCK) private readonly clock: Clock,
    private readonly summaries: ApplicationSummaries,
    private readonly configs: ConfigurationService,
  ) {}

  /**
   * Loads the application and refuses a site-scoped caller (403 naming the system) when its site
   * does not host the system asked for. Before registration the stream has no request yet: the
   * system comes from the read model, which has it from the submission.
   */
  private async loadFor(id: string, caller: Caller) {
    const loaded = await this.applications.load(id);
    const scope = await systemScope(caller, this.configs);
    if (scope.kind === 'site') {
      const system = loaded.state.request?.system ?? (await this.summaries.systemOf(id));
      assertMayActOnSystem(scope, system);
    }
    return loaded;
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({ operationId: 'allocation.getApplication', summary: 'One application as allocation sees it; ETag = stream revision' })
  @ApiOkResponse({ type: AllocationApplicationReadView, headers: ETAG_HEADER })
  @ApiProblems({ status: 404, description: 'Allocation knows no such application' })
  async get(@Param('id', IdPipe) id: string, @CurrentCaller() caller: Caller, @Res({ passthrough: true }) res: Response) {
    const { state, revision } = await this.loadFor(id, caller);
    assertMayAccessOrganisation(caller.actor, state.organisationId);
    assertNotChairOfApplicant(caller.actor, state.organisationId);
    // Holds and queue places live in the partitions' ledgers, not in this stream: while the
    // application waits for capacity, its standing there is what the read model says.
    const summary = await this.summaries.capacityStandingOf(id);
    const view = respond(res, { state, revision });
    if (!summary || state.status !== 'registered') return view;
    return { ...view, status: summary.status, hold: summary.hold };
  }

  @Get(':id/history')
  @Roles(...READERS)
  @ApiOperation({ operationId: 'allocation.getApplicationHistory', summary: 'Every event of the application in allocation, with who acted, in which role, and when' })
  @ApiOkResponse({ type: AllocationApplicationHistoryView })
  @ApiProblems({ status: 404, description: 'Allocation knows no such application' })
  async history(@Param('id', IdPipe) id: string, @CurrentCaller() caller: Caller) {
    const { state, events } = await this.loadFor(id, caller);
    assertMayAccessOrganisation(caller.actor, state.organisationId);
    assertNotChairOfApplicant(caller.actor, state.organisationId);
    return {
      applicationId: id,
      events: historyEntries(events),
    };
  }

  @Post(':id/technical-assessment')
  @HttpCode(200)
  @Roles('technical-assessor')
  @ApiOperation({ operationId: 'allocation.assessApplicationTechnically', summary: "The hosting site's technical assessment: accepted, accepted-with-remarks or rejected; only an assessor of the site hosting the system" })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The ETag last read; 412 if the application changed since' })
  @ApiOkResponse({ type: AllocationApplicationView, headers: ETAG_HEADER, description: 'The application after the assessment' })
  @ApiProblems(
    { status: 404, description: 'No such application, or not yet found eligible in allocation' },
    { status: 409, description: 'Already assessed, or the application is decided' },
    412,
    { status: 422, description: 'Remarks are required unless accepted as is' },
  )
  async assess(@Param('id', IdPipe) id: string, @Body() body: TechnicalAssessmentDto, @Headers('if-match') ifMatch: string | undefined, @CurrentCaller() caller: Caller, @Res({ passthrough: true }) res: Response) {
    const expected = parseIfMatch(ifMatch);
    await this.loadFor(id, caller);
    return respond(res, await this.applications.assessTechnically(id, body, commandContext(caller, this.clock.now()), { correlationId: caller.correlationId }, expected));
  }

  @Post(':id/scores')
  @HttpCode(200)
  @Roles('allocation-committee')
  @ApiOperation({ operationId: 'allocation.scoreApplication', summary: 'Peer-review scores of a Large Scale application (each 1 to 5); a later scoring replaces an earlier one until the cut-off' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The ETag last read; 412 if the application changed since' })
  @ApiOkResponse({ type: AllocationApplicationView, headers: ETAG_HEADER, description: 'The application with its scores' })
  @ApiProblems(
    { status: 404, description: 'No such application, or not yet found eligible in allocation' },
    { status: 409, description: 'Not a Large Scale application, or the application is decided' },
    412,
  )
  async score(@Param('id', IdPipe) id: string, @Body() body: ScoresDto, @Headers('if-match') ifMatch: string | undefined, @CurrentCaller() caller: Caller, @Res({ passthrough: true }) res: Response) {
    const expected = parseIfMatch(ifMatch);
    return respond(res, await this.applications.score(id, body, commandContext(caller, this.clock.now()), { correlationId: caller.correlationId }, expected));
  }
}

function respond(res: Response, result: ApplicationResult) {
  res.setHeader('ETag', etagFor(result.revision));
  return applicationView(result.state, result.revision);
}
