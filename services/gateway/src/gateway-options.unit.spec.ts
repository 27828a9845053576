import { gatewayOptionsFromEnv } from './gateway-options';

describe('gatewayOptionsFromEnv', () => {
  const oidc = { AUTH_ISSUER: 'https://id.example/realms/hpc', AUTH_AUDIENCE: 'hpc-access' };

  it('reads routes, timeout and the identity provider', () => {
    expect(gatewayOptionsFromEnv({ ...oidc, GATEWAY_ROUTES: 'intake=http://127.0.0.1:3101', GATEWAY_UPSTREAM_TIMEOUT_MS: '5000' })).toMatchObject({
      auth: { mode: 'oidc', issuer: oidc.AUTH_ISSUER },
      routes: [{ prefix: '/api/applications', service: 'intake' }, { prefix: '/api/organisations', service: 'intake' }, { prefix: '/api/persons', service: 'intake' }, { prefix: '/api/intake', service: 'intake' }],
      upstreamTimeoutMs: 5000,
    });
  });

  it('refuses to start without routes or with a nonsense timeout', () => {
    expect(() => gatewayOptionsFromEnv({ ...oidc })).toThrow(/GATEWAY_ROUTES is required/);
    expect(() => gatewayOptionsFromEnv({ ...oidc, GATEWAY_ROUTES: 'intake=http://x:1', GATEWAY_UPSTREAM_TIMEOUT_MS: 'soon' })).toThrow(/positive integer/);
  });

  it('refuses to start without an issuer unless embedded mode is asked for', () => {
    expect(() => gatewayOptionsFromEnv({ GATEWAY_ROUTES: 'intake=http://x:1' })).toThrow(/AUTH_ISSUER/);
    expect(gatewayOptionsFromEnv({ GATEWAY_ROUTES: 'intake=http://x:1', AUTH_MODE: 'development' }).auth.mode).toBe('embedded');
  });
});
