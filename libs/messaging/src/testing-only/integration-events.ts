import { createIntegrationEvent, IntakeEvents, type EventOf } from '@hpc-access/contracts';
import { v7 as uuidv7 } from 'uuid';

export type ApplicationWithdrawnEvent = EventOf<typeof IntakeEvents.ApplicationWithdrawn>;

/** A valid integration event about `applicationId`; `id` defaults to a fresh UUIDv7. */
export function applicationWithdrawn(applicationId: string, id: string = uuidv7()): ApplicationWithdrawnEvent {
  return createIntegrationEvent(IntakeEvents.ApplicationWithdrawn, {
    id,
    subject: applicationId,
    time: '2026-04-01T10:00:00.000Z',
    correlationId: 'a1b2c3d4-0000-4000-8000-000000000001',
    causationId: null,
    data: { applicationId, organisationId: 'org-1', withdrawnAt: '2026-04-01T10:00:00.000Z' },
  });
}
