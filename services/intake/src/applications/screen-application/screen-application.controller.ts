import { Body, Controller, Headers, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hpc-access/auth';
import { parseIfMatch } from '@hpc-access/http';
import type { Response } from 'express';
import { CurrentCaller, commandContext, type Caller } from '../../caller';
import { CLOCK, type Clock } from '../../intake.tokens';
import { ApplicationCommands } from '../application-commands';
import { ApplicationIdPipe } from '../application-id.pipe';
import type { ApplicationView } from '../application-view';
import { respondWithApplication } from '../respond-with-application';
import { ScreeningDecisionDto } from './screening-decision.dto';

/** Eligibility screening: the automatic rules run at start and again at the officer's decision. */
@ApiTags('screening')
@ApiBearerAuth()
@Controller('api/applications')
export class ScreenApplicationController {
  constructor(private readonly applications: ApplicationCommands, @Inject(CLOCK) private readonly clock: Clock) {}

  @Post(':id/screening/start')
  @HttpCode(200)
  @Roles('intake-officer')
  @ApiOperation({ summary: 'Start screening: runs the automatic eligibility rules; amendments stop here' })
  @ApiHeader({ name: 'If-Match', required: false })
  async start(
    @Param('id', ApplicationIdPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ApplicationView> {
    const expectedRevision = parseIfMatch(ifMatch);
    const { state } = await this.applications.load(id);
    const facts = await this.applications.screeningFacts(state.organisationId);
    const result = await this.applications.execute(id, { type: 'StartScreening', data: { facts }, context: commandContext(caller, this.clock.now()) }, { correlationId: caller.correlationId, expectedRevision });
    return respondWithApplication(res, result);
  }

  @Post(':id/screening')
  @HttpCode(200)
  @Roles('intake-officer')
  @ApiOperation({ summary: "The officer's screening decision: eligible, ineligible with reasons, or information requested" })
  @ApiHeader({ name: 'If-Match', required: false })
  async decide(
    @Param('id', ApplicationIdPipe) id: string,
    @Body() body: ScreeningDecisionDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ApplicationView> {
    const expectedRevision = parseIfMatch(ifMatch);
    const { state } = await this.applications.load(id);
    const facts = await this.applications.screeningFacts(state.organisationId);
    const result = await this.applications.execute(id, {
      type: 'DecideScreening',
      data: { decision: body.decision, reasons: body.reasons ?? [], questions: body.questions ?? [], note: body.note ?? null, facts },
      context: commandContext(caller, this.clock.now()),
    }, { correlationId: caller.correlationId, expectedRevision });
    return respondWithApplication(res, result);
  }
}
