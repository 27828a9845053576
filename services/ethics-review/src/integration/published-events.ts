import { EthicsEvents, createIntegrationEvent, type IntegrationEvent } from '@hpc-access/contracts';
import type { RecordedEvent } from '@hpc-access/eventsourcing';
import type { EthicsCaseEvent } from '../cases/domain/ethics-case';

/**
 * Which of ethics review's private events others may depend on: the case, its outcome and the
 * conditions, the questions for the applicant, who was assigned to review (to tell them), and which reviewer may read the dossier from when
 * to when (by user id: intake shows the dossier too). Ratings, comments and declarations' texts
 * stay here. The message key is the application id, so intake sees one application's events in order.
 */
export function toIntegrationEvent(recorded: RecordedEvent): IntegrationEvent | null {
  if (!recorded.streamId.startsWith('ethics-case-')) return null;
  const base = { id: recorded.eventId, time: recorded.recordedAt.toISOString(), correlationId: recorded.metadata.correlationId, causationId: recorded.metadata.causationId };
  const event = { type: recorded.type, data: recorded.data } as EthicsCaseEvent;
  switch (event.type) {
    case 'EthicsCaseOpened': {
      const { caseId, applicationId, organisationId, mode, openedAt } = event.data;
      return createIntegrationEvent(EthicsEvents.EthicsCaseOpened, { ...base, subject: applicationId, data: { caseId, applicationId, organisationId, mode, openedAt } });
    }
    case 'EthicsCaseDecided': {
      const { caseId, applicationId, organisationId, outcome, conditions, reasons, decidedAt } = event.data;
      return createIntegrationEvent(EthicsEvents.EthicsDecided, { ...base, subject: applicationId, data: { caseId, applicationId, organisationId, outcome, conditions, reasons, decidedAt } });
    }
    case 'EthicsInformationRequested': {
      const { caseId, applicationId, organisationId, questions, requestedAt } = event.data;
      return createIntegrationEvent(EthicsEvents.EthicsInformationRequested, { ...base, subject: applicationId, data: { caseId, applicationId, organisationId, questions, requestedAt } });
    }
    case 'ReviewerAssigned': {
      // The reviewer's organisation and who assigned them stay here; the reviewer is told by user id.
      const { caseId, reviewerId, assignedAt, reviewDueAt } = event.data;
      return createIntegrationEvent(EthicsEvents.ReviewerAssigned, { ...base, subject: caseId, data: { caseId, applicationId: caseId, reviewerId, assignedAt, reviewDueAt } });
    }
    case 'ReviewerDeclaredNoConflict': {
      // A case has its application's id (caseIdFor): the case's events name no application of their own.
      const { caseId, reviewerId, declaredAt } = event.data;
      return createIntegrationEvent(EthicsEvents.ReviewerDeclaredNoConflict, { ...base, subject: caseId, data: { caseId, applicationId: caseId, reviewerId, declaredAt } });
    }
    case 'ReviewerAssignmentEnded': {
      const { caseId, reviewerId, reason, endedAt } = event.data;
      return createIntegrationEvent(EthicsEvents.ReviewerAssignmentEnded, { ...base, subject: caseId, data: { caseId, applicationId: caseId, reviewerId, reason, endedAt } });
    }
    default:
      return null;
  }
}
