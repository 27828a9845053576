import { EthicsEvents, IntakeEvents, type IntegrationEvent } from '@hpc-access/contracts';
import { causedByEvent, type IntegrationEventHandlers } from '@hpc-access/messaging';
import type { Sql } from '@hpc-access/sql';
import type { UnitOfWork } from '../../shared/unit-of-work';
import { applicationDecider } from '../domain/allocation-application.decide';
import { applicationStreamId } from '../domain/allocation-application';

/**
 * Time to access stands still while the applicant is asked for information (DOMAIN.md step 3):
 * screening or ethics review asks, intake hears the answer. Each in the inbox's transaction.
 */
export function stopClock(units: UnitOfWork, tx: Sql, event: IntegrationEvent, applicationId: string, at: string, reason: string): Promise<void> {
  return units.inTransactions.run(tx, causedByEvent(event), applicationDecider, applicationStreamId(applicationId), { type: 'StopClock', data: { applicationId, at, reason } }).then(() => undefined);
}

export const onEthicsInformationRequested = (units: UnitOfWork): IntegrationEventHandlers => ({
  [EthicsEvents.EthicsInformationRequested.type]: (event, tx) => stopClock(units, tx, event, event.data.applicationId, event.data.requestedAt, 'ethics review: information requested'),
});

export const onApplicationInformationProvided = (units: UnitOfWork): IntegrationEventHandlers => ({
  [IntakeEvents.ApplicationInformationProvided.type]: async (event, tx) => {
    const { applicationId, providedAt } = event.data;
    await units.inTransactions.run(tx, causedByEvent(event), applicationDecider, applicationStreamId(applicationId), { type: 'RestartClock', data: { applicationId, at: providedAt } });
  },
});
