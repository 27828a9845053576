import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createScratchPostgresDatabase, randomSchemaName, type ScratchPostgresDatabase } from '@hpc-access/testing';
import { openPglite, openPostgres, type Database } from '@hpc-access/sql';
import { runCli } from './run-cli';
import { auditedStore, HostileDba, type AuditedStore } from './testing-only/audited-store';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

// The command line as an auditor types it: exit codes, the report on stdout, progress on stderr.
describe('hpc-audit on the command line', () => {
  let scratch: ScratchPostgresDatabase;
  let db: Database;
  let store: AuditedStore;
  let dir: string;

  beforeAll(async () => {
    scratch = await createScratchPostgresDatabase();
    db = openPostgres({ connectionString: scratch.url, max: 2 });
    store = await auditedStore(db, randomSchemaName(), 2);
    // A second service, so that discovery finds both.
    await auditedStore(db, 'intake', 1);
    dir = mkdtempSync(join(tmpdir(), 'hpc-audit-cli-'));
  }, 30_000);
  afterAll(async () => {
    await db?.close();
    await scratch?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('verifies every service of a database it finds by itself: exit 0, the verdict on stdout, progress on stderr', async () => {
    const { code, stdout, stderr } = await run('verify', '--database', scratch.url);
    expect(code).toBe(0);
    expect(stdout).toContain(`hpc-audit verify: database ${scratch.url}`);
    expect(stdout).toMatch(new RegExp(`15 events in 3 streams \\(intake 5, ${store.schema} 10\\)`));
    expect(stdout).toContain('VERIFIED: every event matches.');
    expect(stdout).toMatch(/not checked: the ledger's signed checkpoints/);
    expect(stderr).toMatch(/^hpc-audit verify: 15\/15 events \(100%\), \d+ events\/s\n$/);
  });

  it('exports a bundle and verifies it offline, --json for machines', async () => {
    const out = join(dir, 'all.jsonl');
    const exported = await run('export', '--database', scratch.url, '--out', out, '--schemas', store.schema);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain(`hpc-audit export: 10 events (${store.schema} 10) written to ${out}`);
    expect(readFileSync(out, 'utf8').split('\n')).toHaveLength(13);
    const verified = await run('verify', '--bundle', out, '--json');
    expect(verified.code).toBe(0);
    expect(JSON.parse(verified.stdout)).toMatchObject({ source: `bundle ${out}`, ok: true, events: 10, findingCount: 0 });
  });

  it('exits 1 and names the first event that does not match', async () => {
    const victim = store.streams.get('application-2')![1];
    await new HostileDba(db, store.schema).editData(victim);
    const { code, stdout } = await run('verify', '--database', scratch.url, '--schemas', store.schema);
    expect(code).toBe(1);
    expect(stdout).toContain('NOT VERIFIED: 1 event(s) do not match.');
    expect(stdout).toMatch(new RegExp(`The first event that does not match: ${store.schema} stream application-2 position 1 \\(event ${victim}, global position \\d+\\): hash mismatch`));
  });

  it.each([
    [['verify'], 'verify takes one of --database, --data-dir or --bundle'],
    [['verify', '--bundle', 'a.jsonl', '--database', 'postgres://x'], 'verify takes one of --database, --data-dir or --bundle'],
    [['export', '--database', 'postgres://x'], 'export needs --out <file>'],
    [['verify', '--bundle', 'a.jsonl', '--schemas', 'intake'], '--schemas selects from a database; a bundle is verified whole'],
    [['verify', '--database', 'mysql://x'], '--database takes a postgres:// URL'],
    [['rewrite', 'x'], 'unknown command "rewrite"'],
    [['replay', 'x'], 'replay takes an entity type and an id'],
    [['prove', 'x'], 'prove: "x" is not an event id'],
    [['verify', '--frobnicate'], 'unknown option "--frobnicate"'],
  ])('exits 2 on a command line it cannot run: %j', async (argv, message) => {
    const { code, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stderr).toContain(`hpc-audit: ${message}`);
    if (!message.includes('postgres://')) expect(stderr).toContain('usage:');
  });

  it('exits 2 when the source cannot be read: no such schema, no server, not a bundle', async () => {
    expect(await run('verify', '--database', scratch.url, '--schemas', 'nowhere')).toMatchObject({ code: 2, stderr: 'hpc-audit: no events table in schema(s) nowhere\n' });
    const unreachable = await run('verify', '--database', 'postgres://postgres@127.0.0.1:1/none');
    expect(unreachable.code).toBe(2);
    expect(unreachable.stderr).toMatch(/^hpc-audit: connect ECONNREFUSED/);
    const notBundle = join(dir, 'not-a-bundle.jsonl');
    writeFileSync(notBundle, '{"hello":"world"}\n');
    expect((await run('verify', '--bundle', notBundle)).code).toBe(2);
  });

  it('reads an embedded data directory, taking its lock', async () => {
    const dataDir = join(dir, 'data');
    mkdirSync(dataDir);
    const pglite = await openPglite(join(dataDir, 'pglite'));
    await auditedStore(pglite, 'intake', 2);
    await pglite.close();
    const { code, stdout } = await run('verify', '--data-dir', dataDir);
    expect(code).toBe(0);
    expect(stdout).toContain('10 events in 2 streams (intake 10)');
  });
});
