import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPglite } from '@hpc-access/sql';
import { organisationBody } from '@hpc-access/service-testing';
import { buildCompiledTree, freePort } from '@hpc-access/testing';
import { stopProcess, waitUntilReady } from '../distributed/processes';
import { exitCodeWithin, runEntry, type EntryProcess } from '../testing-only/entry-process';

interface Platform extends EntryProcess {
  port: number;
}

/** `npm start`'s entry point (the compiled main) on `dataDir`, as a process of its own. */
async function startMain(dataDir: string): Promise<Platform> {
  const port = await freePort();
  const env = { NODE_ENV: 'test', LOG_LEVEL: 'warn', DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' };
  return { ...runEntry('dist-test/services/platform/src/main.js', env), port };
}

async function ready(platform: Platform): Promise<string> {
  const baseUrl = `http://127.0.0.1:${platform.port}`;
  try {
    await waitUntilReady(`${baseUrl}/health/ready`, 90_000, platform.child);
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${platform.output()}`);
  }
  return baseUrl;
}

async function officerToken(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'intake-officer' }) });
  expect(response.status).toBe(200);
  return ((await response.json()) as { access_token: string }).access_token;
}

async function register(baseUrl: string, token: string, organisationId: string): Promise<void> {
  const response = await fetch(`${baseUrl}/api/organisations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(organisationBody({ organisationId })),
  });
  expect(response.status).toBe(201);
}

async function readable(baseUrl: string, token: string, organisationId: string): Promise<number> {
  return (await fetch(`${baseUrl}/api/organisations/${organisationId}`, { headers: { authorization: `Bearer ${token}` } })).status;
}

/**
 * Every file under `dir` with its size. Not the times: the first process's checkpointer writes the
 * WAL when it likes.
 */
function snapshot(dir: string): Record<string, number> {
  const files: Record<string, number> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[path.slice(dir.length)] = statSync(path).size;
  }
  return files;
}

/** The directory once the first process has stopped writing to it (its read models caught up). */
async function quiet(dir: string): Promise<Record<string, number>> {
  const deadline = Date.now() + 60_000;
  for (let last = snapshot(dir); ; ) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const now = snapshot(dir);
    if (JSON.stringify(now) === JSON.stringify(last)) return now;
    if (Date.now() > deadline) throw new Error(`${dir} still changing after 60 s`);
    last = now;
  }
}

/** The intake log as the next process sees it: every registration once, positions unique. */
async function intakeLog(dataDir: string): Promise<{ registered: string[]; positions: number; distinct: number }> {
  const db = await openPglite(join(dataDir, 'pglite'));
  try {
    const { rows } = await db.query<{ stream_id: string; global_position: string }>(`SELECT stream_id, global_position::text FROM intake.events WHERE type = 'OrganisationRegistered' ORDER BY global_position`);
    const all = await db.query<{ n: number; d: number }>('SELECT count(*)::int AS n, count(DISTINCT global_position)::int AS d FROM intake.events');
    return { registered: rows.map((r) => r.stream_id), positions: all.rows[0].n, distinct: all.rows[0].d };
  } finally {
    await db.close();
  }
}

