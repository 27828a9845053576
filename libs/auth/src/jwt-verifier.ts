import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors,
  jwtVerify,
  type JSONWebKeySet,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import { classifyVerificationError, IssuerUnavailableError } from './token-errors';

export interface JwtVerifierOptions {
  /** Must equal the tokens' `iss` exactly. */
  issuer: string;
  /** At least one of these must appear in the tokens' `aud`. */
  audience: string | readonly string[];
  /** The issuer's key set. Without it and without `jwks`, OIDC discovery on the issuer finds it. */
  jwksUri?: string;
  /** Keys held in memory, for the embedded development provider. */
  jwks?: JSONWebKeySet;
  /** Seconds of clock skew forgiven on `exp`, `nbf` and `iat`. Default 5. */
  clockToleranceSeconds?: number;
  /** Default: the asymmetric algorithms. Never HMAC: a shared secret would let any service mint tokens. */
  algorithms?: readonly string[];
  /** Timeout for discovery and key-set requests. Default 5000. */
  httpTimeoutMs?: number;
}

export const ASYMMETRIC_ALGORITHMS: readonly string[] = [
  'RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA',
];

/** Verifies bearer JWTs against one issuer; throws TokenRejectedError or IssuerUnavailableError. */
export class JwtVerifier {
  private readonly audience: string[];
  private keys: Promise<JWTVerifyGetKey> | undefined;

  constructor(private readonly options: JwtVerifierOptions) {
    if (!options.issuer) throw new Error('JwtVerifier needs an issuer');
    this.audience = typeof options.audience === 'string' ? [options.audience] : [...options.audience];
    if (this.audience.length === 0 || this.audience.some((a) => !a)) throw new Error('JwtVerifier needs an audience');
    if (options.jwks && options.jwksUri) throw new Error('JwtVerifier takes either jwks or jwksUri, not both');
  }

  get issuer(): string {
    return this.options.issuer;
  }

  async verify(token: string): Promise<JWTPayload> {
    try {
      const { payload } = await jwtVerify(token, await this.keySet(), {
        issuer: this.options.issuer,
        audience: this.audience,
        algorithms: [...(this.options.algorithms ?? ASYMMETRIC_ALGORITHMS)],
        clockTolerance: this.options.clockToleranceSeconds ?? 5,
        // A token without expiry would stay valid forever once leaked.
        requiredClaims: ['sub', 'exp'],
      });
      return payload;
    } catch (error) {
      throw classifyVerificationError(error, { issuer: this.options.issuer, audience: this.audience });
    }
  }

  private keySet(): Promise<JWTVerifyGetKey> {
    if (!this.keys) {
      this.keys = this.resolveKeySet();
      // A failed discovery is retried on the next request rather than cached for the process's life.
      this.keys.catch(() => (this.keys = undefined));
    }
    return this.keys;
  }

  private async resolveKeySet(): Promise<JWTVerifyGetKey> {
    if (this.options.jwks) return createLocalJWKSet(this.options.jwks);
    const jwksUri = this.options.jwksUri ?? (await this.discoverJwksUri());
    const remote = createRemoteJWKSet(new URL(jwksUri), { timeoutDuration: this.timeoutMs });
    return async (header, token) => {
      try {
        return await remote(header, token);
      } catch (error) {
        if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) throw error;
        throw new IssuerUnavailableError(`cannot load the issuer's keys from ${jwksUri}: ${describe(error)}`);
      }
    };
  }

  private async discoverJwksUri(): Promise<string> {
    const url = `${this.options.issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
    let document: unknown;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(this.timeoutMs), headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      document = await response.json();
    } catch (error) {
      throw new IssuerUnavailableError(`OIDC discovery at ${url} failed: ${describe(error)}`);
    }
    const { issuer, jwks_uri: jwksUri } = (typeof document === 'object' && document !== null ? document : {}) as Record<string, unknown>;
    // OIDC Discovery 1.0 section 4.3: a document naming another issuer must not be used.
    if (issuer !== this.options.issuer) {
      throw new IssuerUnavailableError(`OIDC discovery at ${url} names issuer ${JSON.stringify(issuer)}, expected "${this.options.issuer}"`);
    }
    if (typeof jwksUri !== 'string') throw new IssuerUnavailableError(`OIDC discovery at ${url} has no jwks_uri`);
    return jwksUri;
  }

  private get timeoutMs(): number {
    return this.options.httpTimeoutMs ?? 5000;
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}
