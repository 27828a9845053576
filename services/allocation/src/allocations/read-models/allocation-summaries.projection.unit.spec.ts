import { foldRows } from '@hpc-access/sql';
import { recordedStream } from '@hpc-access/sql/testing-only';
import type { AllocationEvent, AllocationTerms } from '../domain/allocation';
import { allocationSummaryRows } from './allocation-summaries.projection';

const ALLOCATION = '0192f0c4-7a5e-7c1d-9a4e-2f7b5c3d1e0f';
const TERMS: AllocationTerms = {
  allocationId: ALLOCATION, applicationId: 'app-1', organisationId: 'org-1', projectId: 'EHPC-AI-2026A01-001', mode: 'large-scale',
  system: 'leonardo', partition: 'booster', gpuHours: 120_000, monthlyQuotaGpuHours: 10_000, start: '2026-02-01', end: '2027-01-31', partial: false,
};
const AWARDED_AT = '2026-01-20T09:00:00.000Z';
const ACTIVATED_AT = '2026-01-27T11:30:00.000Z';

const opened: AllocationEvent = { type: 'AllocationOpened', data: { ...TERMS, awardedAt: AWARDED_AT, clockStartedAt: '2026-01-05T10:00:00.000Z', targetWorkingDays: 10 } };
const activated: AllocationEvent = { type: 'AllocationActivated', data: { ...TERMS, siteReference: 'site-42', activatedAt: ACTIVATED_AT, workingDaysToAccess: 5, targetWorkingDays: 10 } };
const suspended: AllocationEvent = { type: 'AllocationSuspended', data: { allocationId: ALLOCATION, organisationId: 'org-1', reason: 'over quota', suspendedBy: 'accounting', suspendedAt: '2026-03-01T00:00:00.000Z' } };
const resumed: AllocationEvent = { type: 'AllocationResumed', data: { allocationId: ALLOCATION, organisationId: 'org-1', resumedBy: 'accounting', resumedAt: '2026-03-02T00:00:00.000Z' } };
const closed: AllocationEvent = { type: 'AllocationClosed', data: { allocationId: ALLOCATION, organisationId: 'org-1', closedAt: '2027-01-31T23:00:00.000Z', finalReportDue: '2027-03-02' } };
const overdue: AllocationEvent = { type: 'FinalReportOverdue', data: { allocationId: ALLOCATION, organisationId: 'org-1', finalReportDue: '2027-03-02', at: '2027-03-03T00:00:00.000Z' } };
const submitted: AllocationEvent = {
  type: 'FinalReportSubmitted',
  data: { allocationId: ALLOCATION, organisationId: 'org-1', results: 'A model.', energyKwh: 1000, computeFlop: 1e21, acknowledgement: true, submittedAt: '2027-03-05T08:00:00.000Z' },
};

/** The allocation's stream: these events in order, revisions 0, 1, … */
function allocationStream(...events: AllocationEvent[]) {
  const next = recordedStream(`allocation-${ALLOCATION}`);
  return events.map((event) => next(event));
}

const rows = allocationSummaryRows('s');

describe('the allocation summaries read model (a pure fold)', () => {
  it('an opened allocation is awarded, with its terms', () => {
    expect(foldRows(rows, allocationStream(opened))).toEqual([{
      allocationId: ALLOCATION, applicationId: 'app-1', organisationId: 'org-1', projectId: 'EHPC-AI-2026A01-001', mode: 'large-scale', system: 'leonardo',
      partition: 'booster', gpuHours: 120_000, monthlyQuotaGpuHours: 10_000, startDate: '2026-02-01', endDate: '2027-01-31', partial: false, status: 'awarded',
      suspendedBy: null, awardedAt: new Date(AWARDED_AT), activatedAt: null, closedAt: null, finalReportDue: null, finalReportSubmittedAt: null,
      finalReportOverdue: false, revision: 0,
    }]);
  });

  it('activated, suspended and resumed: active again, the suspension lifted', () => {
    expect(foldRows(rows, allocationStream(opened, activated, suspended))).toEqual([expect.objectContaining({ status: 'suspended', suspendedBy: 'accounting', activatedAt: new Date(ACTIVATED_AT), revision: 2 })]);
    expect(foldRows(rows, allocationStream(opened, activated, suspended, resumed))).toEqual([expect.objectContaining({ status: 'active', suspendedBy: null, revision: 3 })]);
  });

  it('a suspension before activation stands through it, and resuming returns to awarded when it was never activated', () => {
    expect(foldRows(rows, allocationStream(opened, suspended, activated))).toEqual([expect.objectContaining({ status: 'suspended', activatedAt: new Date(ACTIVATED_AT) })]);
    expect(foldRows(rows, allocationStream(opened, suspended, resumed))).toEqual([expect.objectContaining({ status: 'awarded', activatedAt: null, suspendedBy: null })]);
  });

  it('closed, its final report overdue and then submitted', () => {
    const events = allocationStream(opened, activated, suspended, closed, overdue);
    expect(foldRows(rows, events)).toEqual([expect.objectContaining({ status: 'closed', suspendedBy: null, closedAt: new Date('2027-01-31T23:00:00.000Z'), finalReportDue: '2027-03-02', finalReportOverdue: true })]);
    expect(foldRows(rows, allocationStream(opened, activated, closed, overdue, submitted))).toEqual([
      expect.objectContaining({ finalReportOverdue: false, finalReportSubmittedAt: new Date('2027-03-05T08:00:00.000Z'), revision: 4 }),
    ]);
  });

  it('an event it has seen changes nothing (replay)', () => {
    const [o, a, s, r] = allocationStream(opened, activated, suspended, resumed);
    const once = foldRows(rows, [o, a, s, r]);
    // The suspension again after the resumption would suspend it anew if it were not skipped.
    expect(foldRows(rows, [o, a, s, r, s, o, a])).toEqual(once);
    expect(once).toEqual([expect.objectContaining({ status: 'active', revision: 3 })]);
  });

  it('an event of an allocation it never saw opened writes no row', () => {
    const [, a, s] = allocationStream(opened, activated, suspended);
    expect(foldRows(rows, [a, s])).toEqual([]);
  });

  it('the dates read as YYYY-MM-DD whichever way the engine hands back a date column', () => {
    const column = rows.columns.startDate;
    expect(column.fromSql('2026-02-01')).toBe('2026-02-01');
    expect(column.fromSql(new Date(2026, 1, 1))).toBe('2026-02-01');
    expect(column.fromSql(new Date(Date.UTC(2026, 1, 1)))).toBe('2026-02-01');
    expect(rows.columns.finalReportDue.fromSql(null)).toBeNull();
  });
});
