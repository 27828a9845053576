import { JwtVerifier } from './jwt-verifier';
import { serveJson, type JsonServer } from './testing-only/json-server';
import { createTestIssuer, type TestIssuer } from './testing-only/test-issuer';
import { IssuerMismatchError, IssuerUnavailableError, TokenRejectedError } from './token-errors';

describe('JwtVerifier fetching keys from an issuer over HTTP', () => {
  let keys: TestIssuer;
  let idp: JsonServer;
  let issuer: string;

  beforeAll(async () => {
    const template = await createTestIssuer();
    idp = await serveJson((base) => ({
      '/realms/hpc/.well-known/openid-configuration': { issuer: `${base}/realms/hpc`, jwks_uri: `${base}/realms/hpc/certs` },
      '/realms/hpc/certs': template.jwks,
      '/realms/other/.well-known/openid-configuration': { issuer: `${base}/realms/hpc`, jwks_uri: `${base}/realms/hpc/certs` },
      '/realms/empty/.well-known/openid-configuration': { issuer: `${base}/realms/empty` },
    }));
    issuer = `${idp.url}/realms/hpc`;
    keys = { ...template, issuer, sign: (claims, options) => template.sign(claims, { issuer, ...options }) };
  });

  afterAll(() => idp.close());

  it('finds the key set through OIDC discovery and verifies a valid token', async () => {
    const verifier = new JwtVerifier({ issuer, audience: keys.audience });
    await expect(verifier.verify(await keys.sign({ roles: ['site'] }))).resolves.toMatchObject({ sub: 'user-1', roles: ['site'] });
    await expect(verifier.verify(await keys.sign())).resolves.toMatchObject({ iss: issuer });
    // Discovery and key set fetched once, then cached.
    expect(idp.requests.filter((path) => path.endsWith('openid-configuration'))).toHaveLength(1);
    expect(idp.requests.filter((path) => path.endsWith('/certs'))).toHaveLength(1);
  });

  it('uses a configured jwksUri without discovery', async () => {
    const before = idp.requests.length;
    const verifier = new JwtVerifier({ issuer, audience: keys.audience, jwksUri: `${idp.url}/realms/hpc/certs` });
    await expect(verifier.verify(await keys.sign())).resolves.toMatchObject({ sub: 'user-1' });
    expect(idp.requests.slice(before)).toEqual(['/realms/hpc/certs']);
  });

  it('still rejects bad tokens by what is wrong with them once the keys come over HTTP', async () => {
    const verifier = new JwtVerifier({ issuer, audience: keys.audience });
    await expect(verifier.verify(await keys.sign({}, { expiresIn: -120 }))).rejects.toMatchObject({ problem: 'expired' });
    await expect(verifier.verify(await keys.sign({}, { audience: 'other' }))).rejects.toBeInstanceOf(TokenRejectedError);
  });

  it('refuses a discovery document that names another issuer (OIDC Discovery 4.3)', async () => {
    const verifier = new JwtVerifier({ issuer: `${idp.url}/realms/other`, audience: keys.audience });
    const error: unknown = await verifier.verify(await keys.sign()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IssuerMismatchError);
    expect((error as Error).message).toMatch(/the configured issuer is ".*\/realms\/other" but the issuer's discovery document \(.*\) names ".*\/realms\/hpc"/);
  });

  it('reports a discovery document without jwks_uri', async () => {
    const verifier = new JwtVerifier({ issuer: `${idp.url}/realms/empty`, audience: keys.audience });
    await expect(verifier.verify(await keys.sign())).rejects.toThrow(/has no jwks_uri/);
  });

  it('reports an unreachable issuer as unavailable, not as a bad token', async () => {
    const down = await serveJson(() => ({}));
    await down.close();
    const verifier = new JwtVerifier({ issuer: down.url, audience: keys.audience, httpTimeoutMs: 1000 });
    const error: unknown = await verifier.verify(await keys.sign({}, { issuer: down.url })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IssuerUnavailableError);
    expect((error as Error).message).toMatch(/OIDC discovery at http:\/\/127\.0\.0\.1:\d+\/\.well-known\/openid-configuration failed/);
  });

  it('tries discovery again on the next token after a failure instead of caching the failure', async () => {
    const lateIssuer = `${idp.url}/realms/late`;
    const verifier = new JwtVerifier({ issuer: lateIssuer, audience: keys.audience });
    const token = await keys.sign({}, { issuer: lateIssuer });
    await expect(verifier.verify(token)).rejects.toThrow(/failed: HTTP 404/);
    idp.routes['/realms/late/.well-known/openid-configuration'] = { issuer: lateIssuer, jwks_uri: `${idp.url}/realms/hpc/certs` };
    await expect(verifier.verify(token)).resolves.toMatchObject({ iss: lateIssuer });
  });

  it('reports an unreachable key set as unavailable', async () => {
    const verifier = new JwtVerifier({ issuer, audience: keys.audience, jwksUri: `${idp.url}/nowhere`, httpTimeoutMs: 1000 });
    await expect(verifier.verify(await keys.sign())).rejects.toThrow(/cannot load the issuer's keys from .*\/nowhere/);
  });
});
