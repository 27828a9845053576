import { Body, Controller, Headers, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, type Caller } from '@hpc-access/auth';
import type { Response } from 'express';
import { ConfigurationCommands } from '../../configuration/configuration-commands';
import { CaseCommandRoute } from '../case-command-route';
import { CaseCommands } from '../case-commands';
import { CaseIdPipe } from '../case-id.pipe';
import type { EthicsCaseView } from '../case-view';
import { respondWithCase } from '../respond-with-case';
import { DecisionDto } from './decision.dto';

@ApiTags('ethics cases')
@ApiBearerAuth()
@Controller('api/ethics/cases')
export class DecideCaseController {
  constructor(private readonly cases: CaseCommands, private readonly configuration: ConfigurationCommands) {}

  @CaseCommandRoute(
    ':id/decision',
    'ethics-chair',
    'ethics.decideCase',
    "The chair's decision once the required reviews are in: cleared, cleared with conditions, information requested, or refused",
    { status: 422, description: 'Conditions, reasons or questions missing or not allowed for the outcome, or a condition due in the past; or the Idempotency-Key was used with a different body' },
  )
  async decide(
    @Param('id', CaseIdPipe) id: string,
    @Body() body: DecisionDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) res: Response,
  ): Promise<EthicsCaseView> {
    const { settings } = await this.configuration.current();
    const data = {
      outcome: body.outcome,
      conditions: (body.conditions ?? []).map((c) => ({ text: c.text, ...(c.dueDate ? { dueDate: c.dueDate } : {}) })),
      reasons: body.reasons ?? [],
      questions: body.questions ?? [],
      defaultConditionDueDays: settings.defaultConditionDueDays,
    };
    return respondWithCase(res, caller, await this.cases.run(id, caller, ifMatch, 'DecideCase', data));
  }
}
