import { authOptionsFromEnv } from '@hpc-access/auth';

/** The `AUTH_*` variables the launcher gives the services and the gateway. */
export interface DistributedAuth {
  services: Record<string, string>;
  gateway: Record<string, string>;
  /** The gateway runs the development identity provider: say so at start. */
  development: boolean;
}

/**
 * `npm run start:distributed` serves the development identity provider only when asked for with
 * `AUTH_MODE=development` (the gateway issues, the services trust it as an OIDC issuer); otherwise
 * every process wants `AUTH_ISSUER` and `AUTH_AUDIENCE`, and the launcher refuses to start any
 * process without them (ADR 14).
 */
export function distributedAuth(env: Readonly<Record<string, string | undefined>>, publicBaseUrl: string): DistributedAuth {
  const mode = env['AUTH_MODE'];
  if (mode === 'development' || mode === 'embedded') {
    return {
      services: { AUTH_MODE: 'oidc', AUTH_ISSUER: `${publicBaseUrl}/api/dev`, AUTH_AUDIENCE: env['AUTH_AUDIENCE'] ?? 'hpc-access' },
      gateway: { AUTH_MODE: 'development', PUBLIC_BASE_URL: publicBaseUrl, DATA_DIR: env['DATA_DIR'] ?? 'data' },
      development: true,
    };
  }
  // Throws the message naming what is missing, as each process would, but before any starts.
  authOptionsFromEnv(env);
  return { services: {}, gateway: {}, development: false };
}
