// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { currentSession, endSession, sessionFromToken, startSession } from './session';

const jwt = (claims: Record<string, unknown>) => `e30.${btoa(JSON.stringify(claims)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')}.signature`;

describe('the session', () => {
  afterEach(() => endSession());

  it('reads the roles, organisation and site from the token, with the platform claim names', () => {
    const session = sessionFromToken(jwt({ sub: 'officer-eva', roles: ['intake-officer', 'auditor', 'not-a-role'], org: 'eurohpc-ju', name: 'Eva Lindqvist', exp: 2_000_000_000 }), 'auditor');
    expect(session).toMatchObject({ userId: 'officer-eva', roles: ['intake-officer', 'auditor'], activeRole: 'auditor', organisationId: 'eurohpc-ju', name: 'Eva Lindqvist', expiresAt: 2_000_000_000_000 });
  });

  it('refuses a token without a role of the programme', () => {
    expect(() => sessionFromToken(jwt({ sub: 'x', roles: ['admin'] }))).toThrow(/no role/);
  });

  it('survives in sessionStorage until it expires', () => {
    startSession(sessionFromToken(jwt({ sub: 'a', roles: ['applicant'], exp: 2_000_000_000 })));
    expect(currentSession(1_000)?.userId).toBe('a');
    expect(currentSession(2_000_000_000_001)).toBeNull();
  });
});
