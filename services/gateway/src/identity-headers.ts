import { randomUUID } from 'node:crypto';
import type { Identity } from '@hpc-access/auth';

export const USER_ID_HEADER = 'x-hpc-user-id';
export const ROLES_HEADER = 'x-hpc-roles';
export const ORGANISATION_ID_HEADER = 'x-hpc-organisation-id';
export const SITE_ID_HEADER = 'x-hpc-site-id';
export const CORRELATION_ID_HEADER = 'x-correlation-id';

/** Every header in this family is ours: whatever a client sent under these names is dropped. */
export const IDENTITY_HEADER_PREFIX = 'x-hpc-';

/** Same rule as the services use, so a correlation id survives the hop unchanged. */
const SAFE_CORRELATION_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The identity the gateway verified, as headers for the owning service. Ids are percent-encoded
 * (`encodeURIComponent`; plain ids such as `demo-applicant` are unchanged) because an identity
 * provider's subject may hold characters a header cannot; roles are comma-separated.
 */
export function identityHeaders(identity: Identity): Record<string, string> {
  const headers: Record<string, string> = {
    [USER_ID_HEADER]: encodeURIComponent(identity.userId),
    [ROLES_HEADER]: identity.roles.join(','),
  };
  if (identity.organisationId) headers[ORGANISATION_ID_HEADER] = encodeURIComponent(identity.organisationId);
  if (identity.siteId) headers[SITE_ID_HEADER] = encodeURIComponent(identity.siteId);
  return headers;
}

/**
 * The id the request is logged under when request logging already chose one (`req.id`), else
 * the caller's when it is sane, else a new one.
 */
export function correlationIdOf(request: { id?: unknown; headers: Record<string, string | string[] | undefined> }): string {
  if (typeof request.id === 'string' && SAFE_CORRELATION_ID.test(request.id)) return request.id;
  const given = request.headers[CORRELATION_ID_HEADER];
  return typeof given === 'string' && SAFE_CORRELATION_ID.test(given) ? given : randomUUID();
}
