import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

/** Each service's block of `docker-compose config` (services sorted, two-space indent). */
function composeServices(): Map<string, string> {
  const run = spawnSync('docker-compose', ['-f', join(root, 'docker-compose.yml'), 'config'], { encoding: 'utf8' });
  if (run.error) throw new Error(`docker-compose is needed to check the Compose file (apt-get install -y docker-compose): ${run.error.message}`);
  expect(run.status).toBe(0);
  const services = run.stdout.slice(run.stdout.search(/^services:\n/m));
  const blocks = new Map<string, string>();
  for (const block of services.split(/\n(?=  [a-z][a-z0-9-]*:\n)/).slice(1)) {
    const name = /^ {2}([a-z][a-z0-9-]*):/.exec(block)?.[1];
    // A block ends where the next top-level key starts.
    if (name) blocks.set(name, block.split(/\n(?=[a-z])/)[0]);
  }
  return blocks;
}

// What the Compose file and the image do outside a laptop (ADR 14).
describe('deployment defaults', () => {
  const services = composeServices();

  it('does not publish PostgreSQL, which trusts every connection inside the Compose network', () => {
    const postgres = services.get('postgres') ?? '';
    expect(postgres).toContain('POSTGRES_HOST_AUTH_METHOD: trust');
    expect(postgres).not.toMatch(/\n {4}ports:/);
  });

  it('publishes ports on 127.0.0.1 only', () => {
    const published = [...services.values()].flatMap((block) => [...block.matchAll(/\n {4}- ([^\n]*:\d+\/tcp)/g)].map((m) => m[1]));
    expect(published.length).toBeGreaterThan(0);
    for (const port of published) expect(port).toMatch(/^127\.0\.0\.1:/);
  });

  it('asks for the development identity provider explicitly wherever it runs, and the services name their issuer', () => {
    expect(services.get('gateway')).toContain('AUTH_MODE: development');
    expect(services.get('platform')).toContain('AUTH_MODE: development');
    for (const name of ['intake', 'governance-pledges', 'ethics-review', 'allocation', 'accounting', 'notifications', 'audit']) {
      expect(services.get(name)).toContain('AUTH_MODE: oidc');
      expect(services.get(name)).toContain('AUTH_ISSUER: http://gateway:3000/api/dev');
    }
  });

  it('builds the image on Node.js 24 with NODE_ENV=production', () => {
    const dockerfile = readFileSync(join(root, 'deploy', 'Dockerfile'), 'utf8');
    const bases = [...dockerfile.matchAll(/^FROM (\S+)/gm)].map((m) => m[1]);
    expect(bases).toEqual(['node:24-bookworm-slim', 'node:24-bookworm-slim']);
    expect(dockerfile).toMatch(/^ENV NODE_ENV=production$/m);
  });
});
