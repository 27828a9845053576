import { parseGatewayRoutes, routeFor, type GatewayRoute } from './gateway-routes';

describe('parseGatewayRoutes', () => {
  it('maps a service name to every prefix it owns', () => {
    expect(parseGatewayRoutes('intake=http://127.0.0.1:3101')).toEqual([
      { prefix: '/api/applications', service: 'intake', target: 'http://127.0.0.1:3101' },
      { prefix: '/api/organisations', service: 'intake', target: 'http://127.0.0.1:3101' },
      { prefix: '/api/persons', service: 'intake', target: 'http://127.0.0.1:3101' },
      { prefix: '/api/intake', service: 'intake', target: 'http://127.0.0.1:3101' },
    ]);
  });

  it('takes ad-hoc path prefixes, separated by commas or white space', () => {
    expect(parseGatewayRoutes('/api/ethics-cases/=https://ethics.internal/base ,\n /api/calls=http://alloc:3103')).toEqual([
      { prefix: '/api/ethics-cases', service: '/api/ethics-cases', target: 'https://ethics.internal/base' },
      { prefix: '/api/calls', service: '/api/calls', target: 'http://alloc:3103' },
    ]);
  });

  it.each([
    ['no target', 'intake', /is not name=http/],
    ['a target that is not http', 'intake=ftp://host', /is not name=http/],
    ['an unknown service', 'billing=http://x:1', /unknown service "billing"; known: intake/],
    ['a prefix with pattern characters', '/api/:id=http://x:1', /must be \/segments/],
  ])('refuses %s', (_, spec, message) => {
    expect(() => parseGatewayRoutes(spec)).toThrow(message);
  });
});

describe('routeFor', () => {
  const routes: GatewayRoute[] = [
    { prefix: '/api/applications', service: 'intake', target: 'http://intake' },
    { prefix: '/api/applications/exports', service: 'audit', target: 'http://audit' },
  ];

  it('covers the prefix itself and paths below it, not paths that only start alike', () => {
    expect(routeFor(routes, '/api/applications')?.service).toBe('intake');
    expect(routeFor(routes, '/api/applications/a-1/submit')?.service).toBe('intake');
    expect(routeFor(routes, '/api/applicationsX')).toBeUndefined();
    expect(routeFor(routes, '/api')).toBeUndefined();
  });

  it('prefers the longest prefix', () => {
    expect(routeFor(routes, '/api/applications/exports/2026')?.service).toBe('audit');
  });
});
