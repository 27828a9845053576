import { GovernanceEvents, createIntegrationEvent, topicFor } from '@hpc-access/contracts';
import { newEventId } from '@hpc-access/eventsourcing';
import type { MessageBus } from '@hpc-access/messaging';

/**
 * A recorded PledgeSigned integration event, as governance publishes it. Until the governance
 * service exists, tests publish this on the bus; production code has no shortcut around it.
 */
export async function publishPledgeSigned(bus: MessageBus, organisationId: string, at = '2026-11-01T10:00:00.000Z', id = newEventId()) {
  const event = createIntegrationEvent(GovernanceEvents.PledgeSigned, {
    id,
    subject: organisationId,
    time: at,
    correlationId: newEventId(),
    causationId: null,
    data: { organisationId, pledgeVersion: 1, signedBy: 'demo-representative', signedAt: at },
  });
  await bus.publish(topicFor('governance'), [event]);
  return event;
}
