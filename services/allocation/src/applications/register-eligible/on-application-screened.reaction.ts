import { IntakeEvents } from '@hpc-access/contracts';
import { structuredLogger } from '@hpc-access/http';
import { causedByEvent, type IntegrationEventHandlers } from '@hpc-access/messaging';
import type { UnitOfWork } from '../../shared/unit-of-work';
import { stopClock } from '../time-to-access-clock/clock-reactions';
import type { RegisterEligible } from './register-eligible';

const log = structuredLogger('allocation');

/** Intake's screening: eligible registers the application (in the inbox's transaction); information requested stops its clock. */
export const onApplicationScreened = (units: UnitOfWork, registerEligible: RegisterEligible): IntegrationEventHandlers => ({
  [IntakeEvents.ApplicationScreened.type]: async (event, tx) => {
    const { applicationId, organisationId, outcome, dossier } = event.data;
    if (outcome === 'information-requested') return stopClock(units, tx, event, applicationId, event.time, 'screening: information requested');
    if (outcome !== 'eligible') return;
    if (!dossier) {
      // The contract promises a dossier with every eligible outcome; without one there is nothing to hold.
      log.error('eligible application without a dossier: ignored', { applicationId });
      return;
    }
    const { w, context } = units.caused(tx, causedByEvent(event));
    await registerEligible.run(w, context, applicationId, organisationId, dossier);
  },
});
