import { AllocationEvents, type EventOf } from '@hpc-access/contracts';
import type { NotificationContent } from '../shared/notification';
import { applicantsOf, forSiteOf, raise, screens, staff, type RuleFacts } from './notify';

type Awarded = EventOf<typeof AllocationEvents.AllocationAwarded>;
type NotFunded = EventOf<typeof AllocationEvents.ApplicationNotFunded>;
type Activated = EventOf<typeof AllocationEvents.AllocationActivated>;
type Suspended = EventOf<typeof AllocationEvents.AllocationSuspended>;
type Resumed = EventOf<typeof AllocationEvents.AllocationResumed>;
type Closed = EventOf<typeof AllocationEvents.AllocationClosed>;
type Barred = EventOf<typeof AllocationEvents.OrganisationBarred>;

/** The award: the applicant learns what they got; the hosting site that it must set up the project account. */
export function onAllocationAwarded(event: Awarded, facts: RuleFacts): NotificationContent[] {
  const { allocationId, applicationId, organisationId, projectId, system, partition, gpuHours, start, end, partial } = event.data;
  const subject = { type: 'allocation', id: allocationId };
  const shown = { applicationId, projectId, system, partition, gpuHours, start, end, partial };
  return raise(event, [
    { kind: 'allocation-awarded', audience: applicantsOf(organisationId), subject, facts: shown, link: screens.applicantAllocation(allocationId) },
    ...forSiteOf(system, facts, { kind: 'allocation-awarded', subject, facts: shown, link: screens.siteOrders(), dueBy: start }),
  ]);
}

export function onApplicationNotFunded(event: NotFunded): NotificationContent[] {
  const { applicationId, organisationId, reason, reserve } = event.data;
  return raise(event, [{ kind: 'application-not-funded', audience: applicantsOf(organisationId), subject: { type: 'application', id: applicationId }, facts: { reason, reserve }, link: screens.applicantApplication(applicationId) }]);
}

/** The site confirmed the project account: the applicant may run jobs. */
export function onAllocationActivated(event: Activated, facts: RuleFacts): NotificationContent[] {
  const { allocationId, organisationId, projectId, system, partition, start, end } = event.data;
  const subject = { type: 'allocation', id: allocationId };
  const shown = { projectId, system, partition, start, end };
  return raise(event, [
    { kind: 'allocation-provisioned', audience: applicantsOf(organisationId), subject, facts: shown, link: screens.applicantAllocation(allocationId) },
    ...forSiteOf(system, facts, { kind: 'allocation-provisioned', subject, facts: shown, link: screens.siteOrders() }),
  ]);
}

/** A suspension and its reason: the applicant, the governance officer and the site that must hold the jobs. */
export function onAllocationSuspended(event: Suspended, facts: RuleFacts): NotificationContent[] {
  const { allocationId, organisationId, reason } = event.data;
  return raise(event, standingNotices('allocation-suspended', allocationId, organisationId, { reason }, facts));
}

export function onAllocationResumed(event: Resumed, facts: RuleFacts): NotificationContent[] {
  const { allocationId, organisationId } = event.data;
  return raise(event, standingNotices('allocation-resumed', allocationId, organisationId, {}, facts));
}

function standingNotices(kind: 'allocation-suspended' | 'allocation-resumed', allocationId: string, organisationId: string, shown: Record<string, string>, facts: RuleFacts) {
  const subject = { type: 'allocation', id: allocationId };
  const system = facts.systemOfAllocation(allocationId);
  const all = { ...shown, organisationId, ...(system ? { system } : {}) };
  return [
    { kind, audience: applicantsOf(organisationId), subject, facts: all, link: screens.applicantAllocation(allocationId) },
    { kind, audience: staff('governance-officer'), subject, facts: all, link: screens.governanceOrganisation(organisationId) },
    ...forSiteOf(system, facts, { kind, subject, facts: all, link: screens.siteOrders() }),
  ];
}

/** A closed allocation owes a final report by its due date. */
export function onAllocationClosed(event: Closed): NotificationContent[] {
  const { allocationId, organisationId, finalReportDue } = event.data;
  return raise(event, [{
    kind: 'final-report-due',
    audience: applicantsOf(organisationId),
    subject: { type: 'allocation', id: allocationId },
    facts: { finalReportDue },
    link: screens.applicantAllocation(allocationId),
    dueBy: finalReportDue,
  }]);
}

/** No final report by its due date: the organisation is barred from applying until it sends one. */
export function onOrganisationBarred(event: Barred): NotificationContent[] {
  const { organisationId, allocationId, reason } = event.data;
  const link = allocationId ? screens.applicantAllocation(allocationId) : screens.applicantOrganisation();
  return raise(event, [{
    kind: 'final-report-overdue',
    audience: applicantsOf(organisationId),
    subject: allocationId ? { type: 'allocation', id: allocationId } : { type: 'organisation', id: organisationId },
    facts: { reason, ...(allocationId ? { allocationId } : {}) },
    link,
  }]);
}
