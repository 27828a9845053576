import { deciderSpec } from '@hpc-access/testing';
import { allocationDecider, type AllocationCommand } from './allocation.decide';
import type { AllocationEvent, AllocationTerms, SuspensionReason } from './allocation';

const at = (iso: string) => ({ now: new Date(iso), actor: { id: 'someone', role: 'site' } });
const context = at('2026-11-05T09:00:00.000Z');
const spec = deciderSpec(allocationDecider);
const terms: AllocationTerms = { allocationId: 'alloc-1', applicationId: 'app-1', organisationId: 'org-1', projectId: 'EHPC-AIF-2026PG01-0001', mode: 'playground', system: 'vega', partition: 'gpu', gpuHours: 5000, monthlyQuotaGpuHours: 5000, start: '2026-11-09', end: '2026-12-09', partial: false };
const opened: AllocationEvent = { type: 'AllocationOpened', data: { ...terms, awardedAt: '2026-11-04T09:00:00.000Z', clockStartedAt: '2026-11-02T09:00:00.000Z', targetWorkingDays: 2 } };
const activated: AllocationEvent = { type: 'AllocationActivated', data: { ...terms, siteReference: null, activatedAt: '2026-11-05T09:00:00.000Z', workingDaysToAccess: 3, targetWorkingDays: 2 } };
const suspended = (by: 'accounting' | 'governance' | 'staff'): AllocationEvent => ({ type: 'AllocationSuspended', data: { allocationId: 'alloc-1', organisationId: 'org-1', reason: 'r', suspendedBy: by, suspendedAt: '2026-11-06T09:00:00.000Z' } });
const closed: AllocationEvent = { type: 'AllocationClosed', data: { allocationId: 'alloc-1', organisationId: 'org-1', closedAt: '2026-12-09T00:00:00.000Z', finalReportDue: '2027-03-09' } };
const report: AllocationCommand = { type: 'SubmitFinalReport', data: { results: 'We trained it.', energyKwh: 1200, computeFlop: 1e21, acknowledgement: true }, context: at('2027-01-10T09:00:00.000Z') };

describe('opening and provisioning an allocation', () => {
  it('opens once with the terms of the award', () => {
    spec.when({ type: 'OpenAllocation', data: { ...terms, clockStartedAt: '2026-11-02T09:00:00.000Z', targetWorkingDays: 2 }, context: at('2026-11-04T09:00:00.000Z') }).then([opened]);
    spec.given([opened]).when({ type: 'OpenAllocation', data: { ...terms, clockStartedAt: 'x', targetWorkingDays: 2 }, context }).then([]);
  });

  it("the site's confirmation activates it and measures working days to access; the end date stays", () => {
    spec.given([opened]).when({ type: 'ActivateAllocation', data: { siteReference: null, holidays: [] }, context }).then([activated]);
  });

  it('configured holidays do not count as working days', () => {
    const [event] = spec.given([opened]).when({ type: 'ActivateAllocation', data: { siteReference: 'acc-17', holidays: ['2026-11-03'] }, context }).then([expect.anything() as never]);
    expect(event.data).toMatchObject({ workingDaysToAccess: 2, siteReference: 'acc-17', end: '2026-12-09' });
  });

  it('is confirmed once, and never after closure', () => {
    spec.given([opened, activated]).when({ type: 'ActivateAllocation', data: { siteReference: null, holidays: [] }, context }).thenThrows('already-active', { kind: 'conflict' });
    spec.given([opened, closed]).when({ type: 'ActivateAllocation', data: { siteReference: null, holidays: [] }, context }).thenThrows('allocation-closed', { kind: 'conflict' });
  });

  it('suspended before the site confirmed, it stays suspended once confirmed', () => {
    spec.given([opened, suspended('governance')]).when({ type: 'ActivateAllocation', data: { siteReference: null, holidays: [] }, context }).thenState({ status: 'suspended', activatedAt: '2026-11-05T09:00:00.000Z' });
  });

  it('an unknown allocation is not found', () => {
    spec.when({ type: 'ActivateAllocation', data: { siteReference: null, holidays: [] }, context }).thenThrows('allocation-not-found', { kind: 'not_found' });
  });
});

