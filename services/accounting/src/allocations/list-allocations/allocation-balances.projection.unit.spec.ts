import { foldRows } from '@hpc-access/sql';
import { recordedStream } from '@hpc-access/sql/testing-only';
import { allocationBalanceRows } from './allocation-balances.projection';

const rows = allocationBalanceRows('accounting');
const allocationId = 'alloc-1';
const opened = {
  type: 'AllocationAccountOpened',
  data: {
    allocationId, applicationId: 'app-1', organisationId: 'org-1', projectId: 'EHPC-AIF-1', mode: 'fast-lane', system: 'leonardo', partition: 'boost',
    gpuHours: 1000, monthlyQuotaGpuHours: 100, start: '2026-01-01', end: '2026-06-30', activatedAt: '2026-01-01T00:00:00Z',
  },
};
const totals = { chargedGpuHours: 812.5, energyKwh: 40.25, estimatedTrainingFlop: 1.5e21, jobs: 12 };

describe('allocation balances as a fold of the allocation account events', () => {
  it('opens an active row and carries the running totals, the highest threshold and the flags', () => {
    const next = recordedStream(`allocation-account-${allocationId}`);
    const events = [
      next(opened),
      next({ type: 'UsageBatchCharged', data: { allocationId, totals } }),
      next({ type: 'UsageThresholdReached', data: { allocationId, thresholdPercent: 80 } }),
      next({ type: 'UsageThresholdReached', data: { allocationId, thresholdPercent: 50 } }),
      next({ type: 'UnderuseFlagged', data: { allocationId } }),
      next({ type: 'MidTermUsageOnPlan', data: { allocationId } }),
      next({ type: 'OveruseDetected', data: { allocationId } }),
      next({ type: 'AllocationAccountSuspended', data: { allocationId } }),
    ];
    expect(foldRows(rows, events)).toEqual([{
      allocationId, organisationId: 'org-1', projectId: 'EHPC-AIF-1', mode: 'fast-lane', system: 'leonardo', partition: 'boost', status: 'suspended',
      awardedGpuHours: 1000, chargedGpuHours: 812.5, monthlyQuotaGpuHours: 100, energyKwh: 40.25, estimatedFlop: 1.5e21, jobs: 12,
      highestThreshold: 80, overuse: true, underuse: false, startsOn: '2026-01-01', endsOn: '2026-06-30', updatedAt: events[7]!.recordedAt, revision: 7,
    }]);
  });

  it('resumes and closes; an account it never saw opened leaves no row', () => {
    const next = recordedStream(`allocation-account-${allocationId}`);
    const events = [next(opened), next({ type: 'AllocationAccountSuspended', data: { allocationId } }), next({ type: 'AllocationAccountResumed', data: { allocationId } })];
    expect(foldRows(rows, events)).toEqual([expect.objectContaining({ status: 'active', revision: 2 })]);
    expect(foldRows(rows, [...events, next({ type: 'AllocationAccountClosed', data: { allocationId } })])).toEqual([expect.objectContaining({ status: 'closed', revision: 3 })]);
    expect(foldRows(rows, events.slice(1))).toEqual([]);
  });
});
