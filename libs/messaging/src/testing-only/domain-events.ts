import { createIntegrationEvent, IntakeEvents, type IntegrationEvent } from '@hpc-access/contracts';
import { newEventId, type EventToAppend, type RecordedEvent } from '@hpc-access/eventsourcing';

/** A domain event as intake would append it. */
export function intakeEvent(type: 'ApplicationWithdrawn' | 'ApplicationDraftSaved', applicationId: string): EventToAppend {
  return {
    eventId: newEventId(),
    type,
    data: { applicationId, organisationId: 'org-1' },
    recordedAt: new Date('2026-04-01T10:00:00.000Z'),
    metadata: {
      correlationId: 'c0ffee00-0000-4000-8000-000000000001',
      causationId: null,
      actor: { id: 'user-1', role: 'applicant' },
      schemaVersion: 1,
    },
  };
}

/** Intake's mapper in miniature: withdrawals are published, drafts stay private. */
export function mapIntakeEvent(event: RecordedEvent): IntegrationEvent | null {
  if (event.type !== 'ApplicationWithdrawn') return null;
  const data = event.data as { applicationId: string; organisationId: string };
  return createIntegrationEvent(IntakeEvents.ApplicationWithdrawn, {
    id: event.eventId,
    subject: data.applicationId,
    time: event.recordedAt.toISOString(),
    correlationId: event.metadata.correlationId,
    causationId: event.metadata.causationId,
    data: { ...data, withdrawnAt: event.recordedAt.toISOString() },
  });
}
