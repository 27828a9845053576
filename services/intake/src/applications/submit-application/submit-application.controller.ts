import { Controller, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hpc-access/auth';
import type { Response } from 'express';
import { CurrentCaller, type Caller } from '../../caller';
import { ApplicationCommands } from '../application-commands';
import { ApplicationIdPipe } from '../application-id.pipe';
import type { ApplicationView } from '../application-view';
import { respondWithApplication } from '../respond-with-application';

@ApiTags('applications')
@ApiBearerAuth()
@Controller('api/applications')
export class SubmitApplicationController {
  constructor(private readonly applications: ApplicationCommands) {}

  @Post(':id/submit')
  @HttpCode(200)
  @Roles('applicant')
  @ApiOperation({ summary: 'Submit a complete draft for eligibility screening' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The ETag last read; 412 if the application changed since' })
  async submit(
    @Param('id', ApplicationIdPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ApplicationView> {
    return respondWithApplication(res, await this.applications.run(id, caller, ifMatch, 'SubmitApplication', {}));
  }
}
