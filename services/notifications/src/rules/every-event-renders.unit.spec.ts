import { AccountingEvents, AllocationEvents, EthicsEvents, GovernanceEvents, IntakeEvents, createIntegrationEvent, type IntegrationEventContract, type KnownIntegrationEvent } from '@hpc-access/contracts';
import { FACT_NAMES, missingFacts } from '../messages/facts';
import { NOTIFICATION_KINDS } from '../shared/notification';
import type { RuleFacts } from './notify';
import { RULES, notificationsFor } from './rules';

const time = '2026-11-02T09:00:00.000Z';
const facts: RuleFacts = {
  siteOfSystem: (system) => (system === 'mn5-acc' ? 'bsc' : undefined),
  systemOfAllocation: (allocationId) => (allocationId === 'alloc-1' ? 'mn5-acc' : undefined),
};
let seq = 0;
const event = <Data extends object>(contract: IntegrationEventContract<Data>, data: Data) =>
  createIntegrationEvent(contract, { id: `evt-${++seq}`, subject: 'x', time, correlationId: 'corr-1', causationId: null, data }) as unknown as KnownIntegrationEvent;

const award = { allocationId: 'alloc-1', applicationId: 'app-1', organisationId: 'org-1', projectId: 'EHPC-1', mode: 'playground' as const, system: 'mn5-acc', partition: 'acc', gpuHours: 1000, monthlyQuotaGpuHours: 200, start: '2026-12-01', end: '2027-05-31', partial: false };
const screened = { applicationId: 'app-1', organisationId: 'org-1', reasons: ['Which data?'] };
const decided = { caseId: 'case-1', applicationId: 'app-1', organisationId: 'org-1', reasons: ['Consent forms missing'], decidedAt: time };

/** A sample of every integration event the rules consume, each outcome that changes the kind or the words. */
const SAMPLES: KnownIntegrationEvent[] = [
  event(IntakeEvents.ApplicationScreened, { ...screened, outcome: 'eligible', reasons: [] }),
  event(IntakeEvents.ApplicationScreened, { ...screened, outcome: 'ineligible' }),
  event(IntakeEvents.ApplicationScreened, { ...screened, outcome: 'information-requested' }),
  event(EthicsEvents.EthicsInformationRequested, { caseId: 'case-1', applicationId: 'app-1', organisationId: 'org-1', questions: ['Q1?', 'Q2?'], requestedAt: time }),
  event(EthicsEvents.EthicsDecided, { ...decided, outcome: 'cleared', reasons: [], conditions: [] }),
  event(EthicsEvents.EthicsDecided, { ...decided, outcome: 'cleared-with-conditions', conditions: [{ conditionId: 'c-1', text: 'Ethics approval of site B', dueDate: '2027-01-15' }] }),
  event(EthicsEvents.EthicsDecided, { ...decided, outcome: 'refused', conditions: [] }),
  event(EthicsEvents.ReviewerAssigned, { caseId: 'case-1', applicationId: 'app-1', reviewerId: 'rev-7', assignedAt: time, reviewDueAt: '2026-11-16T09:00:00.000Z' }),
  event(AllocationEvents.AllocationAwarded, award),
  event(AllocationEvents.ApplicationNotFunded, { applicationId: 'app-1', organisationId: 'org-1', reason: 'below threshold', reserve: true }),
  event(AllocationEvents.AllocationActivated, { ...award, activatedAt: time }),
  event(AllocationEvents.AllocationSuspended, { allocationId: 'alloc-1', organisationId: 'org-1', reason: 'breach confirmed', suspendedAt: time }),
  event(AllocationEvents.AllocationResumed, { allocationId: 'alloc-1', organisationId: 'org-1', resumedAt: time }),
  event(AllocationEvents.AllocationClosed, { allocationId: 'alloc-1', organisationId: 'org-1', closedAt: time, finalReportDue: '2027-02-01' }),
  event(AllocationEvents.OrganisationBarred, { organisationId: 'org-1', allocationId: 'alloc-1', reason: 'final report for EHPC-1 overdue since 2027-02-01', barredAt: '2027-02-01T00:00:03.000Z' }),
  event(AllocationEvents.CutOffPassed, { callId: 'call-1', cutOffIndex: 0, cutOffAt: time, rankedAt: time, awarded: 3, reserve: 1, notFunded: 2 }),
  event(AllocationEvents.HostingSitesChanged, { sites: [{ siteId: 'bsc', name: 'BSC', systems: ['mn5-acc'] }], changedAt: time }),
  event(AccountingEvents.UsageThresholdReached, { allocationId: 'alloc-1', organisationId: 'org-1', thresholdPercent: 100, chargedGpuHours: 1003.5, awardedGpuHours: 1000 }),
  event(AccountingEvents.MonthlyQuotaExceeded, { allocationId: 'alloc-1', organisationId: 'org-1', month: '2026-10', chargedGpuHours: 260, quotaGpuHours: 200, percentOfQuota: 130, marginPercent: 10, flaggedAt: time }),
  event(GovernanceEvents.AttestationDueSoon, { organisationId: 'org-1', dueAt: '2026-11-16T00:00:00.000Z', remindedAt: time }),
  event(GovernanceEvents.AttestationOverdue, { organisationId: 'org-1', dueAt: time, overdueAt: time, breachAt: '2026-12-02T09:00:00.000Z' }),
];

describe('every notification carries the facts its words need', () => {
  const raised = SAMPLES.flatMap((sample) => notificationsFor(sample, facts).map((n) => ({ ...n, sample: sample.type })));

  it('the samples cover every event a rule consumes, and raise every kind of notification', () => {
    expect(new Set(SAMPLES.map((s) => s.type))).toEqual(new Set(Object.keys(RULES)));
    expect(new Set(raised.map((n) => n.kind))).toEqual(new Set(NOTIFICATION_KINDS));
  });

  it('no notification lacks a fact, nor carries one its kind does not name', () => {
    const wrong = raised
      .map((n) => ({ sample: n.sample, kind: n.kind, role: n.audience.role, missing: missingFacts(n.kind, n.facts), extra: Object.keys(n.facts).filter((name) => !(FACT_NAMES[n.kind] as readonly string[]).includes(name)) }))
      .filter((n) => n.missing.length > 0 || n.extra.length > 0);
    expect(raised.length).toBeGreaterThanOrEqual(NOTIFICATION_KINDS.length);
    expect(wrong).toEqual([]);
  });
});
