/**
 * What every part of the notifications service agrees on (ADR 34): the kinds of notification, who
 * they are for, and what a channel is handed. Pure types and constants: no NestJS, no I/O.
 */

export const NOTIFICATION_KINDS = [
  'information-requested', // intake screening or the ethics chair asks the applicant for more
  'screening-outcome', // eligible or ineligible
  'ethics-outcome', // cleared, cleared with conditions, refused
  'allocation-awarded',
  'application-not-funded',
  'allocation-provisioned', // the site confirmed the project account
  'usage-threshold', // 75 / 90 / 100 % of the awarded hours
  'monthly-quota-exceeded',
  'allocation-suspended',
  'allocation-resumed',
  'attestation-due', // due in 14 days (governance configuration)
  'attestation-overdue',
  'final-report-due',
  'final-report-overdue',
  'reviewer-assigned',
  'cut-off-ranked',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Kinds a person cannot turn off: being suspended or overdue has consequences they must hear of. */
export const MANDATORY_KINDS: ReadonlySet<NotificationKind> = new Set<NotificationKind>([
  'allocation-suspended',
  'attestation-overdue',
  'final-report-overdue',
]);

export const CHANNELS = ['inbox', 'email', 'webhook'] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * Who a notification is for, as a scope rather than a list of people: everyone whose token
 * matches sees it in their inbox (no sign-up needed); e-mail goes to those of them who gave an
 * address; webhooks to the endpoints of the organisation or site.
 * Exactly one of: role alone (programme staff of that role), role + organisationId (applicants
 * of one organisation), role + siteId (one hosting site), role + userId (one person).
 */
export interface Audience {
  role: string;
  organisationId?: string;
  siteId?: string;
  userId?: string;
}

/** Facts shown in the message; never personal data (ids, numbers, dates, outcomes, reasons). */
export type NotificationFacts = Record<string, string | number | boolean | string[]>;

/** One notification, as raised from its cause. Its id is derived from (cause, kind, audience). */
export interface NotificationContent {
  notificationId: string;
  kind: NotificationKind;
  audience: Audience;
  /** The entity it is about, e.g. { type: 'application', id: 'app-...' }. */
  subject: { type: string; id: string };
  facts: NotificationFacts;
  /** Path in the staff UI where the person acts on it, e.g. `/applications/app-1`. */
  link: string;
  /** ISO 8601 date or timestamp by which the person should act, when there is one. */
  dueBy?: string;
  /** When the cause happened (the integration event's time), RFC 3339. */
  occurredAt: string;
  /** The integration event it was raised from. */
  cause: { eventId: string; type: string };
}

/** The words of a notification in one language (messages/render.ts), for every channel alike. */
export interface RenderedNotification {
  subject: string;
  whatHappened: string;
  nextStep: string;
  /** Formatted "by when", absent when the notification has no due date. */
  dueBy?: string;
  /** Absolute URL of the screen where the person acts. */
  url: string;
}