// Issue 12, point 4: one process per data directory, and a directory that cannot be opened says why.
describe('npm start on a data directory', () => {
  const dirs: string[] = [];
  const running: Platform[] = [];
  const scratch = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'hpc-access-datadir-'));
    dirs.push(dir);
    return dir;
  };

  beforeAll(() => buildCompiledTree(), 300_000);
  afterAll(async () => {
    for (const platform of running) await stopProcess(platform.child, 'SIGKILL');
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('a second process on a directory in use exits non-zero at once, touching nothing; the first keeps serving with all its events', async () => {
    const dataDir = join(scratch(), 'data');
    const firstStarted = Date.now();
    const first = await startMain(dataDir);
    running.push(first);
    const baseUrl = await ready(first);
    const firstStartMs = Date.now() - firstStarted;
    const token = await officerToken(baseUrl);
    await register(baseUrl, token, 'org-before');

    const before = await quiet(dataDir);
    const startedAt = Date.now();
    const second = await startMain(dataDir);
    running.push(second);
    expect(await exitCodeWithin(second, 20_000)).not.toBe(0);
    expect(second.output()).toContain(`data directory ${dataDir}: in use by another HPC Access process (pid ${first.child.pid})`);
    expect(second.output()).toContain('DATA_DIR');
    // "At once": it stops before opening the database and building the app, which the first took
    // (wall-clock times on a shared machine: compared with each other, not with a constant).
    expect(Date.now() - startedAt).toBeLessThan(firstStartMs);
    // Nothing of the second is in the directory (the first was quiet): no file it created or grew,
    // the lock still names the first.
    expect(snapshot(dataDir)).toEqual(before);
    expect(readFileSync(join(dataDir, '.lock'), 'utf8')).toBe(`${first.child.pid}\n`);

    await register(baseUrl, token, 'org-after');
    expect(await readable(baseUrl, token, 'org-before')).toBe(200);
    expect(await readable(baseUrl, token, 'org-after')).toBe(200);
    await stopProcess(first.child, 'SIGTERM');
    const log = await intakeLog(dataDir);
    expect(log.registered).toEqual(['organisation-org-before', 'organisation-org-after']);
    expect(log.distinct).toBe(log.positions);
  }, 240_000);

  it('after a process killed with SIGKILL the next one starts at once on the same directory, its data there', async () => {
    const dataDir = join(scratch(), 'data');
    const first = await startMain(dataDir);
    running.push(first);
    const token = await officerToken(await ready(first));
    await register(`http://127.0.0.1:${first.port}`, token, 'org-killed');
    await stopProcess(first.child, 'SIGKILL');

    const next = await startMain(dataDir);
    running.push(next);
    const baseUrl = await ready(next);
    expect(await readable(baseUrl, await officerToken(baseUrl), 'org-killed')).toBe(200);
    await stopProcess(next.child, 'SIGTERM');
  }, 240_000);

  it('a data directory that is a file (cannot be written, as root too) exits non-zero naming it and what to do', async () => {
    const dataDir = join(scratch(), 'data');
    writeFileSync(dataDir, 'not a directory\n');
    const platform = await startMain(dataDir);
    running.push(platform);
    expect(await exitCodeWithin(platform, 20_000)).not.toBe(0);
    expect(platform.output()).toContain(`data directory ${dataDir}: cannot be written (not a directory`);
    expect(platform.output()).toContain('point DATA_DIR at one that is');
    expect(platform.output()).not.toContain('Aborted()\n');
  }, 60_000);

  it('a read-only data directory exits non-zero naming it and what to do', async () => {
    const parent = scratch();
    const dataDir = join(parent, 'data');
    mkdirSync(dataDir);
    // Root writes through any mode: as root the directory becomes a read-only bind mount instead.
    const root = process.getuid?.() === 0;
    if (root) {
      execFileSync('mount', ['--bind', dataDir, dataDir]);
      execFileSync('mount', ['-o', 'remount,ro,bind', dataDir]);
    } else {
      chmodSync(dataDir, 0o555);
    }
    try {
      const platform = await startMain(dataDir);
      running.push(platform);
      expect(await exitCodeWithin(platform, 20_000)).not.toBe(0);
      expect(platform.output()).toContain(`data directory ${dataDir}: cannot be written (${root ? 'read-only file system: EROFS' : 'no permission: EACCES'}`);
      expect(platform.output()).toContain('not mounted read-only');
    } finally {
      if (root) execFileSync('umount', [dataDir]);
    }
  }, 60_000);

  it.each([
    ['its control file garbled', 'global/pg_control', (path: string) => writeFileSync(path, Buffer.alloc(8192, 0x5a))],
    ['its control file truncated', 'global/pg_control', (path: string) => writeFileSync(path, '')],
  ])('a data directory with %s exits non-zero naming it, the damage and what to do', async (_, file, damage) => {
    const dataDir = join(scratch(), 'data');
    mkdirSync(dataDir);
    const db = await openPglite(join(dataDir, 'pglite'));
    await db.query('CREATE TABLE kept (x text)');
    await db.close();
    const copy = join(scratch(), 'copy');
    cpSync(dataDir, copy, { recursive: true });
    damage(join(copy, 'pglite', file));

    const platform = await startMain(copy);
    running.push(platform);
    expect(await exitCodeWithin(platform, 60_000)).not.toBe(0);
    expect(platform.output()).toContain(`data directory ${join(copy, 'pglite')}: cannot be opened as a database`);
    expect(platform.output()).toContain('restore it from a backup');
  }, 120_000);
});
