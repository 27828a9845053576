import { correlationIdOf, identityHeaders } from './identity-headers';

describe('identityHeaders', () => {
  it('names the user, their roles and organisation', () => {
    expect(identityHeaders({ userId: 'demo-applicant', roles: ['applicant', 'auditor'], organisationId: 'org-demo' })).toEqual({
      'x-hpc-user-id': 'demo-applicant',
      'x-hpc-roles': 'applicant,auditor',
      'x-hpc-organisation-id': 'org-demo',
    });
  });

  it("names a site token's hosting site", () => {
    expect(identityHeaders({ userId: 'site-leonardo', roles: ['site'], siteId: 'cineca' })).toEqual({ 'x-hpc-user-id': 'site-leonardo', 'x-hpc-roles': 'site', 'x-hpc-site-id': 'cineca' });
  });

  it('percent-encodes ids a header could not carry, and leaves out a missing organisation', () => {
    expect(identityHeaders({ userId: 'Zoë\r\nx', roles: [] })).toEqual({ 'x-hpc-user-id': 'Zo%C3%AB%0D%0Ax', 'x-hpc-roles': '' });
  });
});

describe('correlationIdOf', () => {
  it('prefers the id request logging already gave the request', () => {
    expect(correlationIdOf({ id: 'logged-1', headers: { 'x-correlation-id': 'given-1' } })).toBe('logged-1');
  });

  it('keeps a sane id from the caller', () => {
    expect(correlationIdOf({ headers: { 'x-correlation-id': 'given-1' } })).toBe('given-1');
  });

  it('starts a new id when the caller sent none or an unsafe one', () => {
    expect(correlationIdOf({ headers: {} })).toMatch(/^[0-9a-f-]{36}$/);
    expect(correlationIdOf({ headers: { 'x-correlation-id': 'x'.repeat(200) } })).toMatch(/^[0-9a-f-]{36}$/);
    expect(correlationIdOf({ headers: { 'x-correlation-id': ['a', 'b'] } })).toMatch(/^[0-9a-f-]{36}$/);
  });
});
