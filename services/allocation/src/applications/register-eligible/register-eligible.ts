import { Injectable } from '@nestjs/common';
import type { ApplicationDossier } from '@hpc-access/contracts';
import type { CommandContext } from '@hpc-access/eventsourcing';
import { HoldAndAward } from '../../capacity/hold-and-award/hold-and-award';
import { BARRED_REASON } from '../../organisations/domain/standing';
import { isOrganisationBarred } from '../../organisations/organisation-bar';
import type { Work } from '../../shared/unit-of-work';
import { onApplication } from '../application-stream';

/** Intake found the application eligible: register it, then hold capacity (continuous modes) or wait for a cut-off. */
@Injectable()
export class RegisterEligible {
  constructor(private readonly steps: HoldAndAward) {}

  async run(w: Work, context: CommandContext, applicationId: string, organisationId: string, dossier: ApplicationDossier): Promise<void> {
    const { mode, system, partition, gpuHours, durationMonths, start, monthlyUsagePlan } = dossier;
    const registered = await onApplication(w, applicationId, { type: 'RegisterApplication', data: { applicationId, organisationId, mode, system, partition, gpuHours, durationMonths, start, monthlyUsagePlan }, context });
    if (registered.events.length === 0) return;
    if (await isOrganisationBarred(w, organisationId)) {
      await onApplication(w, applicationId, { type: 'MarkNotFunded', data: { reason: BARRED_REASON, reserve: false }, context });
      return;
    }
    if (mode !== 'large-scale') await this.steps.requestHold(w, context, registered.state);
  }
}
