import { distributedAuth } from './distributed-auth';

describe('the launcher\'s identity provider', () => {
  it('refuses to start without an issuer unless AUTH_MODE=development is asked for', () => {
    expect(() => distributedAuth({ KAFKA_BROKERS: 'k:9092' }, 'http://127.0.0.1:3000')).toThrow(/AUTH_ISSUER and AUTH_AUDIENCE are required.*AUTH_MODE=development/);
  });

  it('passes a real issuer through to every process untouched', () => {
    expect(distributedAuth({ AUTH_ISSUER: 'https://id.example/realms/hpc', AUTH_AUDIENCE: 'hpc-access' }, 'http://127.0.0.1:3000')).toEqual({ services: {}, gateway: {}, development: false });
  });

  it('with AUTH_MODE=development, the gateway issues and the services trust it as their OIDC issuer', () => {
    expect(distributedAuth({ AUTH_MODE: 'development', DATA_DIR: '/tmp/d' }, 'http://127.0.0.1:3000')).toEqual({
      services: { AUTH_MODE: 'oidc', AUTH_ISSUER: 'http://127.0.0.1:3000/api/dev', AUTH_AUDIENCE: 'hpc-access' },
      gateway: { AUTH_MODE: 'development', PUBLIC_BASE_URL: 'http://127.0.0.1:3000', DATA_DIR: '/tmp/d' },
      development: true,
    });
  });
});
