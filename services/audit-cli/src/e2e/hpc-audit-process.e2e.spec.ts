import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCompiledTree, createScratchPostgresDatabase, REPO_ROOT, type ScratchPostgresDatabase } from '@hpc-access/testing';
import { openPostgres, type Database } from '@hpc-access/sql';
import { auditedStore, HostileDba, type AuditedStore } from '../testing-only/audited-store';

const BIN = join(REPO_ROOT, 'services', 'audit-cli', 'bin', 'hpc-audit.js');
// Two hashing threads whatever the size (a bundle this small is checked on the reading thread by default).
const hpcAudit = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, HPC_DIST_DIR: 'dist-test', HPC_AUDIT_HASH_THREADS: '2' } });

// The tool as an auditor starts it (bin/hpc-audit.js, compiled): its pages (rows of a database,
// lines of a bundle) are hashed on worker threads, which ts-jest cannot start, so this is where
// that path is proven.
describe('the hpc-audit process', () => {
  let scratch: ScratchPostgresDatabase;
  let db: Database;
  let store: AuditedStore;

  beforeAll(async () => {
    buildCompiledTree();
    scratch = await createScratchPostgresDatabase();
    db = openPostgres({ connectionString: scratch.url, max: 2 });
    store = await auditedStore(db, 'intake', 6);
  }, 180_000);
  afterAll(async () => {
    await db?.close();
    await scratch?.drop();
  });

  it('verifies a store on worker threads (pages of 4 events, so that several threads share them) and exits 0', () => {
    const run = hpcAudit('verify', '--database', scratch.url, '--page-size', '4', '--json');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, events: 30, streams: 6 });
    expect(run.stderr).toMatch(/hpc-audit verify: 30\/30 events \(100%\)/);
  });

  it('exports a bundle and verifies it on worker threads; an edited line is named', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hpc-audit-process-'));
    try {
      const file = join(dir, 'bundle.jsonl');
      expect(hpcAudit('export', '--database', scratch.url, '--out', file).status).toBe(0);
      const verified = hpcAudit('verify', '--bundle', file, '--page-size', '4', '--json');
      expect(verified.status).toBe(0);
      expect(JSON.parse(verified.stdout)).toMatchObject({ ok: true, events: 30, streams: 6 });
      const victim = store.streams.get('application-2')![2];
      writeFileSync(file, readFileSync(file, 'utf8').replace(new RegExp(`("event_id":"${victim}","type":")([A-Za-z]+)`), '$1Forged'));
      const altered = hpcAudit('verify', '--bundle', file, '--page-size', '4');
      expect(altered.status).toBe(1);
      expect(altered.stdout).toContain(`The first event that does not match: intake stream application-2 position 2 (event ${victim}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the edited event from the hashes the threads computed, and exits 1', async () => {
    const edited = store.streams.get('application-5')![3];
    await new HostileDba(db, 'intake').editMetadata(edited);
    const run = hpcAudit('verify', '--database', scratch.url, '--page-size', '4');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`The first event that does not match: intake stream application-5 position 3 (event ${edited}`);
    expect(run.stdout).toContain('hash mismatch');
  });
});
