import {
  createLocalJWKSet,
  createRemoteJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  errors,
  jwtVerify,
  type FlattenedJWSInput,
  type JSONWebKeySet,
  type JWSHeaderParameters,
  type JWTPayload,
  type KeyLike,
  type ProtectedHeaderParameters,
} from 'jose';
import { classifyVerificationError, IssuerMismatchError, IssuerUnavailableError, TokenRejectedError } from './token-errors';

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
  /**
   * RFC 9068 section 4: refuse a token whose header `typ` is not `at+jwt` (`application/at+jwt`
   * too), so an ID token or any other JWT the issuer signs is never taken for an access token.
   * Default true; false only for an issuer that does not set it.
   */
  requireAccessTokenType?: boolean;
  /** Least time between two key-set fetches prompted by an unknown `kid`. Default 30000 (jose's). */
  jwksCooldownMs?: number;
}

export const ASYMMETRIC_ALGORITHMS: readonly string[] = [
  'RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA',
];

/** RFC 9068 section 4, compared as jose and the RFC's media type registration do: case-insensitive, `application/` optional. */
export const ACCESS_TOKEN_TYPE = 'at+jwt';

type KeyResolver = (header: JWSHeaderParameters, token: FlattenedJWSInput) => Promise<KeyLike | Uint8Array>;

interface KeySource {
  resolve: KeyResolver;
  /** Fetches the key set now, to know at start that it can be fetched at all. */
  load(): Promise<void>;
}

/** Verifies bearer JWTs against one issuer; throws TokenRejectedError or IssuerUnavailableError. */
export class JwtVerifier {
  private readonly audience: string[];
  private keys: Promise<KeySource> | undefined;

  constructor(private readonly options: JwtVerifierOptions) {
    if (!options.issuer) throw new Error('JwtVerifier needs an issuer');
    this.audience = typeof options.audience === 'string' ? [options.audience] : [...options.audience];
    if (this.audience.length === 0 || this.audience.some((a) => !a)) throw new Error('JwtVerifier needs an audience');
    if (options.jwks && options.jwksUri) throw new Error('JwtVerifier takes either jwks or jwksUri, not both');
  }

  get issuer(): string {
    return this.options.issuer;
  }

  /**
   * Discovery and the key set, fetched now (a no-op for keys held in memory). Throws
   * IssuerUnavailableError, or IssuerMismatchError when discovery names another issuer.
   */
  async connect(): Promise<void> {
    await (await this.keySet()).load();
  }

  async verify(token: string): Promise<JWTPayload> {
    // Everything a token can be refused for without the issuer's keys is decided first: a
    // malformed token is the caller's fault even while the issuer is out of reach.
    this.checkShape(token);
    try {
      const { payload } = await jwtVerify(token, (header, jws) => this.keyFor(header, jws), {
        issuer: this.options.issuer,
        audience: this.audience,
        algorithms: this.algorithms,
        clockTolerance: this.options.clockToleranceSeconds ?? 5,
        // A token without expiry would stay valid forever once leaked.
        requiredClaims: ['sub', 'exp'],
      });
      return payload;
    } catch (error) {
      throw classifyVerificationError(error, { issuer: this.options.issuer, audience: this.audience });
    }
  }

  private checkShape(token: string): void {
    let header: ProtectedHeaderParameters;
    try {
      header = decodeProtectedHeader(token);
      decodeJwt(token);
    } catch (error) {
      throw classifyVerificationError(error, { issuer: this.options.issuer, audience: this.audience });
    }
    if (!this.algorithms.includes(header.alg ?? '')) {
      throw new TokenRejectedError('algorithm-not-allowed', 'token signing algorithm is not allowed');
    }
    if (this.options.requireAccessTokenType !== false && normalisedType(header.typ) !== ACCESS_TOKEN_TYPE) {
      throw new TokenRejectedError(
        'wrong-type',
        `token header "typ" is ${JSON.stringify(header.typ) ?? 'missing'}, not "${ACCESS_TOKEN_TYPE}": not an OAuth access token (RFC 9068 section 4)`,
      );
    }
  }

  private async keyFor(header: JWSHeaderParameters, token: FlattenedJWSInput): Promise<KeyLike | Uint8Array> {
    return (await this.keySet()).resolve(header, token);
  }

  private get algorithms(): string[] {
    return [...(this.options.algorithms ?? ASYMMETRIC_ALGORITHMS)];
  }

  private keySet(): Promise<KeySource> {
    if (!this.keys) {
      this.keys = this.resolveKeySet();
      // A failed discovery is retried on the next request rather than cached for the process's life.
      this.keys.catch(() => (this.keys = undefined));
    }
    return this.keys;
  }

  private async resolveKeySet(): Promise<KeySource> {
    if (this.options.jwks) {
      const local = createLocalJWKSet(this.options.jwks);
      return { resolve: local, load: async () => undefined };
    }
    const jwksUri = this.options.jwksUri ?? (await this.discoverJwksUri());
    const remote = createRemoteJWKSet(new URL(jwksUri), {
      timeoutDuration: this.timeoutMs,
      ...(this.options.jwksCooldownMs !== undefined ? { cooldownDuration: this.options.jwksCooldownMs } : {}),
    });
    const unavailable = (error: unknown) => new IssuerUnavailableError(`cannot load the issuer's keys from ${jwksUri}: ${describe(error)}`);
    return {
      async resolve(header, token) {
        try {
          return await remote(header, token);
        } catch (error) {
          if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) throw error;
          throw unavailable(error);
        }
      },
      async load() {
        if (remote.fresh) return;
        await remote.reload().catch((error: unknown) => {
          throw unavailable(error);
        });
      },
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
    // OIDC Discovery 1.0 section 4.3: the document's issuer must be identical to the configured
    // one, compared exactly (no trailing-slash forgiveness): tokens carry the issuer's own spelling.
    if (issuer !== this.options.issuer) throw new IssuerMismatchError(this.options.issuer, issuer, url);
    if (typeof jwksUri !== 'string') throw new IssuerUnavailableError(`OIDC discovery at ${url} has no jwks_uri`);
    return jwksUri;
  }

  private get timeoutMs(): number {
    return this.options.httpTimeoutMs ?? 5000;
  }
}

function normalisedType(typ: unknown): string | undefined {
  return typeof typ === 'string' ? typ.toLowerCase().replace(/^application\//, '') : undefined;
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}
