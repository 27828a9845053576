import { deciderSpec } from '@hpc-access/testing';
import type { AllocationAccountEvent, AllocationTerms, JobCharge } from './allocation-account';
import { allocationAccountDecider, type AllocationAccountCommand } from './allocation-account.decide';

const now = new Date('2026-11-20T09:00:00.000Z');
const context = { now, actor: { id: 'site-lumi', role: 'site' } };
const terms: AllocationTerms = {
  allocationId: 'alloc-1', applicationId: 'app-1', organisationId: 'org-a', projectId: 'EHPC-AIF-2026PG01-1147', mode: 'playground',
  system: 'lumi', partition: 'lumi-g', gpuHours: 1000, monthlyQuotaGpuHours: 334, start: '2026-11-01', end: '2027-01-31',
};
const opened: AllocationAccountEvent = { type: 'AllocationAccountOpened', data: { ...terms, activatedAt: '2026-11-01T08:00:00Z' } };
const suspended: AllocationAccountEvent = { type: 'AllocationAccountSuspended', data: { allocationId: 'alloc-1', reason: 'overuse', suspendedAt: '2026-11-10T00:00:00Z' } };
const closed: AllocationAccountEvent = { type: 'AllocationAccountClosed', data: { allocationId: 'alloc-1', closedAt: '2027-01-31T00:00:00Z' } };
const job = (jobId: string, gpuHours: number, month = '2026-11'): JobCharge => ({ jobId, gpuHours, energyKwh: gpuHours / 10, estimatedFlop: gpuHours * 1e18, month });
const charge = (importId: string, jobs: JobCharge[]): AllocationAccountCommand => ({
  type: 'ChargeUsage', data: { importId, jobs, thresholdsPercent: [75, 90, 100], overuseAction: 'suspend' }, context,
});
const charged = (importId: string, jobs: JobCharge[], before: { gpuHours: number; jobs: number }): AllocationAccountEvent => {
  const gpuHours = jobs.reduce((t, j) => t + j.gpuHours, 0);
  const byMonth: Record<string, number> = {};
  for (const j of jobs) byMonth[j.month] = (byMonth[j.month] ?? 0) + j.gpuHours;
  return {
    type: 'UsageBatchCharged',
    data: {
      allocationId: 'alloc-1', organisationId: 'org-a', projectId: 'EHPC-AIF-2026PG01-1147', importId, jobIds: jobs.map((j) => j.jobId),
      gpuHours, energyKwh: gpuHours / 10, estimatedFlop: gpuHours * 1e18, byMonth,
      totals: { chargedGpuHours: before.gpuHours + gpuHours, energyKwh: (before.gpuHours + gpuHours) / 10, estimatedTrainingFlop: (before.gpuHours + gpuHours) * 1e18, jobs: before.jobs + jobs.length },
      chargedAt: now.toISOString(),
    },
  };
};
const threshold = (thresholdPercent: number, chargedGpuHours: number): AllocationAccountEvent => ({
  type: 'UsageThresholdReached', data: { allocationId: 'alloc-1', organisationId: 'org-a', thresholdPercent, chargedGpuHours, awardedGpuHours: 1000 },
});

const spec = deciderSpec(allocationAccountDecider);

