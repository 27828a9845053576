import { IntakeEvents } from '@hpc-access/contracts';
import { causedByEvent, type IntegrationEventHandlers } from '@hpc-access/messaging';
import type { UnitOfWork } from '../../shared/unit-of-work';
import { applicationDecider } from '../domain/allocation-application.decide';
import { applicationStreamId } from '../domain/allocation-application';

/** Intake's submission starts allocation's record of the application (and its time-to-access clock), in the inbox's transaction. */
export const onApplicationSubmitted = (units: UnitOfWork): IntegrationEventHandlers => ({
  [IntakeEvents.ApplicationSubmitted.type]: async (event, tx) => {
    const { applicationId, organisationId, mode } = event.data;
    await units.inTransactions.run(tx, causedByEvent(event), applicationDecider, applicationStreamId(applicationId), { type: 'RecordSubmission', data: { applicationId, organisationId, mode, submittedAt: event.time } });
  },
});
