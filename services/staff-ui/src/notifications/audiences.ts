import type { Role } from '../auth/roles';

/**
 * Who has what of the notifications service (services/notifications: notifications-roles.ts,
 * webhooks/routes/webhook-access.ts). The API refuses anyone else; the UI only keeps them off
 * screens that would show nothing but a 403.
 */

/** Everyone but the auditor has an inbox and settings: the auditor reads everything through the audit service. */
export const INBOX_ROLES: readonly Role[] = ['applicant', 'intake-officer', 'technical-assessor', 'ethics-reviewer', 'ethics-chair', 'allocation-committee', 'governance-officer', 'accounting-officer', 'site', 'administrator'];

/** Owners of webhook endpoints who manage their own: an organisation's applicants, a site. */
export const WEBHOOK_OWNER_ROLES: readonly Role[] = ['applicant', 'site'];

/** Programme staff who follow the delivery log: the administrator and the officers. */
export const DELIVERY_LOG_ROLES: readonly Role[] = ['administrator', 'intake-officer', 'governance-officer', 'accounting-officer'];

export const mayUse = (allowed: readonly Role[], roles: readonly Role[]): boolean => roles.some((role) => allowed.includes(role));
