import { authOptionsFromEnv, type AuthModuleOptions } from '@hpc-access/auth';
import { parseGatewayRoutes, type GatewayRoute } from './gateway-routes';

export interface GatewayOptions {
  auth: AuthModuleOptions;
  routes: GatewayRoute[];
  /** How long the gateway waits for a service to send anything. Default 30000. */
  upstreamTimeoutMs?: number;
}

export const GATEWAY_OPTIONS = Symbol('hpc-access:gateway:options');

/** `GATEWAY_ROUTES`, `GATEWAY_UPSTREAM_TIMEOUT_MS` and the `AUTH_*` variables of libs/auth. */
export function gatewayOptionsFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): GatewayOptions {
  const spec = env['GATEWAY_ROUTES'];
  // A gateway with no routes would answer every request with 404 and look healthy doing it.
  if (!spec?.trim()) throw new Error('GATEWAY_ROUTES is required, e.g. GATEWAY_ROUTES=intake=http://127.0.0.1:3101');
  const options: GatewayOptions = { auth: authOptionsFromEnv(env), routes: parseGatewayRoutes(spec) };
  const timeout = env['GATEWAY_UPSTREAM_TIMEOUT_MS'];
  if (timeout !== undefined) {
    const ms = Number(timeout);
    if (!Number.isInteger(ms) || ms < 1) throw new Error('GATEWAY_UPSTREAM_TIMEOUT_MS must be a positive integer');
    options.upstreamTimeoutMs = ms;
  }
  return options;
}
