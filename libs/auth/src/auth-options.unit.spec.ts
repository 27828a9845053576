import { authOptionsFromEnv } from './auth-options';
import { DEFAULT_AUTH_RATE_LIMITS } from './client-rate-limit';

describe('authOptionsFromEnv', () => {
  it('wants a real issuer unless the development provider is asked for explicitly', () => {
    expect(() => authOptionsFromEnv({})).toThrow(/AUTH_ISSUER and AUTH_AUDIENCE are required/);
    expect(() => authOptionsFromEnv({ AUTH_MODE: 'dev' })).toThrow(/AUTH_MODE must be "oidc" or "development", not "dev"/);
    expect(authOptionsFromEnv({ AUTH_MODE: 'development' }).mode).toBe('embedded');
    // The name it had before still means the same.
    expect(authOptionsFromEnv({ AUTH_MODE: 'embedded' }).mode).toBe('embedded');
  });

  it('runs the development provider by default only where asked to and never under NODE_ENV=production', () => {
    // `npm start` on a laptop.
    expect(authOptionsFromEnv({}, { developmentByDefault: true }).mode).toBe('embedded');
    // The production image (NODE_ENV=production): an issuer, or a refusal that says what to set.
    expect(() => authOptionsFromEnv({ NODE_ENV: 'production' }, { developmentByDefault: true })).toThrow(
      /AUTH_ISSUER and AUTH_AUDIENCE are required.*NODE_ENV=production never starts the development identity provider.*AUTH_MODE=development/,
    );
    expect(authOptionsFromEnv({ NODE_ENV: 'production', AUTH_ISSUER: 'https://id.example', AUTH_AUDIENCE: 'hpc-access' }, { developmentByDefault: true }).mode).toBe('oidc');
    // Asked for explicitly, it runs even there (and says so at start: DevIdentityProviderModule).
    expect(authOptionsFromEnv({ NODE_ENV: 'production', AUTH_MODE: 'development' }, { developmentByDefault: true }).mode).toBe('embedded');
  });

  it('reads the rate limits as <count>/<seconds>, with defaults', () => {
    expect(authOptionsFromEnv({ AUTH_MODE: 'development' }).rateLimits).toEqual(DEFAULT_AUTH_RATE_LIMITS);
    expect(authOptionsFromEnv({ AUTH_MODE: 'development', AUTH_FAILURE_RATE_LIMIT: '5/30', AUTH_TOKEN_RATE_LIMIT: ' 10 / 1 ' }).rateLimits).toEqual({
      failedAuthentications: { points: 5, durationSeconds: 30 },
      tokens: { points: 10, durationSeconds: 1 },
    });
    expect(() => authOptionsFromEnv({ AUTH_MODE: 'development', AUTH_FAILURE_RATE_LIMIT: '5' })).toThrow('AUTH_FAILURE_RATE_LIMIT must be <count>/<seconds> with both at least 1, e.g. 60/60, not "5"');
    expect(() => authOptionsFromEnv({ AUTH_MODE: 'development', AUTH_TOKEN_RATE_LIMIT: '0/60' })).toThrow(/AUTH_TOKEN_RATE_LIMIT must be/);
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
      rateLimits: DEFAULT_AUTH_RATE_LIMITS,
    });
  });

  it('requires typ at+jwt unless AUTH_REQUIRE_AT_JWT=false', () => {
    const oidc = { AUTH_ISSUER: 'https://id.example/realms/hpc', AUTH_AUDIENCE: 'hpc-access' };
    expect(authOptionsFromEnv(oidc)).not.toHaveProperty('requireAccessTokenType');
    expect(authOptionsFromEnv({ ...oidc, AUTH_REQUIRE_AT_JWT: 'false' })).toMatchObject({ requireAccessTokenType: false });
    expect(authOptionsFromEnv({ ...oidc, AUTH_REQUIRE_AT_JWT: 'TRUE' })).toMatchObject({ requireAccessTokenType: true });
    expect(() => authOptionsFromEnv({ ...oidc, AUTH_REQUIRE_AT_JWT: 'no' })).toThrow('AUTH_REQUIRE_AT_JWT must be "true" or "false", not "no"');
  });

  it('derives the embedded issuer base from PORT when PUBLIC_BASE_URL is not set', () => {
    expect(authOptionsFromEnv({ AUTH_MODE: 'development', PORT: '8080', DATA_DIR: '/var/lib/hpc' })).toEqual({
      mode: 'embedded',
      publicBaseUrl: 'http://localhost:8080',
      dataDir: '/var/lib/hpc',
      audience: 'hpc-access',
      rateLimits: DEFAULT_AUTH_RATE_LIMITS,
    });
  });

  it('rejects a token lifetime that is not a positive integer', () => {
    expect(() => authOptionsFromEnv({ AUTH_MODE: 'embedded', AUTH_TOKEN_TTL_SECONDS: '1.5' })).toThrow(/AUTH_TOKEN_TTL_SECONDS/);
  });
});
