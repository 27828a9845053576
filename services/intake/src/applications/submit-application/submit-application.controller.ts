import { Controller, Headers, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentCaller, type Caller } from '../../caller';
import { ApplicationCommands } from '../application-commands';
import { ApplicationIdPipe } from '../application-id.pipe';
import type { ApplicationView } from '../application-view';
import { respondWithApplication } from '../respond-with-application';
import { ApplicationCommandRoute } from '../application-command-route';

@ApiTags('applications')
@ApiBearerAuth()
@Controller('api/applications')
export class SubmitApplicationController {
  constructor(private readonly applications: ApplicationCommands) {}

  @ApplicationCommandRoute(':id/submit', 'applicant', 'intake.submitApplication', 'Submit a complete draft for eligibility screening', { status: 422, description: 'A required field of the proposal is missing' })
  async submit(
    @Param('id', ApplicationIdPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ApplicationView> {
    return respondWithApplication(res, await this.applications.run(id, caller, ifMatch, 'SubmitApplication', {}));
  }
}
