import { exportJWK, generateKeyPair, SignJWT, type JSONWebKeySet, type JWTPayload, type KeyLike } from 'jose';

export interface TestTokenOptions {
  issuer?: string;
  audience?: string;
  subject?: string | null;
  /** Seconds from now; negative for an expired token; null for none. Default 300. */
  expiresIn?: number | null;
  notBefore?: number;
  kid?: string;
  /** Sign with this key instead of the issuer's (a forged token). */
  key?: KeyLike;
  /** The header `typ`; default `at+jwt` (RFC 9068), null for none. */
  typ?: string | null;
}

export interface TestIssuer {
  issuer: string;
  audience: string;
  jwks: JSONWebKeySet;
  sign(claims?: JWTPayload, options?: TestTokenOptions): Promise<string>;
}

/** An issuer whose tokens the tests shape at will: expired, foreign, forged. */
export async function createTestIssuer(issuer = 'https://issuer.test/realms/hpc', audience = 'hpc-access'): Promise<TestIssuer> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' }] };
  return {
    issuer,
    audience,
    jwks,
    async sign(claims = {}, options = {}) {
      const now = Math.floor(Date.now() / 1000);
      const jwt = new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? 'test-key', ...(options.typ === null ? {} : { typ: options.typ ?? 'at+jwt' }) })
        .setIssuer(options.issuer ?? issuer)
        .setAudience(options.audience ?? audience)
        .setIssuedAt(now - 10);
      if (options.subject !== null) jwt.setSubject(options.subject ?? 'user-1');
      if (options.expiresIn !== null) jwt.setExpirationTime(now + (options.expiresIn ?? 300));
      if (options.notBefore !== undefined) jwt.setNotBefore(now + options.notBefore);
      return jwt.sign(options.key ?? privateKey);
    },
  };
}

/** A key the issuer never published, to forge signatures with. */
export async function foreignKey(): Promise<KeyLike> {
  return (await generateKeyPair('RS256')).privateKey;
}
