import { IntakeEvents } from '@hpc-access/contracts';
import { causedByEvent, type IntegrationEventHandlers } from '@hpc-access/messaging';
import type { HoldAndAward } from '../../capacity/hold-and-award/hold-and-award';
import type { UnitOfWork } from '../../shared/unit-of-work';
import { onApplication } from '../application-stream';

/** Intake's withdrawal: recorded, and the hold or queue place given back; in the inbox's transaction. */
export const onApplicationWithdrawn = (units: UnitOfWork, steps: HoldAndAward): IntegrationEventHandlers => ({
  [IntakeEvents.ApplicationWithdrawn.type]: async (event, tx) => {
    const { applicationId, withdrawnAt } = event.data;
    const { w, context } = units.caused(tx, causedByEvent(event));
    const { events } = await onApplication(w, applicationId, { type: 'RecordWithdrawal', data: { withdrawnAt }, context });
    if (events.length > 0) await steps.release(w, context, applicationId, 'withdrawn');
  },
});
