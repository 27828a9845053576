import { AccountingEvents, AllocationEvents, EthicsEvents, GovernanceEvents, IntakeEvents, createIntegrationEvent, type IntegrationEventContract, type KnownIntegrationEvent } from '@hpc-access/contracts';
import { notificationIdOf } from '../domain/ids';
import type { NotificationContent } from '../shared/notification';
import type { RuleFacts } from './notify';
import { contextsWithRules, notificationsFor } from './rules';

const time = '2026-11-02T09:00:00.000Z';
const facts: RuleFacts = {
  siteOfSystem: (system) => ({ 'mn5-acc': 'bsc', leonardo: 'cineca' } as Record<string, string>)[system],
  systemOfAllocation: (allocationId) => (allocationId === 'alloc-1' ? 'mn5-acc' : undefined),
};
const event = <Data extends object>(contract: IntegrationEventContract<Data>, data: Data, id = 'evt-1') =>
  createIntegrationEvent(contract, { id, subject: 'x', time, correlationId: 'corr-1', causationId: null, data }) as unknown as KnownIntegrationEvent;
const who = (list: NotificationContent[]) => list.map((n) => ({ kind: n.kind, audience: n.audience, link: n.link }));

describe('what each event tells whom', () => {
  it('screening eligible: the applicant of the organisation hears the outcome, with a link to the application', () => {
    const raised = notificationsFor(event(IntakeEvents.ApplicationScreened, { applicationId: 'app-1', organisationId: 'org-1', outcome: 'eligible', reasons: [] }), facts);
    expect(who(raised)).toEqual([{ kind: 'screening-outcome', audience: { role: 'applicant', organisationId: 'org-1' }, link: '/applicant/applications/app-1' }]);
    expect(raised[0]).toMatchObject({ facts: { applicationId: 'app-1', outcome: 'eligible', reasons: [] }, occurredAt: time, cause: { eventId: 'evt-1', type: IntakeEvents.ApplicationScreened.type } });
    expect(raised[0].notificationId).toBe(notificationIdOf('evt-1', 'screening-outcome', { role: 'applicant', organisationId: 'org-1' }));
  });

  it('screening that asks for information is an information request, with the number of questions', () => {
    const raised = notificationsFor(event(IntakeEvents.ApplicationScreened, { applicationId: 'app-1', organisationId: 'org-1', outcome: 'information-requested', reasons: ['Which data?', 'Which site?'] }), facts);
    expect(raised.map((n) => [n.kind, n.facts])).toEqual([['information-requested', { applicationId: 'app-1', requestedBy: 'intake', questionCount: 2 }]]);
  });

  it('the ethics chair asking for information tells the applicant', () => {
    const raised = notificationsFor(event(EthicsEvents.EthicsInformationRequested, { caseId: 'case-1', applicationId: 'app-1', organisationId: 'org-1', questions: ['Q?'], requestedAt: time }), facts);
    expect(who(raised)).toEqual([{ kind: 'information-requested', audience: { role: 'applicant', organisationId: 'org-1' }, link: '/applicant/applications/app-1' }]);
    expect(raised[0].facts).toEqual({ applicationId: 'app-1', requestedBy: 'ethics-review', questionCount: 1 });
  });

  it('an ethics clearance with conditions is due by the earliest condition', () => {
    const raised = notificationsFor(event(EthicsEvents.EthicsDecided, {
      caseId: 'case-1', applicationId: 'app-1', organisationId: 'org-1', outcome: 'cleared-with-conditions', reasons: [], decidedAt: time,
      conditions: [{ conditionId: 'c-2', text: 'B', dueDate: '2027-03-01' }, { conditionId: 'c-1', text: 'A', dueDate: '2027-01-15' }],
    }), facts);
    expect(raised).toHaveLength(1);
    expect(raised[0]).toMatchObject({ kind: 'ethics-outcome', dueBy: '2027-01-15' });
    expect(raised[0].facts).toEqual({ applicationId: 'app-1', caseId: 'case-1', outcome: 'cleared-with-conditions', conditionCount: 2, reasons: [] });
  });

  it('a refusal is due by nothing', () => {
    const raised = notificationsFor(event(EthicsEvents.EthicsDecided, { caseId: 'case-1', applicationId: 'app-1', organisationId: 'org-1', outcome: 'refused', reasons: ['No consent'], decidedAt: time, conditions: [] }), facts);
    expect(raised[0].dueBy).toBeUndefined();
    expect(raised[0].facts).toMatchObject({ outcome: 'refused', conditionCount: 0, reasons: ['No consent'] });
  });

  const award = { allocationId: 'alloc-1', applicationId: 'app-1', organisationId: 'org-1', projectId: 'EHPC-1', mode: 'playground' as const, system: 'mn5-acc', partition: 'acc', gpuHours: 1000, monthlyQuotaGpuHours: 200, start: '2026-12-01', end: '2027-05-31', partial: false };

  it('an award tells the applicant and the site hosting the system', () => {
    const raised = notificationsFor(event(AllocationEvents.AllocationAwarded, award), facts);
    expect(who(raised)).toEqual([
      { kind: 'allocation-awarded', audience: { role: 'applicant', organisationId: 'org-1' }, link: '/applicant/allocations/alloc-1' },
      { kind: 'allocation-awarded', audience: { role: 'site', siteId: 'bsc' }, link: '/site/orders' },
    ]);
    const shown = { allocationId: 'alloc-1', applicationId: 'app-1', gpuHours: 1000, system: 'mn5-acc', startAt: '2026-12-01', endAt: '2027-05-31' };
    expect(raised.map((n) => n.facts)).toEqual([shown, shown]);
    expect(raised[1].dueBy).toBe('2026-12-01');
  });

  it('an award on a system whose site is not known tells the applicant only', () => {
    const raised = notificationsFor(event(AllocationEvents.AllocationAwarded, { ...award, system: 'unknown' }), facts);
    expect(raised.map((n) => n.audience.role)).toEqual(['applicant']);
  });

  it('provisioning done tells the applicant and the site', () => {
    const raised = notificationsFor(event(AllocationEvents.AllocationActivated, { ...award, activatedAt: time }), facts);
    expect(raised.map((n) => [n.kind, n.audience.role])).toEqual([['allocation-provisioned', 'applicant'], ['allocation-provisioned', 'site']]);
    expect(raised[0].facts).toEqual({ allocationId: 'alloc-1', projectId: 'EHPC-1', system: 'mn5-acc', partition: 'acc', endAt: '2027-05-31' });
  });

  it('not funded tells the applicant the reason', () => {
    const raised = notificationsFor(event(AllocationEvents.ApplicationNotFunded, { applicationId: 'app-1', organisationId: 'org-1', reason: 'below threshold', reserve: true }), facts);
    expect(raised.map((n) => [n.kind, n.facts])).toEqual([['application-not-funded', { applicationId: 'app-1', reason: 'below threshold' }]]);
  });

  it('75 / 90 / 100 %: the applicant and the accounting officer, each with their own screen', () => {
    const raised = notificationsFor(event(AccountingEvents.UsageThresholdReached, { allocationId: 'alloc-1', organisationId: 'org-1', thresholdPercent: 90, chargedGpuHours: 900, awardedGpuHours: 1000 }), facts);
    expect(who(raised)).toEqual([
      { kind: 'usage-threshold', audience: { role: 'applicant', organisationId: 'org-1' }, link: '/applicant/allocations/alloc-1' },
      { kind: 'usage-threshold', audience: { role: 'accounting-officer' }, link: '/accounting-officer/allocations/alloc-1' },
    ]);
    const shown = { allocationId: 'alloc-1', thresholdPercent: 90, chargedGpuHours: 900, awardedGpuHours: 1000 };
    expect(raised.map((n) => n.facts)).toEqual([shown, shown]);
  });

  it('a suspension with its reason: the applicant, the governance officer and the site of the allocation\'s system', () => {
    const raised = notificationsFor(event(AllocationEvents.AllocationSuspended, { allocationId: 'alloc-1', organisationId: 'org-1', reason: 'breach confirmed', suspendedAt: time }), facts);
    expect(who(raised)).toEqual([
      { kind: 'allocation-suspended', audience: { role: 'applicant', organisationId: 'org-1' }, link: '/applicant/allocations/alloc-1' },
      { kind: 'allocation-suspended', audience: { role: 'governance-officer' }, link: '/governance-officer/organisations/org-1' },
      { kind: 'allocation-suspended', audience: { role: 'site', siteId: 'bsc' }, link: '/site/orders' },
    ]);
    expect(raised.map((n) => n.facts)).toEqual(Array(3).fill({ allocationId: 'alloc-1', reason: 'breach confirmed' }));
  });

  it('a resumption tells the same people', () => {
    const raised = notificationsFor(event(AllocationEvents.AllocationResumed, { allocationId: 'alloc-1', organisationId: 'org-1', resumedAt: time }), facts);
    expect(raised.map((n) => [n.kind, n.audience.role])).toEqual([['allocation-resumed', 'applicant'], ['allocation-resumed', 'governance-officer'], ['allocation-resumed', 'site']]);
    expect(raised.map((n) => n.facts)).toEqual(Array(3).fill({ allocationId: 'alloc-1' }));
  });

  it('a closed allocation owes its final report by the due date; a barred organisation is told it is overdue', () => {
    const due = notificationsFor(event(AllocationEvents.AllocationClosed, { allocationId: 'alloc-1', organisationId: 'org-1', closedAt: time, finalReportDue: '2027-02-01' }), facts);
    expect(due.map((n) => [n.kind, n.dueBy, n.facts])).toEqual([['final-report-due', '2027-02-01', { allocationId: 'alloc-1', dueAt: '2027-02-01' }]]);
    // Allocation bars at the deadline it sets for the due date: the day of the bar is the day it was due.
    const overdue = notificationsFor(event(AllocationEvents.OrganisationBarred, { organisationId: 'org-1', allocationId: 'alloc-1', reason: 'no final report', barredAt: '2027-02-01T00:00:04.000Z' }), facts);
    expect(who(overdue)).toEqual([{ kind: 'final-report-overdue', audience: { role: 'applicant', organisationId: 'org-1' }, link: '/applicant/allocations/alloc-1' }]);
    expect(overdue[0].facts).toEqual({ allocationId: 'alloc-1', dueAt: '2027-02-01' });
  });

  it('a bar that names no allocation names no report to send, and raises nothing', () => {
    expect(notificationsFor(event(AllocationEvents.OrganisationBarred, { organisationId: 'org-1', reason: 'barred', barredAt: time }), facts)).toEqual([]);
  });

  it('a month over quota: the applicant and the accounting officer', () => {
    const raised = notificationsFor(event(AccountingEvents.MonthlyQuotaExceeded, { allocationId: 'alloc-1', organisationId: 'org-1', month: '2026-10', chargedGpuHours: 260, quotaGpuHours: 200, percentOfQuota: 130, marginPercent: 10, flaggedAt: time }), facts);
    expect(raised.map((n) => [n.kind, n.audience.role])).toEqual([['monthly-quota-exceeded', 'applicant'], ['monthly-quota-exceeded', 'accounting-officer']]);
    const shown = { allocationId: 'alloc-1', month: '2026-10', chargedGpuHours: 260, quotaGpuHours: 200, percentOfQuota: 130 };
    expect(raised.map((n) => n.facts)).toEqual([shown, shown]);
  });

  it('a cut-off ranked tells the allocation committee, linking the ranking', () => {
    const raised = notificationsFor(event(AllocationEvents.CutOffPassed, { callId: 'call-1', cutOffIndex: 0, cutOffAt: time, rankedAt: time, awarded: 3, reserve: 1, notFunded: 2 }), facts);
    expect(who(raised)).toEqual([{ kind: 'cut-off-ranked', audience: { role: 'allocation-committee' }, link: '/allocation-committee/ranking' }]);
    expect(raised[0].facts).toEqual({ callId: 'call-1', cutOffAt: time, awarded: 3, reserve: 1, notFunded: 2 });
  });

  it('a reviewer assigned hears it by user id, due by the review date', () => {
    const raised = notificationsFor(event(EthicsEvents.ReviewerAssigned, { caseId: 'case-1', applicationId: 'app-1', reviewerId: 'rev-7', assignedAt: time, reviewDueAt: '2026-11-16T09:00:00.000Z' }), facts);
    expect(who(raised)).toEqual([{ kind: 'reviewer-assigned', audience: { role: 'ethics-reviewer', userId: 'rev-7' }, link: '/ethics-reviewer/cases/case-1' }]);
    expect(raised[0].dueBy).toBe('2026-11-16T09:00:00.000Z');
    expect(raised[0].facts).toEqual({ caseId: 'case-1', applicationId: 'app-1' });
  });

  it('attestations due soon and overdue: the organisation\'s applicants and the governance officer', () => {
    const soon = notificationsFor(event(GovernanceEvents.AttestationDueSoon, { organisationId: 'org-1', dueAt: '2026-11-16T00:00:00.000Z', remindedAt: time }), facts);
    expect(who(soon)).toEqual([
      { kind: 'attestation-due', audience: { role: 'applicant', organisationId: 'org-1' }, link: '/applicant/attestations' },
      { kind: 'attestation-due', audience: { role: 'governance-officer' }, link: '/governance-officer/organisations/org-1' },
    ]);
    expect(soon.map((n) => n.facts)).toEqual(Array(2).fill({ organisationId: 'org-1', dueAt: '2026-11-16T00:00:00.000Z' }));
    const overdue = notificationsFor(event(GovernanceEvents.AttestationOverdue, { organisationId: 'org-1', dueAt: time, overdueAt: time, breachAt: '2026-12-02T09:00:00.000Z' }), facts);
    expect(overdue.map((n) => [n.kind, n.dueBy])).toEqual([['attestation-overdue', '2026-12-02T09:00:00.000Z'], ['attestation-overdue', '2026-12-02T09:00:00.000Z']]);
    expect(overdue.map((n) => n.facts)).toEqual(Array(2).fill({ organisationId: 'org-1', dueAt: time, breachAt: '2026-12-02T09:00:00.000Z' }));
  });

  it('an event no rule names raises nothing', () => {
    expect(notificationsFor(event(IntakeEvents.OrganisationRegistered, { organisationId: 'org-1', legalName: 'Aurora', country: 'EE', sme: true }), facts)).toEqual([]);
  });

  it('no notification carries personal data: facts are ids, numbers, dates, outcomes and reasons', () => {
    const raised = notificationsFor(event(AllocationEvents.AllocationAwarded, award), facts);
    expect(JSON.stringify(raised)).not.toMatch(/@|name/i);
  });

  it('the topics to consume follow from the rules', () => {
    expect(contextsWithRules().sort()).toEqual(['accounting', 'allocation', 'ethics-review', 'governance', 'intake']);
  });
});
