import { createHash } from 'node:crypto';
import { InMemoryWebStorage, OidcClient, UserManager, WebStorageStateStore, type OidcMetadata } from 'oidc-client-ts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  checkAuthorizationResponseIssuer,
  checkIdToken,
  completeSignIn,
  confirmWithPlatform,
  oidcSettings,
  sessionFromIssuerToken,
  settleIssuerSession,
  SignInRefused,
  startSignIn,
} from './oidc';

const ORIGIN = 'https://staff.hpc-access.example';
const config = { issuer: 'https://id.example/realms/hpc', clientId: 'hpc-access-staff-ui', scope: 'openid profile' };
const metadata: Partial<OidcMetadata> = {
  issuer: config.issuer,
  authorization_endpoint: `${config.issuer}/auth`,
  token_endpoint: `${config.issuer}/token`,
  end_session_endpoint: `${config.issuer}/logout`,
};
const jwt = (claims: Record<string, unknown>) => `e30.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.signature`;
const now = Math.floor(Date.now() / 1000);
const idToken = (claims: Record<string, unknown> = {}) => jwt({ iss: config.issuer, aud: config.clientId, sub: 'ada', exp: now + 300, iat: now, ...claims });
const refusal = (run: () => unknown): SignInRefused => {
  try {
    run();
  } catch (error) {
    if (error instanceof SignInRefused) return error;
    throw error;
  }
  throw new Error('not refused');
};

/** A UserManager of the UI's settings over one in-memory store, with the issuer's metadata given (no discovery). */
function oidcOver(extra: Partial<OidcMetadata> = {}) {
  const store = new WebStorageStateStore({ store: new InMemoryWebStorage() });
  const settings = { ...oidcSettings(config, ORIGIN, store), metadata: { ...metadata, ...extra } };
  return { store, client: new OidcClient(settings), manager: new UserManager(settings) };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the authorization request and the code exchange', () => {
  it('sends state, a fresh nonce and an S256 challenge, and exchanges the code with its verifier and no secret', async () => {
    const { client, manager } = oidcOver();
    const redirect = vi.fn(async (_args: { nonce: string }) => undefined);
    await startSignIn(config, { signinRedirect: redirect } as unknown as UserManager);
    const nonce = redirect.mock.calls[0]![0].nonce;
    expect(nonce).toMatch(/^[\w-]{43}$/);

    const request = await client.createSigninRequest({ nonce });
    const asked = new URL(request.url).searchParams;
    expect(asked.get('nonce')).toBe(nonce);
    expect(asked.get('code_challenge_method')).toBe('S256');
    expect(asked.get('redirect_uri')).toBe(`${ORIGIN}/auth/callback`);
    expect(asked.get('code_challenge')).toBe(createHash('sha256').update(request.state.code_verifier!).digest('base64url'));

    const tokenCall = vi.fn(async (_url: string, _init: RequestInit) => Response.json({ access_token: jwt({ sub: 'ada', roles: ['applicant'] }), id_token: idToken({ nonce }), token_type: 'Bearer', expires_in: 300 }));
    vi.stubGlobal('fetch', tokenCall);
    const user = await completeSignIn(config, `${ORIGIN}/auth/callback?code=the-code&state=${asked.get('state')}`, manager);
    expect(user.profile.sub).toBe('ada');
    expect(tokenCall.mock.calls[0]![0]).toBe(metadata.token_endpoint);
    const sent = new URLSearchParams(String(tokenCall.mock.calls[0]![1].body));
    expect(Object.fromEntries(sent)).toEqual({ grant_type: 'authorization_code', code: 'the-code', redirect_uri: `${ORIGIN}/auth/callback`, code_verifier: request.state.code_verifier, client_id: config.clientId });
  });

  it('refuses an ID token that does not carry the nonce sent, and an answer with an unknown state', async () => {
    const { client, manager } = oidcOver();
    const request = await client.createSigninRequest({ nonce: 'the-nonce-sent-with-this-request-0123456789' });
    const state = new URL(request.url).searchParams.get('state');
    vi.stubGlobal('fetch', async () => Response.json({ access_token: 'x', id_token: idToken({ nonce: 'another-nonce' }), token_type: 'Bearer' }));
    await expect(completeSignIn(config, `${ORIGIN}/auth/callback?code=c&state=${state}`, manager)).rejects.toThrow(/nonce/);
    await expect(completeSignIn(config, `${ORIGIN}/auth/callback?code=c&state=forged`, manager)).rejects.toThrow(/state/i);
  });
});

