import type { Role } from '@hpc-access/auth';

/**
 * Everyone a notification can be addressed to: each has an inbox and may say where they want
 * e-mail. The auditor reads everything through the audit service and writes nothing, so has neither.
 */
export const RECIPIENTS: Role[] = [
  'applicant', 'intake-officer', 'technical-assessor', 'ethics-reviewer', 'ethics-chair',
  'allocation-committee', 'governance-officer', 'accounting-officer', 'site', 'administrator',
];

/** Programme staff who follow the delivery log (failed e-mails and webhooks): the administrator and the officers. */
export const DELIVERY_LOG_READERS: Role[] = ['administrator', 'intake-officer', 'governance-officer', 'accounting-officer'];
