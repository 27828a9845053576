import type { IntegrationEvent } from '@hpc-access/contracts';
import { notificationIdOf } from '../domain/ids';
import type { FactsOf } from '../messages/facts';
import type { Audience, NotificationContent, NotificationKind } from '../shared/notification';

/**
 * What the rules know besides the event: where each system is hosted (from allocation's
 * HostingSitesChanged) and the system of an allocation (from its award), so that a site hears of
 * what concerns the systems it hosts.
 */
export interface RuleFacts {
  siteOfSystem(system: string): string | undefined;
  systemOfAllocation(allocationId: string): string | undefined;
}

/**
 * One notification a rule raises. Its facts are typed by its kind (messages/facts.ts), so a rule
 * that leaves out a fact the words need, or names it differently, does not compile.
 */
export type Notice = { [K in NotificationKind]: NoticeOf<K> }[NotificationKind];

/** A notice of one kind. */
export interface NoticeOf<K extends NotificationKind> {
  kind: K;
  audience: Audience;
  subject: { type: string; id: string };
  facts: FactsOf[K];
  link: string;
  dueBy?: string;
}

/** The notifications of a cause, each with its id derived from the cause, the kind and the audience. */
export function raise(event: IntegrationEvent, notices: Notice[]): NotificationContent[] {
  return notices.map((notice) => ({
    notificationId: notificationIdOf(event.id, notice.kind, notice.audience),
    kind: notice.kind,
    audience: notice.audience,
    subject: notice.subject,
    facts: notice.facts,
    link: notice.link,
    ...(notice.dueBy ? { dueBy: notice.dueBy } : {}),
    occurredAt: event.time,
    cause: { eventId: event.id, type: event.type },
  }));
}

export const applicantsOf = (organisationId: string): Audience => ({ role: 'applicant', organisationId });
export const siteAudience = (siteId: string): Audience => ({ role: 'site', siteId });
export const staff = (role: string): Audience => ({ role });

/** The staff UI's screens (services/staff-ui/src/roles/<role>/routes.tsx) where each person acts. */
export const screens = {
  applicantApplication: (applicationId: string) => `/applicant/applications/${applicationId}`,
  applicantAllocation: (allocationId: string) => `/applicant/allocations/${allocationId}`,
  applicantAttestations: () => '/applicant/attestations',
  applicantOrganisation: () => '/applicant/organisation',
  siteOrders: () => '/site/orders',
  accountingAllocation: (allocationId: string) => `/accounting-officer/allocations/${allocationId}`,
  governanceOrganisation: (organisationId: string) => `/governance-officer/organisations/${organisationId}`,
  reviewerCase: (caseId: string) => `/ethics-reviewer/cases/${caseId}`,
  committeeRanking: () => '/allocation-committee/ranking',
} as const;

/** The site hosting a system, as a notice for it, or nothing when the system's site is not known. */
export function forSiteOf<K extends NotificationKind>(system: string | undefined, facts: RuleFacts, notice: Omit<NoticeOf<K>, 'audience'>): NoticeOf<K>[] {
  const siteId = system ? facts.siteOfSystem(system) : undefined;
  return siteId ? [{ ...notice, audience: siteAudience(siteId) }] : [];
}
