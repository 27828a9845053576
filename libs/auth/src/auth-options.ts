import type { ClaimMapping } from './identity';

/** Tokens from a real OpenID Connect provider (Keycloak, Entra ID, ...): distributed mode. */
export interface OidcAuthOptions {
  mode: 'oidc';
  issuer: string;
  audience: string | string[];
  /** Default: found by OIDC discovery on the issuer. */
  jwksUri?: string;
  claims?: ClaimMapping;
  clockToleranceSeconds?: number;
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
}

export type AuthModuleOptions = OidcAuthOptions | EmbeddedAuthOptions;

export const DEFAULT_AUDIENCE = 'hpc-access';

/**
 * Reads the options from the environment. Without `AUTH_MODE=embedded` it wants a real issuer
 * and fails at start-up when there is none: a forgotten variable must never hand out a token
 * endpoint that grants every role.
 */
export function authOptionsFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): AuthModuleOptions {
  const mode = env['AUTH_MODE'] ?? 'oidc';
  if (mode === 'embedded') {
    const options: EmbeddedAuthOptions = {
      mode,
      publicBaseUrl: env['PUBLIC_BASE_URL'] ?? `http://localhost:${env['PORT'] ?? '3000'}`,
      dataDir: env['DATA_DIR'] ?? 'data',
      audience: env['AUTH_AUDIENCE'] ?? DEFAULT_AUDIENCE,
    };
    if (env['AUTH_TOKEN_TTL_SECONDS']) options.tokenTtlSeconds = positiveInteger(env, 'AUTH_TOKEN_TTL_SECONDS');
    return options;
  }
  if (mode !== 'oidc') throw new Error(`AUTH_MODE must be "oidc" or "embedded", not "${mode}"`);
  const issuer = env['AUTH_ISSUER'];
  const audience = env['AUTH_AUDIENCE']?.split(',').map((a) => a.trim()).filter(Boolean) ?? [];
  if (!issuer || audience.length === 0) {
    throw new Error('AUTH_ISSUER and AUTH_AUDIENCE are required (or AUTH_MODE=embedded for the development identity provider)');
  }
  const claims: ClaimMapping = {};
  if (env['AUTH_ROLES_CLAIM']) claims.rolesClaim = env['AUTH_ROLES_CLAIM'];
  if (env['AUTH_ORGANISATION_CLAIM']) claims.organisationClaim = env['AUTH_ORGANISATION_CLAIM'];
  const options: OidcAuthOptions = { mode, issuer, audience, claims };
  if (env['AUTH_JWKS_URI']) options.jwksUri = env['AUTH_JWKS_URI'];
  if (env['AUTH_CLOCK_TOLERANCE_SECONDS']) options.clockToleranceSeconds = positiveInteger(env, 'AUTH_CLOCK_TOLERANCE_SECONDS', 0);
  return options;
}

function positiveInteger(env: Readonly<Record<string, string | undefined>>, name: string, min = 1): number {
  const value = Number(env[name]);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer of at least ${min}`);
  return value;
}
