import { AllocationEvents, createIntegrationEvent, type IntegrationEvent } from '@hpc-access/contracts';
import type { RecordedEvent } from '@hpc-access/eventsourcing';
import type { ApplicationEvent } from '../applications/domain/allocation-application';
import type { AllocationEvent } from '../allocations/domain/allocation';
import type { LedgerEvent } from '../capacity/domain/partition-ledger';
import type { CallEvent } from '../calls/domain/call';
import type { RankEntry } from '../calls/domain/ranking';
import type { StandingEvent } from '../organisations/domain/standing';
import { CONFIGURATION_STREAM, type AllocationConfiguration, type ConfigurationEvent } from '../configuration/domain/configuration';

type Published = CallEvent | ApplicationEvent | AllocationEvent | LedgerEvent | StandingEvent | ConfigurationEvent;

/** The site-to-systems map as every service learns it; the rest of the configuration stays allocation's. */
function hostingSitesOf(configuration: AllocationConfiguration) {
  return (configuration.sites ?? []).map((site) => ({ siteId: site.id, name: site.name, systems: [...site.systems] }));
}

/** A ranking's outcomes counted: partial awards are awards; below the threshold and barred are not funded. */
function countsOf(ranking: readonly RankEntry[]): { awarded: number; reserve: number; notFunded: number } {
  const count = (...outcomes: RankEntry['outcome'][]) => ranking.filter((entry) => outcomes.includes(entry.outcome)).length;
  return { awarded: count('awarded', 'partial'), reserve: count('reserve'), notFunded: count('below-threshold', 'barred') };
}

/**
 * Which of allocation's domain events others may depend on (libs/contracts/src/allocation.ts).
 * Event type names are unique across allocation's streams, so the type alone decides.
 */
export function toIntegrationEvent(recorded: RecordedEvent): IntegrationEvent | null {
  const base = { id: recorded.eventId, time: recorded.recordedAt.toISOString(), correlationId: recorded.metadata.correlationId, causationId: recorded.metadata.causationId };
  const event = { type: recorded.type, data: recorded.data } as Published;
  switch (event.type) {
    case 'CutOffPassed': {
      // The ranking was recorded when the event was: that is when the cut-off was ranked.
      const { callId, index, cutOffAt, ranking } = event.data;
      return createIntegrationEvent(AllocationEvents.CutOffPassed, { ...base, subject: callId, data: { callId, cutOffIndex: index, cutOffAt, rankedAt: base.time, ...countsOf(ranking) } });
    }
    case 'CapacityHoldPlaced': {
      const { holdId, applicationId, organisationId, system, partition, gpuHours, expiresAt } = event.data;
      return createIntegrationEvent(AllocationEvents.CapacityHoldPlaced, { ...base, subject: applicationId, data: { holdId, applicationId, organisationId, system, partition, gpuHours, expiresAt } });
    }
    case 'CapacityHoldReleased': {
      const { holdId, applicationId, reason, releasedAt } = event.data;
      return createIntegrationEvent(AllocationEvents.CapacityHoldReleased, { ...base, subject: applicationId, data: { holdId, applicationId, reason, releasedAt } });
    }
    case 'TechnicalAssessmentCompleted': {
      const { applicationId, organisationId, outcome, remarks } = event.data;
      return createIntegrationEvent(AllocationEvents.TechnicalAssessmentCompleted, { ...base, subject: applicationId, data: { applicationId, organisationId, outcome, remarks } });
    }
    case 'AllocationAwarded': {
      const { allocationId, applicationId, organisationId, projectId, mode, system, partition, gpuHours, monthlyQuotaGpuHours, start, end, partial } = event.data;
      return createIntegrationEvent(AllocationEvents.AllocationAwarded, { ...base, subject: allocationId, data: { allocationId, applicationId, organisationId, projectId, mode, system, partition, gpuHours, monthlyQuotaGpuHours, start, end, partial } });
    }
    case 'ApplicationNotFunded': {
      const { applicationId, organisationId, reason, reserve } = event.data;
      return createIntegrationEvent(AllocationEvents.ApplicationNotFunded, { ...base, subject: applicationId, data: { applicationId, organisationId, reason, reserve } });
    }
    case 'AllocationActivated': {
      const { allocationId, applicationId, organisationId, projectId, mode, system, partition, gpuHours, monthlyQuotaGpuHours, start, end, activatedAt } = event.data;
      return createIntegrationEvent(AllocationEvents.AllocationActivated, { ...base, subject: allocationId, data: { allocationId, applicationId, organisationId, projectId, mode, system, partition, gpuHours, monthlyQuotaGpuHours, start, end, activatedAt } });
    }
    case 'AllocationSuspended': {
      const { allocationId, organisationId, reason, suspendedAt } = event.data;
      return createIntegrationEvent(AllocationEvents.AllocationSuspended, { ...base, subject: allocationId, data: { allocationId, organisationId, reason, suspendedAt } });
    }
    case 'AllocationResumed': {
      const { allocationId, organisationId, resumedAt } = event.data;
      return createIntegrationEvent(AllocationEvents.AllocationResumed, { ...base, subject: allocationId, data: { allocationId, organisationId, resumedAt } });
    }
    case 'AllocationClosed': {
      const { allocationId, organisationId, closedAt, finalReportDue } = event.data;
      return createIntegrationEvent(AllocationEvents.AllocationClosed, { ...base, subject: allocationId, data: { allocationId, organisationId, closedAt, finalReportDue } });
    }
    case 'FinalReportSubmitted': {
      const { allocationId, organisationId, submittedAt } = event.data;
      return createIntegrationEvent(AllocationEvents.FinalReportSubmitted, { ...base, subject: allocationId, data: { allocationId, organisationId, submittedAt } });
    }
    case 'OrganisationBarred': {
      const { organisationId, allocationId, reason, barredAt } = event.data;
      return createIntegrationEvent(AllocationEvents.OrganisationBarred, { ...base, subject: organisationId, data: { organisationId, allocationId, reason, barredAt } });
    }
    case 'OrganisationBarLifted': {
      // Lifted for others only when no other final report is still overdue.
      if (event.data.stillBarred) return null;
      const { organisationId, liftedAt } = event.data;
      return createIntegrationEvent(AllocationEvents.OrganisationBarLifted, { ...base, subject: organisationId, data: { organisationId, liftedAt } });
    }
    case 'ConfigurationSeeded':
    case 'ConfigurationChanged': {
      // A configuration recorded before sites existed has no map to tell: its upgrade event will.
      if (!event.data.configuration.sites) return null;
      const changedAt = event.type === 'ConfigurationSeeded' ? event.data.seededAt : event.data.changedAt;
      return createIntegrationEvent(AllocationEvents.HostingSitesChanged, { ...base, subject: CONFIGURATION_STREAM, data: { sites: hostingSitesOf(event.data.configuration), changedAt } });
    }
    default:
      return null;
  }
}