describe('suspension and resumption', () => {
  it('suspends an allocation, recording who asked, for which cause and why', () => {
    const reason: SuspensionReason = { cause: 'overuse', suspendedBy: 'accounting', actorId: 'someone', reason: 'overuse', since: '2026-11-05T09:00:00.000Z' };
    spec.given([opened, activated]).when({ type: 'SuspendAllocation', data: { reason: 'overuse', by: 'accounting' }, context }).then([{ type: 'AllocationSuspended', data: { allocationId: 'alloc-1', organisationId: 'org-1', reason: 'overuse', suspendedBy: 'accounting', suspendedAt: '2026-11-05T09:00:00.000Z', cause: 'overuse', actorId: 'someone', reasons: [reason] } }]);
  });

  it('not twice, and not once closed', () => {
    spec.given([opened, suspended('staff')]).when({ type: 'SuspendAllocation', data: { reason: 'again', by: 'staff' }, context }).thenThrows('already-suspended', { kind: 'conflict' });
    spec.given([opened, closed]).when({ type: 'SuspendAllocation', data: { reason: 'late', by: 'staff' }, context }).thenThrows('allocation-closed', { kind: 'conflict' });
  });

  it('resuming returns it to active when the site had confirmed it, else to awarded', () => {
    spec.given([opened, activated, suspended('staff')]).when({ type: 'ResumeAllocation', data: { by: 'staff' }, context }).thenState({ status: 'active' });
    spec.given([opened, suspended('staff')]).when({ type: 'ResumeAllocation', data: { by: 'staff' }, context }).thenState({ status: 'awarded' });
  });

  it('governance resumes only what governance suspended', () => {
    spec.given([opened, suspended('accounting')]).when({ type: 'ResumeAllocation', data: { by: 'governance' }, context }).thenThrows('not-suspended-by-governance', { kind: 'conflict' });
    spec.given([opened, suspended('governance')]).when({ type: 'ResumeAllocation', data: { by: 'governance' }, context }).thenState({ status: 'awarded', suspendedBy: null });
  });

  it('an old suspension without its reasons reads as its one reason, the cause its maker implies', () => {
    spec.given([opened, suspended('accounting')]).when({ type: 'SuspendAllocation', data: { reason: 'breach', by: 'governance' }, context }).thenState({
      status: 'suspended', suspendedBy: 'accounting',
      suspensions: [{ cause: 'overuse', suspendedBy: 'accounting', actorId: null, reason: 'r', since: '2026-11-06T09:00:00.000Z' }, { cause: 'governance', suspendedBy: 'governance', actorId: 'someone', reason: 'breach', since: '2026-11-05T09:00:00.000Z' }],
    });
  });

  it('governance suspends one already suspended for overuse: one more reason, with an event of its own', () => {
    const [event] = spec.given([opened, activated, suspended('accounting')]).when({ type: 'SuspendAllocation', data: { reason: 'pledge breached', by: 'governance' }, context: { ...context, actor: { id: 'greta', role: 'governance-officer' } } }).then([expect.anything() as never]);
    expect(event).toMatchObject({ type: 'SuspensionReasonAdded', data: { added: { cause: 'governance', actorId: 'greta', reason: 'pledge breached' }, reasons: [{ cause: 'overuse' }, { cause: 'governance' }] } });
    spec.given([opened, suspended('governance')]).when({ type: 'SuspendAllocation', data: { reason: 'again', by: 'governance' }, context }).thenThrows('already-suspended', { kind: 'conflict' });
  });

  it("the committee's resumption lifts overuse only: still suspended by governance, and it says so", () => {
    const byGovernance: SuspensionReason = { cause: 'governance', suspendedBy: 'governance', actorId: 'greta', reason: 'breach', since: '2026-11-07T09:00:00.000Z' };
    const governance: AllocationEvent = { type: 'SuspensionReasonAdded', data: { allocationId: 'alloc-1', organisationId: 'org-1', added: byGovernance, reasons: [{ cause: 'overuse', suspendedBy: 'accounting', actorId: null, reason: 'r', since: '2026-11-06T09:00:00.000Z' }, byGovernance] } };
    const committee = { ...context, actor: { id: 'carla', role: 'allocation-committee' } };
    spec.given([opened, activated, suspended('accounting'), governance]).when({ type: 'ResumeAllocation', data: { by: 'staff' }, context: committee }).then([
      { type: 'SuspensionReasonsLifted', data: { allocationId: 'alloc-1', organisationId: 'org-1', lifted: ['overuse'], liftedBy: 'staff', actorId: 'carla', liftedAt: '2026-11-05T09:00:00.000Z', remaining: [byGovernance] } },
    ]);
    spec.given([opened, activated, suspended('governance')]).when({ type: 'ResumeAllocation', data: { by: 'staff' }, context: committee }).thenThrows('suspended-by-others', { kind: 'conflict' });
    spec.given([opened, activated, suspended('accounting'), governance]).when({ type: 'ResumeAllocation', data: { by: 'governance' }, context }).thenState({ status: 'suspended', suspendedBy: 'accounting', suspendedSince: '2026-11-06T09:00:00.000Z' });
    spec.given([opened, activated, suspended('accounting')]).when({ type: 'ResumeAllocation', data: { by: 'staff' }, context: committee }).then([
      { type: 'AllocationResumed', data: { allocationId: 'alloc-1', organisationId: 'org-1', resumedBy: 'staff', resumedAt: '2026-11-05T09:00:00.000Z', lifted: ['overuse'], actorId: 'carla' } },
    ]);
  });

  it('only a suspended allocation resumes', () => {
    spec.given([opened]).when({ type: 'ResumeAllocation', data: { by: 'staff' }, context }).thenThrows('not-suspended', { kind: 'conflict' });
  });
});

