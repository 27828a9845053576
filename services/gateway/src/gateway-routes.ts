import type { Role } from '@hpc-access/auth';

/** A path prefix and the service that owns it. */
export interface GatewayRoute {
  /** `/api/applications`: matches itself and everything below it, never `/api/applicationsX`. */
  prefix: string;
  /** The owning service's name, for messages and logs. */
  service: string;
  /** Base URL of the service; a path in it is prepended to the forwarded path. */
  target: string;
  /** Roles let through; default any role this platform knows. The service checks again, finer. */
  roles?: readonly Role[];
}

/**
 * Which service owns which public paths. Each service adds its prefixes here when it gets an
 * HTTP surface; the base URLs come from the environment, the prefixes do not, because a prefix
 * that moves to another service is a change of the code, reviewed like one.
 */
export const SERVICE_PREFIXES: Readonly<Record<string, readonly string[]>> = {
  intake: ['/api/applications', '/api/organisations', '/api/persons', '/api/intake'],
  'governance-pledges': ['/api/governance'],
  'ethics-review': ['/api/ethics'],
  allocation: ['/api/allocation'],
  accounting: ['/api/accounting'],
  notifications: ['/api/notifications'],
  audit: ['/api/audit'],
};

/**
 * Parses `GATEWAY_ROUTES`: entries separated by commas or white space, each `service=url`
 * (every prefix of a known service) or `/prefix=url` (one ad-hoc prefix).
 */
export function parseGatewayRoutes(spec: string): GatewayRoute[] {
  const routes: GatewayRoute[] = [];
  for (const entry of spec.split(/[\s,]+/).filter(Boolean)) {
    const separator = entry.indexOf('=');
    const name = entry.slice(0, separator);
    const target = entry.slice(separator + 1);
    if (separator <= 0 || !isHttpUrl(target)) {
      throw new Error(`GATEWAY_ROUTES entry "${entry}" is not name=http(s)://host:port`);
    }
    if (name.startsWith('/')) {
      const prefix = checkedPrefix(name);
      routes.push({ prefix, service: prefix, target });
      continue;
    }
    const prefixes = SERVICE_PREFIXES[name];
    if (!prefixes) {
      throw new Error(`GATEWAY_ROUTES names unknown service "${name}"; known: ${Object.keys(SERVICE_PREFIXES).join(', ')}, or a /path prefix`);
    }
    routes.push(...prefixes.map((prefix) => ({ prefix, service: name, target })));
  }
  return routes;
}

/** The route with the longest prefix that covers `path` (path only, no query). */
export function routeFor(routes: readonly GatewayRoute[], path: string): GatewayRoute | undefined {
  let best: GatewayRoute | undefined;
  for (const route of routes) {
    const covers = path === route.prefix || path.startsWith(`${route.prefix}/`);
    if (covers && (!best || route.prefix.length > best.prefix.length)) best = route;
  }
  return best;
}

/** Plain path segments only: a prefix becomes a route pattern, where `:` or `*` would mean more. */
function checkedPrefix(prefix: string): string {
  const trimmed = prefix.replace(/\/+$/, '');
  if (!/^(\/[A-Za-z0-9._~-]+)+$/.test(trimmed)) {
    throw new Error(`GATEWAY_ROUTES prefix "${prefix}" must be /segments of letters, digits, ".", "_", "~" or "-"`);
  }
  return trimmed;
}

function isHttpUrl(text: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}
