import { DomainError } from '@hpc-access/eventsourcing';
import type { Identity } from './identity';
import type { Role } from './roles';

/**
 * Roles that act for one hosting site: on, and reading, only the systems it hosts
 * (ARCHITECTURE.md section 9). Their token names the site; the site-to-systems map is configuration.
 */
export const SITE_SCOPED_ROLES: readonly Role[] = ['site', 'technical-assessor'];

/** The systems a caller may act on and read: every one, or those its hosting site hosts. */
export type SystemScope = { kind: 'every-system' } | { kind: 'site'; siteId: string; systems: readonly string[] };

/** Where a service finds the systems a site hosts: its configuration, or the map it learnt from allocation. */
export type HostedSystems = (siteId: string) => Promise<readonly string[]>;

const EVERY_SYSTEM: SystemScope = { kind: 'every-system' };

export function isSiteScoped(role: string): boolean {
  return (SITE_SCOPED_ROLES as readonly string[]).includes(role);
}

/**
 * The caller's scope in the role it acts in. A site-scoped token that names no site is refused
 * (403) rather than given every system: a forgotten claim mapping must not open every site.
 */
export async function systemScopeOf(caller: { identity: Identity; actor: { role: string } }, hostedBy: HostedSystems): Promise<SystemScope> {
  const { role } = caller.actor;
  if (!isSiteScoped(role)) return EVERY_SYSTEM;
  const siteId = caller.identity.siteId;
  if (!siteId) {
    throw new DomainError('forbidden', 'site-not-named', `a ${role} token must name its hosting site (the "site" claim); this one names none`, 'site');
  }
  return siteScope(siteId, hostedBy);
}

/** The scope of a named site: for a site's own token, or for staff acting on its behalf. */
export async function siteScope(siteId: string, hostedBy: HostedSystems): Promise<SystemScope> {
  return { kind: 'site', siteId, systems: await hostedBy(siteId) };
}

export function mayActOnSystem(scope: SystemScope, system: string | null | undefined): boolean {
  return scope.kind === 'every-system' || (typeof system === 'string' && scope.systems.includes(system));
}

/** 403 problem+json naming the system (and the field it came from) unless the scope covers it. */
export function assertMayActOnSystem(scope: SystemScope, system: string | null | undefined, field = 'system'): void {
  if (mayActOnSystem(scope, system)) return;
  const siteId = scope.kind === 'site' ? scope.siteId : '';
  const reason = system ? `site ${siteId} does not host system ${system}` : `site ${siteId} cannot act on a record whose system is not known yet`;
  throw new DomainError('forbidden', 'system-of-another-site', reason, field);
}

/** The systems a list is limited to; undefined when the caller sees every system. */
export function visibleSystems(scope: SystemScope): readonly string[] | undefined {
  return scope.kind === 'site' ? scope.systems : undefined;
}
