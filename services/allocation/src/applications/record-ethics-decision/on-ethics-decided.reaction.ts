import { EthicsEvents } from '@hpc-access/contracts';
import { causedByEvent, type IntegrationEventHandlers } from '@hpc-access/messaging';
import type { HoldAndAward } from '../../capacity/hold-and-award/hold-and-award';
import type { UnitOfWork } from '../../shared/unit-of-work';
import { onApplication } from '../application-stream';

/** Ethics review decided: a refusal gives the hold back, a clearance may complete the award; in the inbox's transaction. */
export const onEthicsDecided = (units: UnitOfWork, steps: HoldAndAward): IntegrationEventHandlers => ({
  [EthicsEvents.EthicsDecided.type]: async (event, tx) => {
    const { applicationId, organisationId, outcome, decidedAt } = event.data;
    const { w, context } = units.caused(tx, causedByEvent(event));
    const { events } = await onApplication(w, applicationId, { type: 'RecordEthicsOutcome', data: { applicationId, organisationId, outcome, decidedAt }, context });
    if (events.length === 0) return;
    if (outcome === 'refused') await steps.release(w, context, applicationId, 'ethics-refused');
    else await steps.tryAward(w, context, applicationId);
  },
});
