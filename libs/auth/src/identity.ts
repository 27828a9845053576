import { isRole, type Role } from './roles';

/** Who is calling, as every service sees it once the token has been verified. */
export interface Identity {
  /** The token's subject: stable per person or machine at the identity provider. */
  userId: string;
  /** Only roles this platform knows, in the order the token listed them. */
  roles: Role[];
  organisationId?: string;
  /** The hosting site a `site` or `technical-assessor` token acts for (configuration maps it to its systems). */
  siteId?: string;
  name?: string;
}

/** Where the identity provider puts roles and organisation in its tokens. */
export interface ClaimMapping {
  /** Claim name or dotted path, e.g. `roles` or Keycloak's `realm_access.roles`. */
  rolesClaim?: string;
  /** Claim name or dotted path of the organisation id. */
  organisationClaim?: string;
  /** Claim name or dotted path of the hosting site's id. */
  siteClaim?: string;
}

export const DEFAULT_CLAIM_MAPPING: Readonly<Required<ClaimMapping>> = {
  rolesClaim: 'roles',
  organisationClaim: 'org',
  siteClaim: 'site',
};

/** A verified token that still does not describe a usable identity (for example no subject). */
export class InvalidIdentityClaimsError extends Error {
  override readonly name = 'InvalidIdentityClaimsError';
}

/** Claims are whatever the verifier returned; nothing in them is trusted to have a shape. */
export type Claims = Readonly<Record<string, unknown>>;

export function identityFromClaims(claims: Claims, mapping: ClaimMapping = {}): Identity {
  const { rolesClaim, organisationClaim, siteClaim } = { ...DEFAULT_CLAIM_MAPPING, ...mapping };
  const userId = claims['sub'];
  if (typeof userId !== 'string' || userId.length === 0) {
    throw new InvalidIdentityClaimsError('token has no subject ("sub" claim)');
  }
  const identity: Identity = { userId, roles: rolesFrom(claimAt(claims, rolesClaim)) };
  const organisationId = claimAt(claims, organisationClaim);
  if (typeof organisationId === 'string' && organisationId.length > 0) identity.organisationId = organisationId;
  const siteId = claimAt(claims, siteClaim);
  if (typeof siteId === 'string' && siteId.length > 0) identity.siteId = siteId;
  const name = claims['name'] ?? claims['preferred_username'];
  if (typeof name === 'string' && name.length > 0) identity.name = name;
  return identity;
}

/**
 * A literal claim name wins over a dotted path, because namespaced claims such as
 * `https://hpc-access.eu/roles` (the Auth0 convention) contain dots themselves.
 */
function claimAt(claims: Claims, path: string): unknown {
  if (path in claims) return claims[path];
  let node: unknown = claims;
  for (const segment of path.split('.')) {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/**
 * Some providers send a space-separated string (the OAuth `scope` style) instead of an array.
 * Role strings we do not know are dropped rather than rejected: an identity provider shared with
 * other applications carries their roles too.
 */
function rolesFrom(value: unknown): Role[] {
  const candidates = typeof value === 'string' ? value.split(/[\s,]+/) : Array.isArray(value) ? value : [];
  const roles: Role[] = [];
  for (const candidate of candidates) {
    if (isRole(candidate) && !roles.includes(candidate)) roles.push(candidate);
  }
  return roles;
}
