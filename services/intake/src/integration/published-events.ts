import { IntakeEvents, createIntegrationEvent, type IntegrationEvent } from '@hpc-access/contracts';
import type { RecordedEvent } from '@hpc-access/eventsourcing';
import type { ApplicationEvent } from '../applications/domain/application';
import { isSme } from '../applications/domain/eligibility';
import type { OrganisationEvent } from '../organisations/domain/organisation';
import { dossierOf } from './application-dossier';
import type { RulesInForceAt } from './rules-in-force-at';

/**
 * Which of intake's private domain events others may depend on, and in what shape: the published
 * language (ARCHITECTURE.md section 4). No personal data leaves intake. Each message is built from
 * what its event recorded, so a relay replayed from position 0 publishes the same bytes again.
 */
export function toIntegrationEvent(rulesInForceAt: RulesInForceAt) {
  return (recorded: RecordedEvent): IntegrationEvent | null => {
    const base = {
      id: recorded.eventId,
      time: recorded.recordedAt.toISOString(),
      correlationId: recorded.metadata.correlationId,
      causationId: recorded.metadata.causationId,
    };
    const event = { type: recorded.type, data: recorded.data } as ApplicationEvent | OrganisationEvent;
    switch (event.type) {
      case 'OrganisationRegistered': {
        const { organisationId, legalName, country, sme, smeQualified } = event.data;
        // Events recorded before the verdict was kept are read as the rule in force when they were recorded.
        const qualified = smeQualified ?? isSme(sme, rulesInForceAt(recorded.recordedAt));
        return createIntegrationEvent(IntakeEvents.OrganisationRegistered, { ...base, subject: organisationId, data: { organisationId, legalName, country, sme: qualified } });
      }
      case 'ApplicationSubmitted': {
        const { applicationId, organisationId, proposal } = event.data;
        return createIntegrationEvent(IntakeEvents.ApplicationSubmitted, {
          ...base,
          subject: applicationId,
          data: { applicationId, organisationId, mode: proposal.mode, system: proposal.system, partition: proposal.partition, gpuHours: proposal.gpuHours, durationMonths: proposal.durationMonths, start: proposal.startDate },
        });
      }
      case 'ApplicationFoundEligible':
      case 'ApplicationFoundIneligible':
      case 'InformationRequested': {
        const { applicationId, organisationId } = event.data;
        const outcome = event.type === 'ApplicationFoundEligible' ? 'eligible' : event.type === 'ApplicationFoundIneligible' ? 'ineligible' : 'information-requested';
        const reasons = event.type === 'ApplicationFoundIneligible' ? event.data.reasons : event.type === 'InformationRequested' ? event.data.questions : [];
        const dossier = event.type === 'ApplicationFoundEligible' && event.data.proposal ? dossierOf(event.data.proposal) : undefined;
        return createIntegrationEvent(IntakeEvents.ApplicationScreened, { ...base, subject: applicationId, data: { applicationId, organisationId, outcome, reasons, ...(dossier ? { dossier } : {}) } });
      }
      case 'InformationProvided': {
        // The screening officer's questions answered: allocation restarts the time-to-access clock.
        const { applicationId, organisationId, answer, providedAt } = event.data;
        if (!organisationId) return null;
        return createIntegrationEvent(IntakeEvents.ApplicationInformationProvided, { ...base, subject: applicationId, data: { applicationId, organisationId, requestedBy: 'intake', answers: [answer], providedAt } });
      }
      case 'EthicsInformationProvided': {
        const { applicationId, organisationId, answer, providedAt } = event.data;
        return createIntegrationEvent(IntakeEvents.ApplicationInformationProvided, { ...base, subject: applicationId, data: { applicationId, organisationId, requestedBy: 'ethics-review', answers: [answer], providedAt } });
      }
      case 'ApplicationWithdrawn': {
        const { applicationId, organisationId, withdrawnAt } = event.data;
        return createIntegrationEvent(IntakeEvents.ApplicationWithdrawn, { ...base, subject: applicationId, data: { applicationId, organisationId, withdrawnAt } });
      }
      default:
        return null;
    }
  };
}
