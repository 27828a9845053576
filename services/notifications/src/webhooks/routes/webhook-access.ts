import type { Caller, Role } from '@hpc-access/auth';
import { DomainError, forbidden } from '@hpc-access/eventsourcing';
import { badRequest } from '@hpc-access/http';
import type { EndpointOwner } from '../domain/webhook-endpoint';

/** Programme staff who may manage an organisation's endpoints on its behalf. */
const ORGANISATION_STAFF: readonly string[] = ['intake-officer', 'governance-officer'];

/** Who may register, disable, enable and rotate: the owner itself, or staff for it (ARCHITECTURE.md section 9). */
export const WEBHOOK_MANAGERS: Role[] = ['applicant', 'site', 'intake-officer', 'governance-officer', 'administrator'];
/** Who may read endpoints and their delivery log: the managers, and auditors (read everything, write nothing). */
export const WEBHOOK_READERS: Role[] = [...WEBHOOK_MANAGERS, 'auditor'];

/**
 * An organisation's endpoints: its applicants, programme staff, administrators. A site's
 * endpoints: the site's own token, administrators. Auditors read (`write` false) any of them.
 * 403 problem+json naming why, otherwise.
 */
export function assertMayReachEndpointsOf(caller: Pick<Caller, 'actor' | 'identity'>, owner: EndpointOwner, write: boolean): void {
  const role = caller.actor.role;
  if (role === 'administrator' || (role === 'auditor' && !write)) return;
  if ('organisationId' in owner) {
    if (role === 'applicant' && caller.identity.organisationId === owner.organisationId) return;
    if (ORGANISATION_STAFF.includes(role)) return;
    throw forbidden('not-your-organisation', "only the organisation's applicants and programme staff reach its webhook endpoints");
  }
  if (role === 'site') {
    if (!caller.identity.siteId) throw new DomainError('forbidden', 'site-not-named', 'a site token must name its hosting site (the "site" claim); this one names none', 'site');
    if (caller.identity.siteId === owner.siteId) return;
  }
  throw forbidden('not-your-site', "only the site's own token and administrators reach its webhook endpoints");
}

/** The owner a list is about: an applicant's or a site's own unless named, and then only if theirs. */
export function ownerOfList(caller: Pick<Caller, 'actor' | 'identity'>, query: { organisationId?: string; siteId?: string }): EndpointOwner {
  const owner = ownerFrom(query) ?? defaultOwner(caller);
  assertMayReachEndpointsOf(caller, owner, false);
  return owner;
}

export function ownerFrom(input: { organisationId?: string; siteId?: string }): EndpointOwner | undefined {
  if (input.organisationId !== undefined && input.siteId !== undefined) return undefined;
  if (input.organisationId !== undefined) return { organisationId: input.organisationId };
  if (input.siteId !== undefined) return { siteId: input.siteId };
  return undefined;
}

function defaultOwner(caller: Pick<Caller, 'actor' | 'identity'>): EndpointOwner {
  if (caller.actor.role === 'applicant' && caller.identity.organisationId) return { organisationId: caller.identity.organisationId };
  if (caller.actor.role === 'site' && caller.identity.siteId) return { siteId: caller.identity.siteId };
  // A query the caller got wrong, not a rule of the domain: 400 naming the parameter.
  throw badRequest('organisationId', 'name exactly one of organisationId and siteId');
}
