import { Body, Controller, Headers, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentCaller, type Caller } from '../../caller';
import { ApplicationCommands } from '../application-commands';
import { ApplicationIdPipe } from '../application-id.pipe';
import type { ApplicationView } from '../application-view';
import { respondWithApplication } from '../respond-with-application';
import { ApplicationCommandRoute } from '../application-command-route';
import { ScreeningDecisionDto } from './screening-decision.dto';

/** Eligibility screening: the automatic rules run at start and again at the officer's decision. */
@ApiTags('screening')
@ApiBearerAuth()
@Controller('api/applications')
export class ScreenApplicationController {
  constructor(private readonly applications: ApplicationCommands) {}

  @ApplicationCommandRoute(':id/screening/start', 'intake-officer', 'intake.startScreening', 'Start screening: runs the automatic eligibility rules; amendments stop here')
  async start(
    @Param('id', ApplicationIdPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ApplicationView> {
    const facts = await this.applications.screeningFactsOf(id);
    return respondWithApplication(res, await this.applications.run(id, caller, ifMatch, 'StartScreening', { facts }));
  }

  @ApplicationCommandRoute(':id/screening', 'intake-officer', 'intake.decideScreening', "The officer's screening decision: eligible, ineligible with reasons, or information requested", { status: 422, description: 'Eligible despite a failed automatic check, or no reason or question given' })
  async decide(
    @Param('id', ApplicationIdPipe) id: string,
    @Body() body: ScreeningDecisionDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ApplicationView> {
    const facts = await this.applications.screeningFactsOf(id);
    const data = { decision: body.decision, reasons: body.reasons ?? [], questions: body.questions ?? [], note: body.note ?? null, facts };
    return respondWithApplication(res, await this.applications.run(id, caller, ifMatch, 'DecideScreening', data));
  }
}
