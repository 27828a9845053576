import { SignJWT } from 'jose';
import { JwtVerifier } from './jwt-verifier';
import { createTestIssuer, foreignKey, type TestIssuer } from './testing-only/test-issuer';
import { TokenRejectedError, type TokenProblem } from './token-errors';

describe('JwtVerifier with the issuer keys in memory', () => {
  let issuer: TestIssuer;
  let verifier: JwtVerifier;

  beforeAll(async () => {
    issuer = await createTestIssuer();
    verifier = new JwtVerifier({ issuer: issuer.issuer, audience: issuer.audience, jwks: issuer.jwks, clockToleranceSeconds: 5 });
  });

  async function rejection(token: string): Promise<TokenRejectedError> {
    const error: unknown = await verifier.verify(token).then(
      () => undefined,
      (e: unknown) => e,
    );
    if (!(error instanceof TokenRejectedError)) throw new Error(`expected a TokenRejectedError, got ${String(error)}`);
    return error;
  }

  it('returns the claims of a valid token', async () => {
    const claims = await verifier.verify(await issuer.sign({ roles: ['auditor'] }));
    expect(claims).toMatchObject({ sub: 'user-1', iss: issuer.issuer, aud: issuer.audience, roles: ['auditor'] });
  });

  it.each<[string, () => Promise<string>, TokenProblem, RegExp]>([
    ['expired', () => issuer.sign({}, { expiresIn: -60 }), 'expired', /token expired at \d{4}-\d\d-\d\dT/],
    ['from another issuer', () => issuer.sign({}, { issuer: 'https://evil.test' }), 'wrong-issuer', /issuer "https:\/\/evil.test" is not the expected/],
    ['for another audience', () => issuer.sign({}, { audience: 'billing' }), 'wrong-audience', /audience "billing" does not include "hpc-access"/],
    ['signed with a key the issuer never published', async () => issuer.sign({}, { key: await foreignKey() }), 'bad-signature', /signature does not verify/],
    ['naming a key id the issuer does not publish', () => issuer.sign({}, { kid: 'other' }), 'unknown-key', /not signed by a key the issuer publishes/],
    ['not valid yet', () => issuer.sign({}, { notBefore: 600 }), 'not-yet-valid', /not valid before/],
    ['without expiry', () => issuer.sign({}, { expiresIn: null }), 'missing-claim', /no "exp" claim/],
    ['without subject', () => issuer.sign({}, { subject: null }), 'missing-claim', /no "sub" claim/],
    ['not a JWT at all', async () => 'garbage', 'malformed', /not a well-formed signed JWT/],
    ['typed "JWT" (an ID token or any other JWT, not an access token)', () => issuer.sign({}, { typ: 'JWT' }), 'wrong-type', /header "typ" is "JWT", not "at\+jwt": not an OAuth access token \(RFC 9068 section 4\)/],
    ['without a typ', () => issuer.sign({}, { typ: null }), 'wrong-type', /header "typ" is missing, not "at\+jwt"/],
  ])('rejects a token %s', async (_, token, problem, message) => {
    const error = await rejection(await token());
    expect(error.problem).toBe(problem);
    expect(error.message).toMatch(message);
  });

  it('forgives a clock a few seconds behind, within the tolerance', async () => {
    await expect(verifier.verify(await issuer.sign({}, { expiresIn: -2 }))).resolves.toMatchObject({ sub: 'user-1' });
  });

  it('refuses HMAC tokens, so a leaked shared secret cannot mint identities', async () => {
    const hmac = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256', kid: 'test-key' })
      .setIssuer(issuer.issuer)
      .setAudience(issuer.audience)
      .setSubject('user-1')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('a-secret-of-at-least-thirty-two-bytes!!'));
    expect((await rejection(hmac)).problem).toBe('algorithm-not-allowed');
  });

  it('takes typ as RFC 9068 registers it: case-insensitive, with or without application/', async () => {
    for (const typ of ['at+jwt', 'AT+JWT', 'application/at+jwt']) {
      await expect(verifier.verify(await issuer.sign({}, { typ }))).resolves.toMatchObject({ sub: 'user-1' });
    }
  });

  it('accepts other typ values only when told to, for an issuer that does not set at+jwt', async () => {
    const lenient = new JwtVerifier({ issuer: issuer.issuer, audience: issuer.audience, jwks: issuer.jwks, requireAccessTokenType: false });
    await expect(lenient.verify(await issuer.sign({}, { typ: 'JWT' }))).resolves.toMatchObject({ sub: 'user-1' });
    await expect(lenient.verify(await issuer.sign({}, { typ: null }))).resolves.toMatchObject({ sub: 'user-1' });
  });

  it('refuses what is wrong on the face of a token before asking the issuer for anything', async () => {
    const fetchSpy = jest.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('no network in this test'));
    try {
      const remote = new JwtVerifier({ issuer: 'https://id.example/realms/hpc', audience: 'hpc-access' });
      for (const token of ['garbage', 'not.a.jwt', `${(await issuer.sign()).split('.').slice(0, 2).join('.')}`, await issuer.sign({}, { typ: 'JWT' })]) {
        await expect(remote.verify(token)).rejects.toBeInstanceOf(TokenRejectedError);
      }
      expect(fetchSpy).not.toHaveBeenCalled();
    } finally {
      fetchSpy.mockRestore();
    }
  });

  it('accepts any one of several audiences', async () => {
    const multi = new JwtVerifier({ issuer: issuer.issuer, audience: ['gateway', issuer.audience], jwks: issuer.jwks });
    await expect(multi.verify(await issuer.sign())).resolves.toMatchObject({ aud: issuer.audience });
  });

  it('refuses contradictory or empty configuration at construction', () => {
    expect(() => new JwtVerifier({ issuer: '', audience: 'a' })).toThrow(/issuer/);
    expect(() => new JwtVerifier({ issuer: 'i', audience: [] })).toThrow(/audience/);
    expect(() => new JwtVerifier({ issuer: 'i', audience: 'a', jwks: { keys: [] }, jwksUri: 'http://x' })).toThrow(/not both/);
  });
});
