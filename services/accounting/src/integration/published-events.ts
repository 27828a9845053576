import { AccountingEvents, createIntegrationEvent, type IntegrationEvent } from '@hpc-access/contracts';
import type { RecordedEvent } from '@hpc-access/eventsourcing';
import type { AllocationAccountEvent } from '../allocations/domain/allocation-account';

/**
 * Which of accounting's private events others may depend on: alerts, months over quota, overuse, underuse, and the
 * running totals after each charged batch. Job records stay in accounting.
 */
export function toIntegrationEvent(recorded: RecordedEvent): IntegrationEvent | null {
  const base = {
    id: recorded.eventId,
    time: recorded.recordedAt.toISOString(),
    correlationId: recorded.metadata.correlationId,
    causationId: recorded.metadata.causationId,
  };
  const event = { type: recorded.type, data: recorded.data } as AllocationAccountEvent;
  switch (event.type) {
    case 'UsageBatchCharged': {
      const { allocationId, organisationId, projectId, totals } = event.data;
      return createIntegrationEvent(AccountingEvents.AllocationUsageTotals, {
        ...base,
        subject: allocationId,
        data: { allocationId, organisationId, projectId, chargedGpuHours: totals.chargedGpuHours, energyKwh: totals.energyKwh, estimatedTrainingFlop: totals.estimatedTrainingFlop },
      });
    }
    case 'UsageThresholdReached':
      return createIntegrationEvent(AccountingEvents.UsageThresholdReached, { ...base, subject: event.data.allocationId, data: { ...event.data } });
    case 'OveruseDetected':
      return createIntegrationEvent(AccountingEvents.OveruseDetected, { ...base, subject: event.data.allocationId, data: { ...event.data } });
    case 'MonthlyQuotaExceeded': {
      const { allocationId, organisationId, month, gpuHours, quotaGpuHours, percentOfQuota, marginPercent, flaggedAt } = event.data;
      return createIntegrationEvent(AccountingEvents.MonthlyQuotaExceeded, {
        ...base, subject: allocationId, data: { allocationId, organisationId, month, chargedGpuHours: gpuHours, quotaGpuHours, percentOfQuota, marginPercent, flaggedAt },
      });
    }
    case 'UnderuseFlagged':
      return createIntegrationEvent(AccountingEvents.UnderuseFlagged, { ...base, subject: event.data.allocationId, data: { ...event.data } });
    default:
      return null;
  }
}
