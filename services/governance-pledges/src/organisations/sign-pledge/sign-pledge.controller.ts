import { Body, Controller, Headers, Param, Res } from '@nestjs/common';
import { CurrentCaller, type Caller } from '@hpc-access/auth';
import type { Response } from 'express';
import { attestationReminderDaysOf } from '../../configuration/domain/configuration';
import { GovernanceConfigurationService } from '../../configuration/governance-configuration.service';
import { PledgeCatalogService } from '../../pledge-versions/pledge-catalog.service';
import { OrganisationPledgesService } from '../organisation-pledges.service';
import { OrganisationCommandRoute, OrganisationController, respondWithOrganisation } from '../organisation-route';
import { SignPledgeDto } from './sign-pledge.dto';
import { OrganisationIdPipe } from '@hpc-access/http';

@OrganisationController()
@Controller('api/governance/organisations')
export class SignPledgeController {
  constructor(
    private readonly organisations: OrganisationPledgesService,
    private readonly catalog: PledgeCatalogService,
    private readonly configurations: GovernanceConfigurationService,
  ) {}

  @OrganisationCommandRoute(':organisationId/signatures', ['applicant'], 'governance.signPledge', 'The organisation\'s representative (the caller) signs the current pledge version', {
    creates: true,
    problems: [
      { status: 404, description: 'The organisation is not known to governance, or no pledge version was published yet' },
      { status: 409, description: 'Not the current version, signed already, a concurrent change, or a request with this Idempotency-Key still running' },
      { status: 422, description: 'An optional commitment the version does not have, or the Idempotency-Key was used with a different body' },
    ],
  })
  async sign(
    @Param('organisationId', OrganisationIdPipe()) organisationId: string,
    @Body() body: SignPledgeDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) res: Response,
  ) {
    const current = await this.catalog.current();
    const { configuration } = await this.configurations.current();
    const result = await this.organisations.run(organisationId, caller, ifMatch, 'SignPledge', {
      pledgeVersion: body.pledgeVersion,
      optionalCommitments: body.optionalCommitments,
      facts: {
        currentVersion: current.pledgeVersion, optionalCommitmentIds: current.text.optionalCommitments.map((c) => c.id),
        attestationPeriodMonths: configuration.attestationPeriodMonths, attestationReminderDays: attestationReminderDaysOf(configuration),
      },
    });
    res.setHeader('Location', `/api/governance/organisations/${organisationId}`);
    return respondWithOrganisation(res, result);
  }
}
