import { Body, Controller, Headers, Param, Res } from '@nestjs/common';
import { CurrentCaller, type Caller } from '@hpc-access/auth';
import type { Response } from 'express';
import { GovernanceConfigurationService } from '../../configuration/governance-configuration.service';
import { EvidenceDto, evidenceOf } from '../evidence.dto';
import { OrganisationPledgesService } from '../organisation-pledges.service';
import { EntityIdPipe, OrganisationCommandRoute, OrganisationController, respondWithOrganisation } from '../organisation-route';
import { ReasonDto } from '../reason.dto';
import { OrganisationIdPipe } from '@hpc-access/http';

const org = OrganisationIdPipe();
const obligation = new EntityIdPipe('obligationId');

/** Ethics conditions tracked under the pledge: the organisation shows evidence, the governance officer judges it. */
@OrganisationController()
@Controller('api/governance/organisations')
export class ObligationsController {
  constructor(private readonly organisations: OrganisationPledgesService, private readonly configurations: GovernanceConfigurationService) {}

  @OrganisationCommandRoute(':organisationId/obligations/:obligationId/evidence', ['applicant'], 'governance.submitObligationEvidence', 'Evidence that an ethics condition is met; the clock stops while it is reviewed', {
    creates: true,
    problems: [
      { status: 404, description: 'The organisation is not known to governance, or has no such obligation' },
      { status: 409, description: 'The obligation is fulfilled already, a concurrent change, or a request with this Idempotency-Key still running' },
      { status: 422, description: 'The Idempotency-Key was used with a different body' },
    ],
  })
  async evidence(
    @Param('organisationId', org) organisationId: string,
    @Param('obligationId', obligation) obligationId: string,
    @Body() body: EvidenceDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) res: Response,
  ) {
    return respondWithOrganisation(res, await this.organisations.run(organisationId, caller, ifMatch, 'SubmitObligationEvidence', { obligationId, evidence: evidenceOf(body) }));
  }

  @OrganisationCommandRoute(':organisationId/obligations/:obligationId/acceptance', ['governance-officer'], 'governance.acceptObligationEvidence', 'Accept the evidence: the obligation is fulfilled (ObligationFulfilled), remedying its breach if any', {
    problems: [{ status: 404, description: 'The organisation is not known to governance, or has no such obligation' }],
  })
  async accept(
    @Param('organisationId', org) organisationId: string,
    @Param('obligationId', obligation) obligationId: string,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) res: Response,
  ) {
    return respondWithOrganisation(res, await this.organisations.run(organisationId, caller, ifMatch, 'AcceptObligation', { obligationId }));
  }

  @OrganisationCommandRoute(':organisationId/obligations/:obligationId/rejection', ['governance-officer'], 'governance.rejectObligationEvidence', 'Reject the evidence; past the due date the obligation is overdue at once', {
    problems: [{ status: 404, description: 'The organisation is not known to governance, or has no such obligation' }],
  })
  async reject(
    @Param('organisationId', org) organisationId: string,
    @Param('obligationId', obligation) obligationId: string,
    @Body() body: ReasonDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { configuration } = await this.configurations.current();
    return respondWithOrganisation(res, await this.organisations.run(organisationId, caller, ifMatch, 'RejectObligationEvidence', {
      obligationId, reason: body.reason, facts: { gracePeriodDays: configuration.gracePeriodDays },
    }));
  }
}
