import type { NotificationContent, NotificationKind } from '../../shared/notification';
import type { FactsOf } from '../facts';

/**
 * One notification of every kind, with facts as the rules produce them: for tests of the
 * renderer and of the channels. Facts hold a `<` where free text can carry one (reasons), so a
 * channel that forgets to escape is caught.
 */
type Example<K extends NotificationKind> = { facts: FactsOf[K]; link: string; dueBy?: string };

const EXAMPLES: { [K in NotificationKind]: Example<K> } = {
  'information-requested': { facts: { applicationId: 'app-101', requestedBy: 'ethics-review', questionCount: 3 }, link: '/applications/app-101', dueBy: '2027-03-15' },
  'screening-outcome': { facts: { applicationId: 'app-102', outcome: 'ineligible', reasons: ['Headcount <250 not shown.', 'No EU establishment'] }, link: '/applications/app-102' },
  'ethics-outcome': { facts: { applicationId: 'app-103', caseId: 'case-7', outcome: 'cleared-with-conditions', conditionCount: 2, reasons: [] }, link: '/applications/app-103', dueBy: '2027-05-31T10:00:00Z' },
  'allocation-awarded': { facts: { allocationId: 'alloc-201', applicationId: 'app-104', gpuHours: 12500, system: 'LUMI', startAt: '2027-04-01', endAt: '2027-09-30' }, link: '/allocations/alloc-201' },
  'application-not-funded': { facts: { applicationId: 'app-105', reason: 'Scored 2.5 <3.0, the threshold' }, link: '/applications/app-105' },
  'allocation-provisioned': { facts: { allocationId: 'alloc-202', projectId: 'project_465001234', system: 'Leonardo', partition: 'booster', endAt: '2027-12-31' }, link: '/allocations/alloc-202' },
  'usage-threshold': { facts: { allocationId: 'alloc-203', thresholdPercent: 90, chargedGpuHours: 4501.25, awardedGpuHours: 5000 }, link: '/allocations/alloc-203' },
  'monthly-quota-exceeded': { facts: { allocationId: 'alloc-204', month: '2027-06', chargedGpuHours: 1320.5, quotaGpuHours: 1000, percentOfQuota: 132.05 }, link: '/allocations/alloc-204' },
  'allocation-suspended': { facts: { allocationId: 'alloc-205', reason: 'Pledge breach <B-12> under investigation' }, link: '/allocations/alloc-205' },
  'allocation-resumed': { facts: { allocationId: 'alloc-206' }, link: '/allocations/alloc-206' },
  'attestation-due': { facts: { organisationId: 'org-31', dueAt: '2027-02-28T23:59:59Z' }, link: '/organisations/org-31/attestations', dueBy: '2027-02-28T23:59:59Z' },
  'attestation-overdue': { facts: { organisationId: 'org-32', dueAt: '2027-01-31T23:59:59Z', breachAt: '2027-02-14T23:59:59Z' }, link: '/organisations/org-32/attestations', dueBy: '2027-02-14T23:59:59Z' },
  'final-report-due': { facts: { allocationId: 'alloc-207', dueAt: '2027-11-30' }, link: '/allocations/alloc-207/final-report', dueBy: '2027-11-30' },
  'final-report-overdue': { facts: { allocationId: 'alloc-208', dueAt: '2027-10-31' }, link: '/allocations/alloc-208/final-report' },
  'reviewer-assigned': { facts: { caseId: 'case-9', applicationId: 'app-106' }, link: '/ethics/cases/case-9', dueBy: '2027-03-20T17:00:00Z' },
  'cut-off-ranked': { facts: { callId: 'call-2027-1', cutOffAt: '2027-03-03T09:00:00Z', awarded: 4, reserve: 2, notFunded: 7 }, link: '/calls/call-2027-1' },
};

/** The example notification of `kind`, as NotificationContent. */
export function exampleNotification<K extends NotificationKind>(kind: K, overrides: Partial<NotificationContent> = {}): NotificationContent {
  const example = EXAMPLES[kind] as Example<K>;
  return {
    notificationId: `notification-${kind}`,
    kind,
    audience: { role: 'applicant', organisationId: 'org-1' },
    subject: { type: 'example', id: `${kind}-1` },
    facts: example.facts,
    link: example.link,
    ...(example.dueBy === undefined ? {} : { dueBy: example.dueBy }),
    occurredAt: '2027-01-15T10:00:00Z',
    cause: { eventId: `event-${kind}`, type: 'Example' },
    ...overrides,
  };
}
