import { identityFromClaims, InvalidIdentityClaimsError } from './identity';

describe('identityFromClaims', () => {
  it('takes the user from sub, roles from "roles" and the organisation from "org" by default', () => {
    expect(identityFromClaims({ sub: 'u-1', roles: ['applicant'], org: 'org-7', name: 'Ada' })).toEqual({
      userId: 'u-1',
      roles: ['applicant'],
      organisationId: 'org-7',
      name: 'Ada',
    });
  });

  it('reads Keycloak realm roles from a dotted claim path', () => {
    const claims = { sub: 'u-1', realm_access: { roles: ['offline_access', 'ethics-chair', 'ethics-reviewer'] } };
    expect(identityFromClaims(claims, { rolesClaim: 'realm_access.roles' }).roles).toEqual(['ethics-chair', 'ethics-reviewer']);
  });

  it('prefers a literal namespaced claim over a path with the same dots', () => {
    const claims = { sub: 'u-1', 'https://hpc-access.eu/roles': ['auditor'] };
    expect(identityFromClaims(claims, { rolesClaim: 'https://hpc-access.eu/roles' }).roles).toEqual(['auditor']);
  });

  it('ignores role strings it does not know and keeps each role once, in token order', () => {
    const claims = { sub: 'u-1', roles: ['uma_authorization', 'site', 'Administrator', 'auditor', 'site', 42] };
    expect(identityFromClaims(claims).roles).toEqual(['site', 'auditor']);
  });

  it('accepts roles as a space-separated string', () => {
    expect(identityFromClaims({ sub: 'u-1', roles: 'intake-officer  auditor' }).roles).toEqual(['intake-officer', 'auditor']);
  });

  it('gives no roles when the claim is missing or not a list', () => {
    expect(identityFromClaims({ sub: 'u-1' }).roles).toEqual([]);
    expect(identityFromClaims({ sub: 'u-1', roles: { applicant: true } }).roles).toEqual([]);
    expect(identityFromClaims({ sub: 'u-1', realm_access: 'x' }, { rolesClaim: 'realm_access.roles' }).roles).toEqual([]);
  });

  it('reads the organisation from a configured claim and leaves it out when absent or not a string', () => {
    expect(identityFromClaims({ sub: 'u-1', tenant: { id: 'org-9' } }, { organisationClaim: 'tenant.id' }).organisationId).toBe('org-9');
    expect(identityFromClaims({ sub: 'u-1', org: 12 })).not.toHaveProperty('organisationId');
    expect(identityFromClaims({ sub: 'u-1', org: '' })).not.toHaveProperty('organisationId');
  });

  it('reads the hosting site from "site" by default, or from a configured claim', () => {
    expect(identityFromClaims({ sub: 'site-leonardo', roles: ['site'], site: 'cineca' }).siteId).toBe('cineca');
    expect(identityFromClaims({ sub: 'u-1', hpc: { site: 'csc' } }, { siteClaim: 'hpc.site' }).siteId).toBe('csc');
    expect(identityFromClaims({ sub: 'u-1', site: ['csc'] })).not.toHaveProperty('siteId');
  });

  it('falls back to preferred_username for the name', () => {
    expect(identityFromClaims({ sub: 'u-1', preferred_username: 'ada' }).name).toBe('ada');
  });

  it('refuses claims without a subject', () => {
    expect(() => identityFromClaims({ roles: ['applicant'] })).toThrow(InvalidIdentityClaimsError);
    expect(() => identityFromClaims({ sub: '' })).toThrow(/no subject/);
  });
});
