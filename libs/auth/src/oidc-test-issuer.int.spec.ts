import { decodeJwt, decodeProtectedHeader } from 'jose';
import { startTestIssuer, type RunningTestIssuer } from './testing-only/oidc-test-issuer';

// The test issuer itself: what the other suites (and issue 18's site agent) rely on it to do.
describe('startTestIssuer (oidc-provider)', () => {
  let idp: RunningTestIssuer;

  beforeAll(async () => {
    idp = await startTestIssuer({
      clients: [
        { clientId: 'site-cineca', clientSecret: 'cineca-secret', claims: { roles: ['site'], organisationId: 'org-cineca', site: 'cineca' } },
        { clientId: 'audit-bot', clientSecret: 'k-secret', claims: { roles: ['auditor'], extra: { name: 'Audit bot' } } },
      ],
      resourceServers: { 'https://other.example/api': 'other-api' },
    });
  });

  afterAll(() => idp.close());

  it('serves discovery naming itself exactly, without a trailing slash', async () => {
    const document = (await (await fetch(`${idp.issuer}/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
    expect(document).toMatchObject({ issuer: idp.issuer, jwks_uri: `${idp.issuer}/jwks`, token_endpoint: idp.tokenEndpoint });
    expect(idp.issuer).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('issues an RFC 9068 JWT access token by client credentials, with the client claims', async () => {
    const token = await idp.tokenFor('site-cineca');
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'ES256', typ: 'at+jwt', kid: idp.currentKid() });
    expect(decodeJwt(token)).toMatchObject({
      iss: idp.issuer,
      aud: 'hpc-access',
      sub: 'site-cineca',
      client_id: 'site-cineca',
      roles: ['site'],
      org: 'org-cineca',
      site: 'cineca',
    });
  });

  it('gives a token for another resource server that resource server audience', async () => {
    expect(decodeJwt(await idp.tokenFor('site-cineca', { resource: 'https://other.example/api' })).aud).toBe('other-api');
  });

  it('refuses a wrong client secret and an unknown resource', async () => {
    const wrongSecret = await idp.requestToken('site-cineca', { clientSecret: 'guess' });
    expect(wrongSecret.status).toBe(401);
    expect(await wrongSecret.json()).toMatchObject({ error: 'invalid_client' });
    await expect(idp.tokenFor('site-cineca', { resource: 'https://unknown.example/' })).rejects.toThrow(/HTTP 400 invalid_target/);
  });

  it('publishes a rotated key beside the old one until the old one is retired', async () => {
    const before = idp.currentKid();
    const after = await idp.rotateKeys();
    expect(after).not.toBe(before);
    expect(decodeProtectedHeader(await idp.tokenFor('audit-bot')).kid).toBe(after);
    const published = async () => ((await (await fetch(`${idp.issuer}/jwks`)).json()) as { keys: { kid: string; d?: string }[] }).keys;
    expect((await published()).map((key) => key.kid)).toEqual([after, before]);
    expect((await published()).every((key) => key.d === undefined)).toBe(true);
    await idp.retireOldKeys();
    expect((await published()).map((key) => key.kid)).toEqual([after]);
  });
});
