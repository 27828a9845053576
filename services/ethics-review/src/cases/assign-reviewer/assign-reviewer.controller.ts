import { Body, Controller, Headers, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, type Caller } from '@hpc-access/auth';
import type { Response } from 'express';
import { ConfigurationCommands } from '../../configuration/configuration-commands';
import { ReviewerRegistry } from '../../reviewers/reviewer-registry';
import { CaseCommandRoute } from '../case-command-route';
import { CaseCommands } from '../case-commands';
import { CaseIdPipe } from '../case-id.pipe';
import type { EthicsCaseView } from '../case-view';
import { respondWithCase } from '../respond-with-case';
import { AssignReviewerDto } from './assign-reviewer.dto';

@ApiTags('ethics cases')
@ApiBearerAuth()
@Controller('api/ethics/cases')
export class AssignReviewerController {
  constructor(private readonly cases: CaseCommands, private readonly registry: ReviewerRegistry, private readonly configuration: ConfigurationCommands) {}

  @CaseCommandRoute(
    ':id/assignments',
    'ethics-chair',
    'ethics.assignReviewer',
    'Assign a registered reviewer; never one of the applicant organisation, nor the assigning chair',
    { status: 422, description: 'Not a registered reviewer, affiliated with the applicant, or the assigning chair; or the Idempotency-Key was used with a different body' },
  )
  async assign(
    @Param('id', CaseIdPipe) id: string,
    @Body() body: AssignReviewerDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) res: Response,
  ): Promise<EthicsCaseView> {
    const reviewer = await this.registry.find(body.reviewerId);
    const { settings } = await this.configuration.current();
    const data = { reviewerId: body.reviewerId, reviewer: reviewer && { organisationId: reviewer.organisationId }, reviewDueDays: settings.reviewDueDays };
    return respondWithCase(res, caller, await this.cases.run(id, caller, ifMatch, 'AssignReviewer', data));
  }
}