describe('an allocation account', () => {
  describe('is opened when allocation activates it', () => {
    it('with the award\'s terms', () => {
      spec.given([]).when({ type: 'OpenAllocationAccount', data: { terms, activatedAt: '2026-11-01T08:00:00Z' }, context }).then([opened]);
    });
    it('once: a redelivered activation changes nothing', () => {
      spec.given([opened]).when({ type: 'OpenAllocationAccount', data: { terms, activatedAt: '2026-11-01T08:00:00Z' }, context }).then([]);
    });
    it('not for a period that ends before it starts', () => {
      spec.given([]).when({ type: 'OpenAllocationAccount', data: { terms: { ...terms, end: '2026-10-01' }, activatedAt: '2026-11-01T08:00:00Z' }, context })
        .thenThrows('allocation-period-invalid', { kind: 'invalid', field: 'end' });
    });
  });

  describe('follows the allocation\'s status', () => {
    const suspend: AllocationAccountCommand = { type: 'RecordAllocationSuspended', data: { reason: 'overuse', suspendedAt: '2026-11-10T00:00:00Z' }, context };
    const resume: AllocationAccountCommand = { type: 'RecordAllocationResumed', data: { resumedAt: '2026-11-12T00:00:00Z' }, context };
    const close: AllocationAccountCommand = { type: 'RecordAllocationClosed', data: { closedAt: '2027-01-31T00:00:00Z' }, context };
    const resumed: AllocationAccountEvent = { type: 'AllocationAccountResumed', data: { allocationId: 'alloc-1', resumedAt: '2026-11-12T00:00:00Z' } };

    it('knows nothing of an allocation never activated', () => {
      spec.given([]).when(suspend).thenThrows('allocation-account-not-found', { kind: 'not_found' });
      spec.given([]).when(resume).thenThrows('allocation-account-not-found');
      spec.given([]).when(close).thenThrows('allocation-account-not-found');
    });
    it('is suspended when active, once', () => {
      spec.given([opened]).when(suspend).then([suspended]);
      spec.given([opened, suspended]).when(suspend).then([]);
      spec.given([opened]).when(suspend).thenState({ status: 'suspended', suspension: { reason: 'overuse', since: '2026-11-10T00:00:00Z' } });
    });
    it('is resumed only when suspended', () => {
      spec.given([opened, suspended]).when(resume).then([resumed]);
      spec.given([opened]).when(resume).then([]);
      spec.given([opened, suspended]).when(resume).thenState({ status: 'active', suspension: null });
    });
    it('is closed once, from active or suspended, and stays closed', () => {
      spec.given([opened]).when(close).then([closed]);
      spec.given([opened, suspended]).when(close).then([closed]);
      spec.given([opened, closed]).when(close).then([]);
      spec.given([opened, closed]).when(suspend).then([]);
      spec.given([opened, closed]).when(resume).then([]);
    });
  });

  describe('charges usage', () => {
    it('as one batch event with the jobs, the sums per month and the running totals', () => {
      const jobs = [job('1', 100), job('2', 50, '2026-12')];
      spec.given([opened]).when(charge('imp-1', jobs)).then([charged('imp-1', jobs, { gpuHours: 0, jobs: 0 })]);
      spec.given([opened, charged('imp-0', [job('0', 10)], { gpuHours: 0, jobs: 0 })]).when(charge('imp-1', jobs))
        .thenState({ totals: { chargedGpuHours: 160, energyKwh: 16, estimatedTrainingFlop: 160e18, jobs: 3 }, byMonth: { '2026-11': 110, '2026-12': 50 } });
    });
    it('not to a suspended or closed allocation', () => {
      spec.given([opened, suspended]).when(charge('imp-1', [job('1', 1)])).thenThrows('allocation-not-active', { kind: 'conflict' });
      spec.given([opened, closed]).when(charge('imp-1', [job('1', 1)])).thenThrows('allocation-not-active', { kind: 'conflict' });
    });
    it('not to an allocation never activated', () => {
      spec.given([]).when(charge('imp-1', [job('1', 1)])).thenThrows('allocation-account-not-found');
    });
    it('once per import, and nothing for an empty batch', () => {
      const jobs = [job('1', 100)];
      spec.given([opened, charged('imp-1', jobs, { gpuHours: 0, jobs: 0 })]).when(charge('imp-1', jobs)).then([]);
      spec.given([opened]).when(charge('imp-2', [])).then([]);
    });
    it('never negative figures', () => {
      spec.given([opened]).when(charge('imp-1', [job('1', 5), job('2', -1)])).thenThrows('negative-usage', { kind: 'invalid', field: 'jobs.1' });
    });
  });

  describe('alerts at the configured thresholds', () => {
    it('once per threshold, as use crosses it', () => {
      const first = [job('1', 750)];
      spec.given([opened]).when(charge('imp-1', first)).then([charged('imp-1', first, { gpuHours: 0, jobs: 0 }), threshold(75, 750)]);
      const second = [job('2', 100)];
      spec.given([opened, charged('imp-1', first, { gpuHours: 0, jobs: 0 }), threshold(75, 750)]).when(charge('imp-2', second)).then([charged('imp-2', second, { gpuHours: 750, jobs: 1 })]);
    });
    it('every threshold a single batch crosses, in order', () => {
      const jobs = [job('1', 950)];
      spec.given([opened]).when(charge('imp-1', jobs)).then([charged('imp-1', jobs, { gpuHours: 0, jobs: 0 }), threshold(75, 950), threshold(90, 950)]);
    });
  });

  describe('detects overuse at 100 %', () => {
    const overuse = (action: 'suspend' | 'lower-priority', chargedGpuHours: number): AllocationAccountEvent => ({
      type: 'OveruseDetected', data: { allocationId: 'alloc-1', organisationId: 'org-a', action, chargedGpuHours, awardedGpuHours: 1000, detectedAt: now.toISOString() },
    });
    it('with the action of the mode\'s overuse policy', () => {
      const jobs = [job('1', 1000)];
      spec.given([opened]).when({ ...charge('imp-1', jobs), data: { ...charge('imp-1', jobs).data, overuseAction: 'lower-priority' } } as AllocationAccountCommand)
        .then([charged('imp-1', jobs, { gpuHours: 0, jobs: 0 }), threshold(75, 1000), threshold(90, 1000), threshold(100, 1000), overuse('lower-priority', 1000)]);
    });
    it('once, however much more is charged', () => {
      const before = [charged('imp-1', [job('1', 1000)], { gpuHours: 0, jobs: 0 }), threshold(75, 1000), threshold(90, 1000), threshold(100, 1000), overuse('suspend', 1000)];
      spec.given([opened, ...before]).when(charge('imp-2', [job('2', 10)])).then([charged('imp-2', [job('2', 10)], { gpuHours: 1000, jobs: 1 })]);
    });
    it('even when no threshold of 100 is configured', () => {
      const jobs = [job('1', 1200)];
      spec.given([opened]).when({ ...charge('imp-1', jobs), data: { ...charge('imp-1', jobs).data, thresholdsPercent: [50] } } as AllocationAccountCommand)
        .then([charged('imp-1', jobs, { gpuHours: 0, jobs: 0 }), threshold(50, 1200), overuse('suspend', 1200)]);
    });
  });

  describe('is reviewed for underuse at mid-term', () => {
    // 1 November to 16 December 2026: 45.5 days = 1.49487 average months at 334 GPU-h = 499.29 GPU-h planned.
    const midTerm = new Date('2026-12-16T12:00:00.000Z');
    const review = (share = 70): AllocationAccountCommand => ({ type: 'ReviewMidTermUsage', data: { underuseSharePercent: share }, context: { ...context, now: midTerm } });
    const used = (gpuHours: number) => charged('imp-1', [job('1', gpuHours)], { gpuHours: 0, jobs: 0 });

    it('flags use below the configured share of plan to date', () => {
      spec.given([opened, used(100)]).when(review()).then([
        { type: 'UnderuseFlagged', data: { allocationId: 'alloc-1', organisationId: 'org-a', chargedGpuHours: 100, plannedGpuHours: 499.285421, flaggedAt: midTerm.toISOString() } },
      ]);
    });
    it('records use on plan without flagging it', () => {
      spec.given([opened, used(400)]).when(review()).then([
        { type: 'MidTermUsageOnPlan', data: { allocationId: 'alloc-1', chargedGpuHours: 400, plannedGpuHours: 499.285421, reviewedAt: midTerm.toISOString() } },
      ]);
    });
    it('once: a second firing of the deadline changes nothing', () => {
      const flagged: AllocationAccountEvent = { type: 'UnderuseFlagged', data: { allocationId: 'alloc-1', organisationId: 'org-a', chargedGpuHours: 0, plannedGpuHours: 499.285421, flaggedAt: midTerm.toISOString() } };
      spec.given([opened, flagged]).when(review()).then([]);
    });
    it('not for a closed allocation, nor one never activated', () => {
      spec.given([opened, closed]).when(review()).then([]);
      spec.given([]).when(review()).thenThrows('allocation-account-not-found');
    });
  });
  describe("flags a month whose burn passes its quota by the configured margin", () => {
    const withMargin = (importId: string, jobs: JobCharge[], monthlyQuotaMarginPercent = 50): AllocationAccountCommand => ({
      type: 'ChargeUsage', data: { importId, jobs, thresholdsPercent: [75, 90, 100], overuseAction: 'suspend', monthlyQuotaMarginPercent }, context,
    });
    const exceeded = (month: string, gpuHours: number, percentOfQuota: number): AllocationAccountEvent => ({
      type: 'MonthlyQuotaExceeded',
      data: { allocationId: 'alloc-1', organisationId: 'org-a', month, gpuHours, quotaGpuHours: 334, percentOfQuota, marginPercent: 50, flaggedAt: now.toISOString() },
    });

    it('a month at 205 % of its quota, though the award is only 68.5 % used (no threshold, no overuse)', () => {
      spec.given([opened]).when(withMargin('imp-1', [job('j1', 685)])).then([charged('imp-1', [job('j1', 685)], { gpuHours: 0, jobs: 0 }), exceeded('2026-11', 685, 205.08982)]);
    });

    it('once per month, and not a month within quota plus margin', () => {
      const first = charged('imp-1', [job('j1', 685)], { gpuHours: 0, jobs: 0 });
      spec.given([opened, first, exceeded('2026-11', 685, 205.08982)]).when(withMargin('imp-2', [job('j2', 10), job('j3', 100, '2026-12')]))
        .then([charged('imp-2', [job('j2', 10), job('j3', 100, '2026-12')], { gpuHours: 685, jobs: 1 }), threshold(75, 795)]);
      spec.given([opened]).when(withMargin('imp-1', [job('j1', 501)])).then([charged('imp-1', [job('j1', 501)], { gpuHours: 0, jobs: 0 })]);
    });

    it('by the margin the configuration gives', () => {
      spec.given([opened]).when(withMargin('imp-1', [job('j1', 400)], 10)).then([
        charged('imp-1', [job('j1', 400)], { gpuHours: 0, jobs: 0 }),
        { ...exceeded('2026-11', 400, 119.760479), data: { ...(exceeded('2026-11', 400, 119.760479).data as object), marginPercent: 10 } } as AllocationAccountEvent,
      ]);
    });
  });
});
