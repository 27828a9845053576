import { GovernanceEvents, createIntegrationEvent, type IntegrationEvent } from '@hpc-access/contracts';
import type { RecordedEvent } from '@hpc-access/eventsourcing';
import type { OrganisationPledgeEvent } from '../organisations/domain/organisation-pledge';
import type { PledgeCatalogEvent } from '../pledge-versions/domain/pledge-catalog';

/**
 * Which of governance's private domain events others may depend on, and in what shape: the
 * published language (libs/contracts/src/governance.ts). Obligations' evidence and breach reports
 * stay inside governance; a lapse and a remedy are published (issue 16), and the attestation
 * reminders before and at the due date, for notifications to tell the organisation (issue 19).
 */
export function toIntegrationEvent(recorded: RecordedEvent): IntegrationEvent | null {
  const base = {
    id: recorded.eventId,
    time: recorded.recordedAt.toISOString(),
    correlationId: recorded.metadata.correlationId,
    causationId: recorded.metadata.causationId,
  };
  const event = { type: recorded.type, data: recorded.data } as OrganisationPledgeEvent | PledgeCatalogEvent;
  switch (event.type) {
    case 'PledgeVersionPublished': {
      const { pledgeVersion, publishedAt, resignBy } = event.data;
      return createIntegrationEvent(GovernanceEvents.PledgeVersionPublished, { ...base, subject: String(pledgeVersion), data: { pledgeVersion, publishedAt, resignBy } });
    }
    case 'PledgeSigned': {
      const { organisationId, pledgeVersion, signedBy, signedAt } = event.data;
      return createIntegrationEvent(GovernanceEvents.PledgeSigned, { ...base, subject: organisationId, data: { organisationId, pledgeVersion, signedBy, signedAt } });
    }
    case 'PledgeWithdrawn': {
      const { organisationId, withdrawnAt, reason } = event.data;
      return createIntegrationEvent(GovernanceEvents.PledgeWithdrawn, { ...base, subject: organisationId, data: { organisationId, withdrawnAt, reason } });
    }
    case 'AttestationDueSoon': {
      const { organisationId, dueAt, remindedAt } = event.data;
      return createIntegrationEvent(GovernanceEvents.AttestationDueSoon, { ...base, subject: organisationId, data: { organisationId, dueAt, remindedAt } });
    }
    case 'AttestationOverdue': {
      // The domain calls the moment it was marked overdue its reminder; others see when it became overdue.
      const { organisationId, dueAt, remindedAt, breachAt } = event.data;
      return createIntegrationEvent(GovernanceEvents.AttestationOverdue, { ...base, subject: organisationId, data: { organisationId, dueAt, overdueAt: remindedAt, breachAt } });
    }
    case 'PledgeBreached': {
      const { organisationId, breachId, reason, breachedAt } = event.data;
      return createIntegrationEvent(GovernanceEvents.PledgeBreached, { ...base, subject: organisationId, data: { organisationId, breachId, reason, breachedAt } });
    }
    case 'SignatureLapsed': {
      const { organisationId, pledgeVersion, requiredVersion, lapsedAt } = event.data;
      return createIntegrationEvent(GovernanceEvents.PledgeSignatureLapsed, { ...base, subject: organisationId, data: { organisationId, pledgeVersion, requiredVersion, lapsedAt } });
    }
    case 'BreachRemedied': {
      const { organisationId, breachId, remediedAt } = event.data;
      return createIntegrationEvent(GovernanceEvents.BreachRemedied, { ...base, subject: organisationId, data: { organisationId, breachId, remediedAt } });
    }
    case 'ObligationFulfilled': {
      const { organisationId, obligationId, applicationId, fulfilledAt } = event.data;
      return createIntegrationEvent(GovernanceEvents.ObligationFulfilled, { ...base, subject: organisationId, data: { organisationId, obligationId, applicationId, fulfilledAt } });
    }
    case 'AllocationsSuspensionRequested': {
      const { organisationId, reason, breachId, requestedAt } = event.data;
      return createIntegrationEvent(GovernanceEvents.AllocationsSuspensionRequested, {
        ...base, subject: organisationId, data: { organisationId, reason, ...(breachId !== null ? { breachId } : {}), requestedAt },
      });
    }
    case 'AllocationsResumptionRequested': {
      const { organisationId, reason, requestedAt } = event.data;
      return createIntegrationEvent(GovernanceEvents.AllocationsResumptionRequested, { ...base, subject: organisationId, data: { organisationId, reason, requestedAt } });
    }
    default:
      return null;
  }
}
