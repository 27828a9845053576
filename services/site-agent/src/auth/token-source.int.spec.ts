import { startTestIssuer, type RunningTestIssuer } from '@hpc-access/auth/testing-only';
import { decodeJwt } from 'jose';
import { AuthError, TokenSource } from './token-source';

describe('OAuth client credentials against a real issuer (oidc-provider)', () => {
  let issuer: RunningTestIssuer;
  const auth = (secret = 'agent-secret', extra: Partial<ConstructorParameters<typeof TokenSource>[0]> = {}) => ({
    issuer: '', clientId: 'site-agent-cineca', clientSecret: secret, clientAuthMethod: 'client_secret_basic' as const, ...extra,
  });

  beforeAll(async () => {
    issuer = await startTestIssuer({ clients: [{ clientId: 'site-agent-cineca', clientSecret: 'agent-secret', claims: { roles: ['site'], site: 'cineca' } }], accessTokenTtlSeconds: 120 });
  });
  afterAll(() => issuer.close());

  it('finds the token endpoint by discovery and gets a token naming the site', async () => {
    const token = await new TokenSource({ ...auth(), issuer: issuer.issuer }, 5_000).token();
    expect(decodeJwt(token)).toMatchObject({ iss: issuer.issuer, aud: 'hpc-access', sub: 'site-agent-cineca', roles: ['site'], site: 'cineca' });
  });

  it('keeps the token until shortly before it expires, then asks again', async () => {
    let now = Date.now();
    const source = new TokenSource({ ...auth(), tokenEndpoint: issuer.tokenEndpoint }, 5_000, () => now);
    const first = await source.token();
    now += 60_000;
    expect(await source.token()).toBe(first);
    // 120 s tokens are renewed 30 s before they expire.
    now += 31_000;
    const renewed = await source.token();
    expect(decodeJwt(renewed).jti ?? renewed).not.toBe(decodeJwt(first).jti ?? first);
    source.invalidate();
    expect(await source.token()).not.toBe(renewed);
  });

  it('says which client the issuer refused and why', async () => {
    await expect(new TokenSource({ ...auth('wrong'), issuer: issuer.issuer }, 5_000).token()).rejects.toThrow(
      new AuthError(`token endpoint ${issuer.tokenEndpoint} refused client site-agent-cineca: HTTP 401 invalid_client: client authentication failed`),
    );
  });

  it('says where discovery failed when the issuer has no discovery document', async () => {
    await expect(new TokenSource({ ...auth(), issuer: `${issuer.issuer}/nowhere` }, 5_000).token()).rejects.toThrow(/no token endpoint found for issuer .*\/nowhere .*HTTP 404.*set auth.tokenEndpoint/);
  });
});
