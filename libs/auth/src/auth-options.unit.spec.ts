import { authOptionsFromEnv } from './auth-options';

describe('authOptionsFromEnv', () => {
  it('wants a real issuer unless embedded mode is asked for explicitly', () => {
    expect(() => authOptionsFromEnv({})).toThrow(/AUTH_ISSUER and AUTH_AUDIENCE are required/);
    expect(() => authOptionsFromEnv({ AUTH_MODE: 'dev' })).toThrow(/AUTH_MODE must be/);
  });

  it('reads an OIDC issuer with its claim paths', () => {
    expect(
      authOptionsFromEnv({
        AUTH_ISSUER: 'https://id.example/realms/hpc',
        AUTH_AUDIENCE: 'hpc-access, hpc-gateway',
        AUTH_JWKS_URI: 'https://id.example/certs',
        AUTH_ROLES_CLAIM: 'realm_access.roles',
        AUTH_ORGANISATION_CLAIM: 'organisation',
        AUTH_CLOCK_TOLERANCE_SECONDS: '0',
      }),
    ).toEqual({
      mode: 'oidc',
      issuer: 'https://id.example/realms/hpc',
      audience: ['hpc-access', 'hpc-gateway'],
      jwksUri: 'https://id.example/certs',
      claims: { rolesClaim: 'realm_access.roles', organisationClaim: 'organisation' },
      clockToleranceSeconds: 0,
    });
  });

  it('derives the embedded issuer base from PORT when PUBLIC_BASE_URL is not set', () => {
    expect(authOptionsFromEnv({ AUTH_MODE: 'embedded', PORT: '8080', DATA_DIR: '/var/lib/hpc' })).toEqual({
      mode: 'embedded',
      publicBaseUrl: 'http://localhost:8080',
      dataDir: '/var/lib/hpc',
      audience: 'hpc-access',
    });
  });

  it('rejects a token lifetime that is not a positive integer', () => {
    expect(() => authOptionsFromEnv({ AUTH_MODE: 'embedded', AUTH_TOKEN_TTL_SECONDS: '1.5' })).toThrow(/AUTH_TOKEN_TTL_SECONDS/);
  });
});
