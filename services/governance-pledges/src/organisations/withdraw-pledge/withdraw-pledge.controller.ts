import { Body, Controller, Headers, Param, Res } from '@nestjs/common';
import { CurrentCaller, type Caller } from '@hpc-access/auth';
import type { Response } from 'express';
import { OrganisationPledgesService } from '../organisation-pledges.service';
import { OrganisationCommandRoute, OrganisationController, respondWithOrganisation } from '../organisation-route';
import { ReasonDto } from '../reason.dto';
import { OrganisationIdPipe } from '@hpc-access/http';

@OrganisationController()
@Controller('api/governance/organisations')
export class WithdrawPledgeController {
  constructor(private readonly organisations: OrganisationPledgesService) {}

  @OrganisationCommandRoute(':organisationId/withdrawal', ['applicant'], 'governance.withdrawPledge', 'The organisation withdraws its pledge; attestations stop and the governance officer is expected to suspend its allocations')
  async withdraw(
    @Param('organisationId', OrganisationIdPipe()) organisationId: string,
    @Body() body: ReasonDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) res: Response,
  ) {
    return respondWithOrganisation(res, await this.organisations.run(organisationId, caller, ifMatch, 'WithdrawPledge', { reason: body.reason }));
  }
}
