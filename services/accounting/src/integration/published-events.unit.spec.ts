import { validateIntegrationEvent } from '@hpc-access/contracts';
import type { RecordedEvent } from '@hpc-access/eventsourcing';
import { toIntegrationEvent } from './published-events';

const T = '2027-03-02T09:05:00.000Z';
const recorded = (type: string, data: Record<string, unknown>): RecordedEvent => ({
  eventId: '01900000-0000-7000-8000-000000000003', type, streamId: 's', streamPosition: 0, globalPosition: '1', transactionId: '1', recordedAt: new Date(T),
  data, metadata: { correlationId: 'corr-1', causationId: 'cause-1', actor: { id: 'site-1', role: 'site' }, schemaVersion: 1 }, hash: 'h', prevHash: null,
});
const published = (type: string, data: Record<string, unknown>) => {
  const event = toIntegrationEvent(recorded(type, data));
  expect(event).not.toBeNull();
  expect(validateIntegrationEvent(event).ok).toBe(true);
  return event;
};

describe('the integration events accounting publishes', () => {
  it('a month over its quota, keyed by the allocation, with the charged hours, the quota and the margin then in force', () => {
    const flagged = { allocationId: 'alloc-1', organisationId: 'org-1', month: '2027-02', gpuHours: 1250.5, quotaGpuHours: 1000, percentOfQuota: 125.05, marginPercent: 10, flaggedAt: T };
    expect(published('MonthlyQuotaExceeded', flagged)).toEqual({
      id: '01900000-0000-7000-8000-000000000003', type: 'hpc-access.accounting.MonthlyQuotaExceeded.v1', source: 'accounting', subject: 'alloc-1', time: T,
      correlationId: 'corr-1', causationId: 'cause-1',
      data: { allocationId: 'alloc-1', organisationId: 'org-1', month: '2027-02', chargedGpuHours: 1250.5, quotaGpuHours: 1000, percentOfQuota: 125.05, marginPercent: 10, flaggedAt: T },
    });
  });

  it('a month that is no month is refused by the contract', () => {
    const event = toIntegrationEvent(recorded('MonthlyQuotaExceeded', { allocationId: 'alloc-1', organisationId: 'org-1', month: '2027-13', gpuHours: 1, quotaGpuHours: 1, percentOfQuota: 100, marginPercent: 0, flaggedAt: T }));
    expect(validateIntegrationEvent(event).ok).toBe(false);
  });

  it('the events published before still map as they did (replay gives the same answers)', () => {
    const threshold = { allocationId: 'alloc-1', organisationId: 'org-1', thresholdPercent: 90, chargedGpuHours: 900, awardedGpuHours: 1000 };
    expect(published('UsageThresholdReached', threshold)?.data).toEqual(threshold);
    const underuse = { allocationId: 'alloc-1', organisationId: 'org-1', chargedGpuHours: 10, plannedGpuHours: 500, flaggedAt: T };
    expect(published('UnderuseFlagged', underuse)?.data).toEqual(underuse);
  });

  it.each(['AllocationAccountOpened', 'AllocationAccountSuspended', 'MidTermUsageOnPlan'])('%s stays inside accounting', (type) => {
    expect(toIntegrationEvent(recorded(type, { allocationId: 'alloc-1' }))).toBeNull();
  });
});