describe("the issuer's answer (RFC 9207) and the ID token (OpenID Connect Core 3.1.3.7)", () => {
  it('takes an iss naming the issuer exactly, and refuses another one or a missing one the issuer promised', () => {
    expect(() => checkAuthorizationResponseIssuer(`${ORIGIN}/auth/callback?code=c&iss=${encodeURIComponent(config.issuer)}`, config.issuer, true)).not.toThrow();
    expect(() => checkAuthorizationResponseIssuer(`${ORIGIN}/auth/callback?code=c`, config.issuer, false)).not.toThrow();
    expect(refusal(() => checkAuthorizationResponseIssuer(`${ORIGIN}/auth/callback?code=c`, config.issuer, true)).key).toBe('issuerMismatch');
    expect(refusal(() => checkAuthorizationResponseIssuer(`${ORIGIN}/auth/callback?code=c&iss=https://evil.example`, config.issuer, false)).values).toEqual({ issuer: config.issuer, named: 'https://evil.example' });
  });

  it('takes an ID token of this issuer for this client, and refuses another issuer, another audience, a foreign authorized party or an expired one', () => {
    expect(() => checkIdToken(idToken(), config)).not.toThrow();
    expect(() => checkIdToken(idToken({ aud: [config.clientId, 'other'], azp: config.clientId }), config)).not.toThrow();
    expect(refusal(() => checkIdToken(idToken({ iss: `${config.issuer}/` }), config)).values['reason']).toMatch(/issued by .*\/, not/);
    expect(refusal(() => checkIdToken(idToken({ aud: 'another-app' }), config)).values['reason']).toMatch(/meant for another-app/);
    expect(refusal(() => checkIdToken(idToken({ aud: [config.clientId, 'other'] }), config)).values['reason']).toMatch(/authorized party/);
    expect(refusal(() => checkIdToken(idToken({ exp: now - 10 }), config)).values['reason']).toMatch(/expired/);
    expect(refusal(() => checkIdToken(undefined, config)).key).toBe('idTokenInvalid');
  });
});

describe('the platform confirming the token', () => {
  it("refuses with the platform's reason on a 401 or an outage, and takes any other answer", async () => {
    const answering = (status: number, body: unknown) => vi.fn(async () => Response.json(body, { status }));
    const refused = await confirmWithPlatform('t', config.issuer, answering(401, { status: 401, title: 'Unauthorized', detail: 'unexpected "aud" claim value' })).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(SignInRefused);
    expect((refused as SignInRefused).values).toEqual({ issuer: config.issuer, detail: 'unexpected "aud" claim value' });
    await expect(confirmWithPlatform('t', config.issuer, answering(503, {}))).rejects.toBeInstanceOf(SignInRefused);
    await expect(confirmWithPlatform('t', config.issuer, answering(403, { status: 403, title: 'Forbidden' }))).resolves.toBeUndefined();
    const ok = answering(200, {});
    await confirmWithPlatform('the-token', config.issuer, ok);
    expect(ok).toHaveBeenCalledWith('/api/notifications/me', expect.objectContaining({ headers: expect.objectContaining({ Authorization: 'Bearer the-token' }) }));
  });

  it('names the roles a token carried when none is one of the programme', () => {
    expect(sessionFromIssuerToken(jwt({ sub: 'ada', roles: ['applicant'], org: 'org-1' }), config.issuer, 'Ada').organisationId).toBe('org-1');
    expect(refusal(() => sessionFromIssuerToken(jwt({ sub: 'm', roles: ['superuser', 'admin'] }), config.issuer, 'Mallory')).values).toEqual({ issuer: config.issuer, who: 'Mallory', roles: 'superuser, admin' });
  });
});

describe('signing out at the issuer (RP-initiated logout)', () => {
  async function withStoredUser(extra: Partial<OidcMetadata> = {}) {
    const oidc = oidcOver(extra);
    const { User } = await import('oidc-client-ts');
    await oidc.manager.storeUser(new User({ access_token: 'a', id_token: idToken(), token_type: 'Bearer', profile: { sub: 'ada', iss: config.issuer, aud: config.clientId, exp: now + 300, iat: now } }));
    return oidc;
  }

  it("ends the issuer's session with the ID token as hint and a state when the tab still holds it but the session ended", async () => {
    const { manager } = await withStoredUser();
    const signout = vi.spyOn(manager, 'signoutRedirect').mockResolvedValue();
    expect(await settleIssuerSession(manager, `${ORIGIN}/sign-in`, true)).toBe('ready');
    expect(signout).not.toHaveBeenCalled();
    expect(await settleIssuerSession(manager, `${ORIGIN}/sign-in`, false)).toBe('signing-out');
    expect(signout).toHaveBeenCalledWith({ id_token_hint: idToken(), state: 'signed-out' });
  });

  it('only forgets it when the issuer has no end_session_endpoint, and checks the state on the way back', async () => {
    const { manager } = await withStoredUser({ end_session_endpoint: undefined });
    expect(await settleIssuerSession(manager, `${ORIGIN}/sign-in`, false)).toBe('ready');
    expect(await manager.getUser()).toBeNull();
    const back = vi.spyOn(manager, 'signoutRedirectCallback').mockResolvedValue({} as never);
    expect(await settleIssuerSession(manager, `${ORIGIN}/sign-in?state=abc`, false)).toBe('signed-out');
    expect(back).toHaveBeenCalledWith(`${ORIGIN}/sign-in?state=abc`);
    await expect(oidcOver().manager.signoutRedirectCallback(`${ORIGIN}/sign-in?state=forged`)).rejects.toThrow(/state/i);
  });
});