describe('closure and the final report', () => {
  it('staff close it early or revoke it with a reason; the report falls due from that day; not once closed', () => {
    const committee = { now: new Date('2026-11-20T10:00:00.000Z'), actor: { id: 'carla', role: 'allocation-committee' } };
    spec.given([opened, activated, suspended('staff')]).when({ type: 'CloseAllocationEarly', data: { kind: 'revoked', reason: 'false declarations', finalReportDueMonths: 3 }, context: committee }).then([
      { type: 'AllocationClosed', data: { allocationId: 'alloc-1', organisationId: 'org-1', closedAt: '2026-11-20T10:00:00.000Z', finalReportDue: '2027-02-20', early: { kind: 'revoked', reason: 'false declarations', closedBy: 'carla' } } },
    ]);
    spec.given([opened, activated]).when({ type: 'CloseAllocationEarly', data: { kind: 'closed-early', reason: 'done', finalReportDueMonths: 3 }, context: committee }).thenState({ status: 'closed', suspensions: [], closure: { kind: 'closed-early', reason: 'done', closedBy: 'carla' } });
    spec.given([opened, closed]).when({ type: 'CloseAllocationEarly', data: { kind: 'revoked', reason: 'late', finalReportDueMonths: 3 }, context: committee }).thenThrows('allocation-closed', { kind: 'conflict' });
  });

  it('closes at the end date with the final report due the configured months later', () => {
    spec.given([opened, activated]).when({ type: 'CloseAllocation', data: { finalReportDueMonths: 3 }, context: at('2026-12-09T00:00:00.000Z') }).then([closed]);
  });

  it('closing before the end date, or twice, does nothing', () => {
    spec.given([opened]).when({ type: 'CloseAllocation', data: { finalReportDueMonths: 3 }, context: at('2026-12-08T23:59:00.000Z') }).then([]);
    spec.given([opened, closed]).when({ type: 'CloseAllocation', data: { finalReportDueMonths: 3 }, context: at('2026-12-10T00:00:00.000Z') }).then([]);
  });

  it('takes the final report after closure, once, with the acknowledgement', () => {
    spec.given([opened, closed]).when(report).then([{ type: 'FinalReportSubmitted', data: { allocationId: 'alloc-1', organisationId: 'org-1', results: 'We trained it.', energyKwh: 1200, computeFlop: 1e21, acknowledgement: true, submittedAt: '2027-01-10T09:00:00.000Z' } }]);
    spec.given([opened]).when(report).thenThrows('allocation-not-closed', { kind: 'conflict' });
    spec.given([opened, closed, { type: 'FinalReportSubmitted', data: { allocationId: 'alloc-1', organisationId: 'org-1', results: 'x', energyKwh: 1, computeFlop: 1, acknowledgement: true, submittedAt: 'x' } }]).when(report).thenThrows('final-report-submitted', { kind: 'conflict' });
    spec.given([opened, closed]).when({ ...report, data: { ...report.data, acknowledgement: false } } as AllocationCommand).thenThrows('acknowledgement-required', { kind: 'invalid', field: 'acknowledgement' });
  });

  it('at the due date without a report it is overdue; with one, or before, nothing happens', () => {
    spec.given([opened, closed]).when({ type: 'CheckFinalReport', data: {}, context: at('2027-03-09T00:00:00.000Z') }).then([{ type: 'FinalReportOverdue', data: { allocationId: 'alloc-1', organisationId: 'org-1', finalReportDue: '2027-03-09', at: '2027-03-09T00:00:00.000Z' } }]);
    spec.given([opened, closed]).when({ type: 'CheckFinalReport', data: {}, context: at('2027-03-08T00:00:00.000Z') }).then([]);
    spec.given([opened, closed, { type: 'FinalReportSubmitted', data: { allocationId: 'alloc-1', organisationId: 'org-1', results: 'x', energyKwh: 1, computeFlop: 1, acknowledgement: true, submittedAt: 'x' } }]).when({ type: 'CheckFinalReport', data: {}, context: at('2027-03-09T00:00:00.000Z') }).then([]);
  });
});
