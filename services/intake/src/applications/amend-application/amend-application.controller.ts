import { Body, Controller, Headers, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { badRequest } from '@hpc-access/http';
import type { Response } from 'express';
import { CurrentCaller, type Caller } from '../../caller';
import { ApplicationCommands } from '../application-commands';
import { ApplicationIdPipe } from '../application-id.pipe';
import type { ApplicationView } from '../application-view';
import { definedOnly } from '../proposal.dto';
import { respondWithApplication } from '../respond-with-application';
import { ApplicationCommandRoute } from '../application-command-route';
import { AmendApplicationDto } from './amend-application.dto';

@ApiTags('applications')
@ApiBearerAuth()
@Controller('api/applications')
export class AmendApplicationController {
  constructor(private readonly applications: ApplicationCommands) {}

  @ApplicationCommandRoute(':id/amend', 'applicant', 'intake.amendApplication', 'Change a draft or a submitted application until screening starts', { status: 422, description: 'A submitted application would lose a required field' })
  async amend(
    @Param('id', ApplicationIdPipe) id: string,
    @Body() body: AmendApplicationDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ApplicationView> {
    const changes = definedOnly(body.changes);
    if (Object.keys(changes).length === 0) throw badRequest('changes', 'must change at least one field');
    return respondWithApplication(res, await this.applications.run(id, caller, ifMatch, 'AmendApplication', { changes }));
  }
}
