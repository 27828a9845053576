// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { currentSession, startSession } from '../auth/session';

const shown = vi.hoisted(() => vi.fn());
vi.mock('@mantine/notifications', () => ({ notifications: { show: shown } }));

const { bearer } = await import('./client');

const answer = (status: number) => ({ response: new Response(null, { status }), request: new Request('http://ui/api/applications'), options: {} as never, schemaPath: '/api/applications', params: {}, id: '1' });

describe('the API client with a session', () => {
  beforeEach(() => {
    shown.mockReset();
    startSession({ token: 't', expiresAt: Date.now() + 60_000, userId: 'rep-1', roles: ['applicant'], activeRole: 'applicant', organisationId: 'org-1' });
  });

  it('ends the session on a 401 and says why, once', async () => {
    await bearer.onResponse?.(answer(401) as never);
    expect(currentSession()).toBeNull();
    expect(shown).toHaveBeenCalledWith(expect.objectContaining({ id: 'session-ended', message: 'Your session has ended (it expired or was refused). Sign in again to go on.' }));
    await bearer.onResponse?.(answer(401) as never);
    expect(shown).toHaveBeenCalledTimes(1);
  });

  it('keeps the session on a refusal of the request itself (403) or a failure (500)', async () => {
    await bearer.onResponse?.(answer(403) as never);
    await bearer.onResponse?.(answer(500) as never);
    expect(currentSession()).not.toBeNull();
    expect(shown).not.toHaveBeenCalled();
  });
});
