import { Body, Controller, Headers, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, commandContext, type Caller } from '@hpc-access/auth';
import type { Clock } from '@hpc-access/eventsourcing';
import { ApiProblems, ETAG_HEADER, parseIfMatch } from '@hpc-access/http';
import type { Response } from 'express';
import { ALLOCATION_CLOCK } from '../../allocation.tokens';
import { IdPipe } from '../../shared/id.pipe';
import { ApplicationCommands } from '../application-commands';
import { AllocationApplicationView } from '../application.view';
import { respondWithApplication } from '../respond-with-application';
import { ScoresDto } from './scores.dto';

@ApiTags('allocation applications')
@ApiBearerAuth()
@ApiParam({ name: 'id', format: 'uuid', description: 'The application id' })
@Controller('api/allocation/applications')
export class ScoreApplicationController {
  constructor(private readonly commands: ApplicationCommands, @Inject(ALLOCATION_CLOCK) private readonly clock: Clock) {}

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
    return respondWithApplication(res, await this.commands.score(id, body, commandContext(caller, this.clock.now()), { correlationId: caller.correlationId }, expected));
  }
}
