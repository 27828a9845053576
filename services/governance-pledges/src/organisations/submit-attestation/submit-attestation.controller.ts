import { Body, Controller, Headers, Param, Res } from '@nestjs/common';
import { CurrentCaller, type Caller } from '@hpc-access/auth';
import { newEventId } from '@hpc-access/eventsourcing';
import type { Response } from 'express';
import { attestationReminderDaysOf } from '../../configuration/domain/configuration';
import { GovernanceConfigurationService } from '../../configuration/governance-configuration.service';
import { evidenceOf } from '../evidence.dto';
import { OrganisationPledgesService } from '../organisation-pledges.service';
import { OrganisationCommandRoute, OrganisationController, respondWithOrganisation } from '../organisation-route';
import { SubmitAttestationDto } from './submit-attestation.dto';
import { OrganisationIdPipe } from '@hpc-access/http';

@OrganisationController()
@Controller('api/governance/organisations')
export class SubmitAttestationController {
  constructor(private readonly organisations: OrganisationPledgesService, private readonly configurations: GovernanceConfigurationService) {}

  @OrganisationCommandRoute(
    ':organisationId/attestations', ['applicant'], 'governance.submitAttestation',
    'The periodic attestation with evidence and declared compute and energy; figures off accounting\'s by more than the tolerance are flagged, not refused',
    {
      creates: true,
      problems: [
        { status: 409, description: 'No attestation due (pledge not signed) or not yet open, a concurrent change, or a request with this Idempotency-Key still running' },
        { status: 422, description: 'The Idempotency-Key was used with a different body' },
      ],
    },
  )
  async submit(
    @Param('organisationId', OrganisationIdPipe()) organisationId: string,
    @Body() body: SubmitAttestationDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { configuration } = await this.configurations.current();
    const accounted = await this.organisations.usageTotals(organisationId);
    const result = await this.organisations.run(organisationId, caller, ifMatch, 'SubmitAttestation', {
      attestationId: newEventId(),
      evidence: evidenceOf(body.evidence),
      declaredTrainingFlop: body.declaredTrainingFlop,
      declaredEnergyKwh: body.declaredEnergyKwh,
      facts: {
        accountingTrainingFlop: accounted.trainingFlop,
        accountingEnergyKwh: accounted.energyKwh,
        tolerancePercent: configuration.computeTolerancePercent,
        attestationPeriodMonths: configuration.attestationPeriodMonths,
        attestationWindowDays: configuration.attestationWindowDays,
        attestationReminderDays: attestationReminderDaysOf(configuration),
      },
    });
    res.setHeader('Location', `/api/governance/organisations/${organisationId}`);
    return respondWithOrganisation(res, result);
  }
}
