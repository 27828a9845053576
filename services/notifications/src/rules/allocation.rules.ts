import { AllocationEvents, type EventOf } from '@hpc-access/contracts';
import type { NotificationContent } from '../shared/notification';
import type { FactsOf } from '../messages/facts';
import { applicantsOf, forSiteOf, raise, screens, staff, type NoticeOf, type RuleFacts } from './notify';

type Awarded = EventOf<typeof AllocationEvents.AllocationAwarded>;
type NotFunded = EventOf<typeof AllocationEvents.ApplicationNotFunded>;
type Activated = EventOf<typeof AllocationEvents.AllocationActivated>;
type Suspended = EventOf<typeof AllocationEvents.AllocationSuspended>;
type Resumed = EventOf<typeof AllocationEvents.AllocationResumed>;
type Closed = EventOf<typeof AllocationEvents.AllocationClosed>;
type Barred = EventOf<typeof AllocationEvents.OrganisationBarred>;

/** The award: the applicant learns what they got; the hosting site that it must set up the project account. */
export function onAllocationAwarded(event: Awarded, facts: RuleFacts): NotificationContent[] {
  const { allocationId, applicationId, organisationId, system, gpuHours, start, end } = event.data;
  const subject = { type: 'allocation', id: allocationId };
  const shown = { allocationId, applicationId, gpuHours, system, startAt: start, endAt: end };
  return raise(event, [
    { kind: 'allocation-awarded', audience: applicantsOf(organisationId), subject, facts: shown, link: screens.applicantAllocation(allocationId) },
    ...forSiteOf(system, facts, { kind: 'allocation-awarded', subject, facts: shown, link: screens.siteOrders(), dueBy: start }),
  ]);
}

export function onApplicationNotFunded(event: NotFunded): NotificationContent[] {
  const { applicationId, organisationId, reason } = event.data;
  return raise(event, [{ kind: 'application-not-funded', audience: applicantsOf(organisationId), subject: { type: 'application', id: applicationId }, facts: { applicationId, reason }, link: screens.applicantApplication(applicationId) }]);
}

/** The site confirmed the project account: the applicant may run jobs. */
export function onAllocationActivated(event: Activated, facts: RuleFacts): NotificationContent[] {
  const { allocationId, organisationId, projectId, system, partition, end } = event.data;
  const subject = { type: 'allocation', id: allocationId };
  const shown = { allocationId, projectId, system, partition, endAt: end };
  return raise(event, [
    { kind: 'allocation-provisioned', audience: applicantsOf(organisationId), subject, facts: shown, link: screens.applicantAllocation(allocationId) },
    ...forSiteOf(system, facts, { kind: 'allocation-provisioned', subject, facts: shown, link: screens.siteOrders() }),
  ]);
}

/** A suspension and its reason: the applicant, the governance officer and the site that must hold the jobs. */
export function onAllocationSuspended(event: Suspended, facts: RuleFacts): NotificationContent[] {
  const { allocationId, organisationId, reason } = event.data;
  return raise(event, standingNotices('allocation-suspended', allocationId, organisationId, { allocationId, reason }, facts));
}

export function onAllocationResumed(event: Resumed, facts: RuleFacts): NotificationContent[] {
  const { allocationId, organisationId } = event.data;
  return raise(event, standingNotices('allocation-resumed', allocationId, organisationId, { allocationId }, facts));
}

/** The applicant, the governance officer and the site of the allocation's system, with the same facts. */
function standingNotices<K extends 'allocation-suspended' | 'allocation-resumed'>(kind: K, allocationId: string, organisationId: string, shown: FactsOf[K], facts: RuleFacts): NoticeOf<K>[] {
  const subject = { type: 'allocation', id: allocationId };
  const system = facts.systemOfAllocation(allocationId);
  return [
    { kind, audience: applicantsOf(organisationId), subject, facts: shown, link: screens.applicantAllocation(allocationId) },
    { kind, audience: staff('governance-officer'), subject, facts: shown, link: screens.governanceOrganisation(organisationId) },
    ...forSiteOf<K>(system, facts, { kind, subject, facts: shown, link: screens.siteOrders() }),
  ];
}

/** A closed allocation owes a final report by its due date. */
export function onAllocationClosed(event: Closed): NotificationContent[] {
  const { allocationId, organisationId, finalReportDue } = event.data;
  return raise(event, [{
    kind: 'final-report-due',
    audience: applicantsOf(organisationId),
    subject: { type: 'allocation', id: allocationId },
    facts: { allocationId, dueAt: finalReportDue },
    link: screens.applicantAllocation(allocationId),
    dueBy: finalReportDue,
  }]);
}

/**
 * No final report by its due date: the organisation is barred from applying until it sends one.
 * The event does not carry the due date, but allocation bars at the deadline it schedules for the
 * due date itself (CheckFinalReport at `finalReportDue`), so the day of the bar is the day it was due.
 * A bar naming no allocation names no report to send: the words are about one allocation's report.
 */
export function onOrganisationBarred(event: Barred): NotificationContent[] {
  const { organisationId, allocationId, barredAt } = event.data;
  if (!allocationId) return [];
  return raise(event, [{
    kind: 'final-report-overdue',
    audience: applicantsOf(organisationId),
    subject: { type: 'allocation', id: allocationId },
    facts: { allocationId, dueAt: barredAt.slice(0, 10) },
    link: screens.applicantAllocation(allocationId),
  }]);
}
