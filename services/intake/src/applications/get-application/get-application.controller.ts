import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiProblems, ETAG_HEADER } from '@hpc-access/http';
import { Roles } from '@hpc-access/auth';
import type { Response } from 'express';
import { CurrentCaller, type Caller } from '../../caller';
import { READERS } from '../../intake-roles';
import { ApplicationCommands } from '../application-commands';
import { ApplicationIdPipe } from '../application-id.pipe';
import { ApplicationView } from '../application-view';
import { assertMayReadRecordsOf } from '../access-policy';
import { DossierReaders } from '../dossier-readers/dossier-readers';
import { respondWithApplication } from '../respond-with-application';

@ApiTags('applications')
@ApiBearerAuth()
@Controller('api/applications')
export class GetApplicationController {
  constructor(private readonly applications: ApplicationCommands, private readonly dossierReaders: DossierReaders) {}

  /** Read from the stream itself, so the ETag is always the current revision. */
  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({
    operationId: 'intake.getApplication',
    summary: 'One application as it stands; ETag = stream revision. Applicants: their own; reviewers: only while cleared on its ethics case; chairs: not of their own organisation',
  })
  @ApiParam({ name: 'id', format: 'uuid', description: 'The application id' })
  @ApiOkResponse({ type: ApplicationView, headers: ETAG_HEADER })
  @ApiProblems({ status: 404, description: 'No such application' })
  async get(@Param('id', ApplicationIdPipe) id: string, @CurrentCaller() caller: Caller, @Res({ passthrough: true }) res: Response): Promise<ApplicationView> {
    await this.dossierReaders.assertMayReadApplication(caller.actor, id);
    const { state, revision } = await this.applications.load(id);
    assertMayReadRecordsOf(caller.actor, state.organisationId);
    return respondWithApplication(res, { application: state, revision });
  }
}
