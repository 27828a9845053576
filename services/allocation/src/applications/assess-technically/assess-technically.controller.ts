import { Body, Controller, Headers, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, commandContext, type Caller } from '@hpc-access/auth';
import type { Clock } from '@hpc-access/eventsourcing';
import { ApiProblems, ETAG_HEADER, parseIfMatch } from '@hpc-access/http';
import type { Response } from 'express';
import { ALLOCATION_CLOCK } from '../../allocation.tokens';
import { IdPipe } from '../../shared/id.pipe';
import { ApplicationCommands } from '../application-commands';
import { ApplicationReader } from '../application-reader';
import { AllocationApplicationView } from '../application.view';
import { respondWithApplication } from '../respond-with-application';
import { TechnicalAssessmentDto } from './technical-assessment.dto';

@ApiTags('allocation applications')
@ApiBearerAuth()
@ApiParam({ name: 'id', format: 'uuid', description: 'The application id' })
@Controller('api/allocation/applications')
export class AssessTechnicallyController {
  constructor(
    private readonly applications: ApplicationReader,
    private readonly commands: ApplicationCommands,
    @Inject(ALLOCATION_CLOCK) private readonly clock: Clock,
  ) {}

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
    await this.applications.loadFor(id, caller);
    return respondWithApplication(res, await this.commands.assessTechnically(id, body, commandContext(caller, this.clock.now()), { correlationId: caller.correlationId }, expected));
  }
}
