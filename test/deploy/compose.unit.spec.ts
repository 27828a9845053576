import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

// No Docker engine runs here, but the Compose file must stay valid for those who have one.
describe('docker-compose.yml', () => {
  it('parses with docker-compose, and runs every service and the gateway with health checks', () => {
    const run = spawnSync('docker-compose', ['-f', join(root, 'docker-compose.yml'), 'config'], { encoding: 'utf8' });
    if (run.error) throw new Error(`docker-compose is needed to check the Compose file (apt-get install -y docker-compose): ${run.error.message}`);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    for (const service of ['postgres', 'kafka', 'kurrentdb', 'intake', 'governance-pledges', 'ethics-review', 'allocation', 'accounting', 'notifications', 'audit', 'gateway']) {
      expect(run.stdout).toContain(`  ${service}:\n`);
    }
    expect(run.stdout.match(/healthcheck:/g)?.length).toBeGreaterThanOrEqual(10);
  });

  it('starts a compiled entry point that exists for every service it names', () => {
    const compose = readFileSync(join(root, 'docker-compose.yml'), 'utf8');
    const entries = [...compose.matchAll(/dist\/services\/([a-z-]+)\/src\/main\.js/g)].map((m) => m[1]);
    expect(entries.sort()).toEqual(['accounting', 'allocation', 'audit', 'ethics-review', 'gateway', 'governance-pledges', 'intake', 'notifications']);
    for (const service of entries) expect(() => readFileSync(join(root, 'services', service, 'src', 'main.ts'))).not.toThrow();
  });
});
