import { AccountingEvents, AllocationEvents, EthicsEvents, GovernanceEvents, type EventOf } from '@hpc-access/contracts';
import type { NotificationContent } from '../shared/notification';
import { applicantsOf, raise, screens, staff } from './notify';

type QuotaExceeded = EventOf<typeof AccountingEvents.MonthlyQuotaExceeded>;
type CutOff = EventOf<typeof AllocationEvents.CutOffPassed>;
type Assigned = EventOf<typeof EthicsEvents.ReviewerAssigned>;
type DueSoon = EventOf<typeof GovernanceEvents.AttestationDueSoon>;
type Overdue = EventOf<typeof GovernanceEvents.AttestationOverdue>;

/** A month over quota: the applicant slows down, the accounting officer watches. */
export function onMonthlyQuotaExceeded(event: QuotaExceeded): NotificationContent[] {
  const { allocationId, organisationId, month, chargedGpuHours, quotaGpuHours, percentOfQuota } = event.data;
  const subject = { type: 'allocation', id: allocationId };
  const facts = { allocationId, month, chargedGpuHours, quotaGpuHours, percentOfQuota };
  return raise(event, [
    { kind: 'monthly-quota-exceeded', audience: applicantsOf(organisationId), subject, facts, link: screens.applicantAllocation(allocationId) },
    { kind: 'monthly-quota-exceeded', audience: staff('accounting-officer'), subject, facts, link: screens.accountingAllocation(allocationId) },
  ]);
}

/** A cut-off ranked: the committee reviews the ranking. */
export function onCutOffPassed(event: CutOff): NotificationContent[] {
  const { callId, cutOffAt, awarded, reserve, notFunded } = event.data;
  return raise(event, [{
    kind: 'cut-off-ranked',
    audience: staff('allocation-committee'),
    subject: { type: 'call', id: callId },
    facts: { callId, cutOffAt, awarded, reserve, notFunded },
    link: screens.committeeRanking(),
  }]);
}

/** The reviewer (by user id) declares any conflict, then reviews by the due date. */
export function onReviewerAssigned(event: Assigned): NotificationContent[] {
  const { caseId, applicationId, reviewerId, reviewDueAt } = event.data;
  return raise(event, [{
    kind: 'reviewer-assigned',
    audience: { role: 'ethics-reviewer', userId: reviewerId },
    subject: { type: 'ethics-case', id: caseId },
    facts: { caseId, applicationId },
    link: screens.reviewerCase(caseId),
    dueBy: reviewDueAt,
  }]);
}

/** An attestation due soon: the organisation's applicants submit it; the governance officer follows. */
export function onAttestationDueSoon(event: DueSoon): NotificationContent[] {
  const { organisationId, dueAt } = event.data;
  const subject = { type: 'organisation', id: organisationId };
  const facts = { organisationId, dueAt };
  return raise(event, [
    { kind: 'attestation-due', audience: applicantsOf(organisationId), subject, facts, link: screens.applicantAttestations(), dueBy: dueAt },
    { kind: 'attestation-due', audience: staff('governance-officer'), subject, facts, link: screens.governanceOrganisation(organisationId), dueBy: dueAt },
  ]);
}

/** Overdue: a breach at the end of the grace period unless submitted first. */
export function onAttestationOverdue(event: Overdue): NotificationContent[] {
  const { organisationId, dueAt, breachAt } = event.data;
  const subject = { type: 'organisation', id: organisationId };
  const facts = { organisationId, dueAt, breachAt };
  return raise(event, [
    { kind: 'attestation-overdue', audience: applicantsOf(organisationId), subject, facts, link: screens.applicantAttestations(), dueBy: breachAt },
    { kind: 'attestation-overdue', audience: staff('governance-officer'), subject, facts, link: screens.governanceOrganisation(organisationId), dueBy: breachAt },
  ]);
}
