import { DEFAULT_AUTH_RATE_LIMITS, type AuthRateLimits, type RateLimit } from './client-rate-limit';
import type { ClaimMapping } from './identity';
import type { IssuerRetryOptions } from './issuer-readiness';

/** Tokens from a real OpenID Connect provider (Keycloak, Entra ID, ...): distributed mode. */
export interface OidcAuthOptions {
  mode: 'oidc';
  issuer: string;
  audience: string | string[];
  /** Default: found by OIDC discovery on the issuer. */
  jwksUri?: string;
  claims?: ClaimMapping;
  clockToleranceSeconds?: number;
  /** Refuse access tokens whose header `typ` is not `at+jwt` (RFC 9068 section 4). Default true. */
  requireAccessTokenType?: boolean;
  /** Least time between two key-set fetches prompted by an unknown `kid`. Default 30000. */
  jwksCooldownMs?: number;
  /** Backoff of the start-up check of discovery and keys while the issuer is out of reach. */
  issuerRetry?: IssuerRetryOptions;
  /** Default {@link DEFAULT_AUTH_RATE_LIMITS}. */
  rateLimits?: Partial<AuthRateLimits>;
}

/** The development identity provider runs in this process and issues the tokens itself. */
export interface EmbeddedAuthOptions {
  mode: 'embedded';
  /** Where people reach this process, e.g. `http://localhost:3000`; the issuer is `<it>/api/dev`. */
  publicBaseUrl: string;
  /** The provider's signing key is kept under it, so tokens survive restarts. */
  dataDir: string;
  /** Default `hpc-access`. */
  audience?: string;
  /** Default 3600. */
  tokenTtlSeconds?: number;
  /** Default {@link DEFAULT_AUTH_RATE_LIMITS}. */
  rateLimits?: Partial<AuthRateLimits>;
}

export type AuthModuleOptions = OidcAuthOptions | EmbeddedAuthOptions;

export const DEFAULT_AUDIENCE = 'hpc-access';

/** `AUTH_MODE=development`: the development identity provider; the value it had before. */
const DEVELOPMENT_MODES = ['development', 'embedded'];

export interface AuthDefaults {
  /**
   * Run the development identity provider when `AUTH_MODE` is not set (`npm start` on a laptop).
   * Ignored under `NODE_ENV=production`, as in the production image: there only an explicit
   * `AUTH_MODE=development` starts it.
   */
  developmentByDefault?: boolean;
}

/**
 * Reads the options from the environment. Without `AUTH_MODE=development` it wants a real issuer
 * and fails at start-up when there is none: a forgotten variable must never hand out a token
 * endpoint that grants every role.
 */
export function authOptionsFromEnv(env: Readonly<Record<string, string | undefined>> = process.env, defaults: AuthDefaults = {}): AuthModuleOptions {
  const production = env['NODE_ENV'] === 'production';
  const mode = env['AUTH_MODE'] ?? (defaults.developmentByDefault && !production ? 'development' : 'oidc');
  const rateLimits = rateLimitsFromEnv(env);
  if (DEVELOPMENT_MODES.includes(mode)) {
    const options: EmbeddedAuthOptions = {
      mode: 'embedded',
      publicBaseUrl: env['PUBLIC_BASE_URL'] ?? `http://localhost:${env['PORT'] ?? '3000'}`,
      dataDir: env['DATA_DIR'] ?? 'data',
      audience: env['AUTH_AUDIENCE'] ?? DEFAULT_AUDIENCE,
      rateLimits,
    };
    if (env['AUTH_TOKEN_TTL_SECONDS']) options.tokenTtlSeconds = positiveInteger(env, 'AUTH_TOKEN_TTL_SECONDS');
    return options;
  }
  if (mode !== 'oidc') throw new Error(`AUTH_MODE must be "oidc" or "development", not "${mode}"`);
  const issuer = env['AUTH_ISSUER'];
  const audience = env['AUTH_AUDIENCE']?.split(',').map((a) => a.trim()).filter(Boolean) ?? [];
  if (!issuer || audience.length === 0) {
    throw new Error(
      `AUTH_ISSUER and AUTH_AUDIENCE are required: the OpenID Connect issuer whose tokens are accepted${production ? ' (NODE_ENV=production never starts the development identity provider on its own)' : ''}. ` +
        'AUTH_MODE=development runs the development identity provider instead, which gives anyone a token for any role: never in production.',
    );
  }
  const claims: ClaimMapping = {};
  if (env['AUTH_ROLES_CLAIM']) claims.rolesClaim = env['AUTH_ROLES_CLAIM'];
  if (env['AUTH_ORGANISATION_CLAIM']) claims.organisationClaim = env['AUTH_ORGANISATION_CLAIM'];
  if (env['AUTH_SITE_CLAIM']) claims.siteClaim = env['AUTH_SITE_CLAIM'];
  const options: OidcAuthOptions = { mode, issuer, audience, claims, rateLimits };
  if (env['AUTH_JWKS_URI']) options.jwksUri = env['AUTH_JWKS_URI'];
  if (env['AUTH_CLOCK_TOLERANCE_SECONDS']) options.clockToleranceSeconds = positiveInteger(env, 'AUTH_CLOCK_TOLERANCE_SECONDS', 0);
  if (env['AUTH_REQUIRE_AT_JWT'] !== undefined) options.requireAccessTokenType = boolean(env, 'AUTH_REQUIRE_AT_JWT');
  return options;
}

function boolean(env: Readonly<Record<string, string | undefined>>, name: string): boolean {
  const value = env[name]?.trim().toLowerCase();
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new Error(`${name} must be "true" or "false", not "${env[name]}"`);
}

/** `AUTH_FAILURE_RATE_LIMIT` and `AUTH_TOKEN_RATE_LIMIT`, each `<count>/<seconds>`, e.g. `60/60`. */
function rateLimitsFromEnv(env: Readonly<Record<string, string | undefined>>): AuthRateLimits {
  return {
    failedAuthentications: rateLimit(env, 'AUTH_FAILURE_RATE_LIMIT') ?? DEFAULT_AUTH_RATE_LIMITS.failedAuthentications,
    tokens: rateLimit(env, 'AUTH_TOKEN_RATE_LIMIT') ?? DEFAULT_AUTH_RATE_LIMITS.tokens,
  };
}

function rateLimit(env: Readonly<Record<string, string | undefined>>, name: string): RateLimit | undefined {
  const value = env[name];
  if (value === undefined) return undefined;
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const points = Number(match?.[1]);
  const durationSeconds = Number(match?.[2]);
  if (!match || points < 1 || durationSeconds < 1) throw new Error(`${name} must be <count>/<seconds> with both at least 1, e.g. 60/60, not "${value}"`);
  return { points, durationSeconds };
}

function positiveInteger(env: Readonly<Record<string, string | undefined>>, name: string, min = 1): number {
  const value = Number(env[name]);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer of at least ${min}`);
  return value;
}
