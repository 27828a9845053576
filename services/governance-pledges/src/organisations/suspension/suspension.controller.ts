import { Body, Controller, Headers, Param, Res } from '@nestjs/common';
import { CurrentCaller, type Caller } from '@hpc-access/auth';
import type { Response } from 'express';
import { OrganisationPledgesService } from '../organisation-pledges.service';
import { OrganisationCommandRoute, OrganisationController, respondWithOrganisation } from '../organisation-route';
import { ReasonDto } from '../reason.dto';
import { SuspensionDto } from './suspension.dto';
import { OrganisationIdPipe } from '@hpc-access/http';

/** The governance officer's decision on a breach or a withdrawn pledge: allocation carries it out. */
@OrganisationController()
@Controller('api/governance/organisations')
export class SuspensionController {
  constructor(private readonly organisations: OrganisationPledgesService) {}

  @OrganisationCommandRoute(':organisationId/suspension', ['governance-officer'], 'governance.requestSuspension', 'Suspend every allocation of the organisation (AllocationsSuspensionRequested); needs an open breach or a pledge not in force', {
    problems: [{ status: 422, description: 'The breach named is not one of this organisation' }],
  })
  async suspend(
    @Param('organisationId', OrganisationIdPipe()) organisationId: string,
    @Body() body: SuspensionDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) res: Response,
  ) {
    const data = { reason: body.reason, ...(body.breachId !== undefined ? { breachId: body.breachId } : {}) };
    return respondWithOrganisation(res, await this.organisations.run(organisationId, caller, ifMatch, 'RequestSuspension', data));
  }

  @OrganisationCommandRoute(':organisationId/reinstatement', ['governance-officer'], 'governance.requestReinstatement', 'Lift the suspension (AllocationsResumptionRequested) once every breach is remedied and the current pledge is signed')
  async reinstate(
    @Param('organisationId', OrganisationIdPipe()) organisationId: string,
    @Body() body: ReasonDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) res: Response,
  ) {
    return respondWithOrganisation(res, await this.organisations.run(organisationId, caller, ifMatch, 'RequestReinstatement', { reason: body.reason }));
  }
}
