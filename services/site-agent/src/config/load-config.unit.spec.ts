import 'reflect-metadata';
import { ConfigError, resolveConfig } from './load-config';

const valid = () => ({
  platform: { baseUrl: 'https://hpc-access.example.eu/', siteId: 'cineca' },
  auth: { issuer: 'https://idp.example.eu/realms/hpc', clientId: 'site-agent-cineca' },
  slurm: { system: 'leonardo', cluster: 'leonardo' },
  partitions: [{ name: 'booster', billing: 'gpu' }, { name: 'dcgp', billing: 'weight', weight: 0.5 }],
  usage: { startFrom: '2026-12-01T00:00:00Z' },
  listen: { port: 9464 },
  stateDir: '/var/lib/hpc-site-agent',
});
const env = { HPC_SITE_AGENT_CLIENT_SECRET: 's3cret' };
const problems = (raw: unknown, withEnv: Record<string, string> = env) => {
  try {
    resolveConfig(raw, 'agent.json', withEnv);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('accepted');
};

describe('the agent configuration', () => {
  it('fills in the defaults and reads the secret from the environment', () => {
    const config = resolveConfig(valid(), 'agent.json', env);
    expect(config).toMatchObject({
      platform: { baseUrl: 'https://hpc-access.example.eu', siteId: 'cineca', requestTimeoutMs: 30_000 },
      auth: { issuer: 'https://idp.example.eu/realms/hpc', clientSecret: 's3cret', clientAuthMethod: 'client_secret_basic' },
      slurm: { sacctmgr: 'sacctmgr', sacct: 'sacct', projectAccountPrefix: 'ehpc-' },
      partitions: [{ name: 'booster', billing: 'gpu', weight: 1 }, { name: 'dcgp', billing: 'weight', weight: 0.5 }],
      usage: { settleSeconds: 60, batchSize: 500, windowSeconds: 86_400 },
      listen: { host: '127.0.0.1', port: 9464 },
      pollIntervalMs: 60_000,
    });
    expect(config.usage.startFrom.toISOString()).toBe('2026-12-01T00:00:00.000Z');
  });

  it('names each wrong field and why', () => {
    const raw = { ...valid(), platform: { baseUrl: 'ftp://x', siteId: 'CINECA' }, usage: { startFrom: '2026-12-01T00:00:00' }, partitions: [{ name: 'booster', billing: 'flat' }], extra: 1 };
    const message = problems(raw);
    expect(message).toContain('platform.baseUrl: must be an http(s) URL');
    expect(message).toContain('platform.siteId: must be a site id such as cineca');
    expect(message).toContain('usage.startFrom: must name its zone (Z or +01:00)');
    expect(message).toContain('partitions[0].billing: must be gpu or weight');
    expect(message).toContain('extra: is not a known setting');
  });

  it('requires each section, and one source of the client secret', () => {
    const { auth: _auth, ...withoutAuth } = valid();
    expect(problems(withoutAuth)).toContain('auth: is required');
    expect(problems(valid(), {})).toContain('no client secret: set HPC_SITE_AGENT_CLIENT_SECRET, or give auth.clientSecretFile');
    expect(problems({ ...valid(), auth: { ...valid().auth, clientSecretFile: '/etc/secret', clientSecretEnv: 'X' } })).toContain('give clientSecretFile or clientSecretEnv, not both');
  });

  it('refuses a partition listed twice and a relative state directory', () => {
    expect(problems({ ...valid(), partitions: [{ name: 'booster', billing: 'gpu' }, { name: 'booster', billing: 'weight' }] })).toContain('partitions: booster is listed twice');
    expect(problems({ ...valid(), stateDir: 'state' })).toContain('stateDir: must be an absolute path');
  });
});
