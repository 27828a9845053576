import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateEventStore, PostgresEventStore } from '@hpc-access/eventstore-postgres';
import { findRepoFile, loadSqlMigrations, lockDataDirectory, openPglite, openPostgres, runMigrations, type Database } from '@hpc-access/sql';
import { anEvent, assertPgliteCanRunUnderJest, createScratchPostgresDatabase, type ScratchPostgresDatabase } from '@hpc-access/testing';
import { runRebuildCli } from './rebuild-cli';
import { withRebuildLock } from './rebuild-lock';

/** Ethics review's schema with three registered reviewers, as a platform that ran would leave it. */
async function seedEthics(db: Database): Promise<void> {
  await migrateEventStore(db, 'ethics');
  await runMigrations(db, 'ethics', loadSqlMigrations(findRepoFile('infra/migrations/ethics-review'), 'ethics-review'));
  const store = new PostgresEventStore(db, { schema: 'ethics' });
  for (const id of ['r-1', 'r-2', 'r-3']) {
    await store.appendToStream(`reviewer-${id}`, [anEvent('ReviewerRegistered', { reviewerId: id, organisationId: 'org-1', expertise: ['ai'], registeredAt: '2026-01-01T00:00:00.000Z' })]);
  }
}

const reviewerIds = async (db: Database) => (await db.query<{ reviewer_id: string }>('SELECT reviewer_id FROM ethics.ethics_reviewers ORDER BY 1')).rows.map((r) => r.reviewer_id);

describe('npm run rebuild on an embedded data directory', () => {
  let dataDir: string;
  beforeAll(async () => {
    assertPgliteCanRunUnderJest();
    dataDir = mkdtempSync(join(tmpdir(), 'hpc-rebuild-'));
    const db = await openPglite(join(dataDir, 'pglite'));
    await seedEthics(db);
    await db.close();
  }, 60_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('rebuilds every projection of the service while the platform is stopped, with progress on stderr', async () => {
    const lines: string[] = [];
    expect(await runRebuildCli(['ethics-review'], { DATA_DIR: dataDir }, (line) => lines.push(line))).toBe(0);
    expect(lines).toEqual(expect.arrayContaining([
      expect.stringMatching(/^ethics-review\.reviewers replaying 3\/3 events \(100%\), \d+ events\/s$/),
      'ethics-review.case-summaries: rebuilt from 3 events',
      'ethics-review.reviewers: rebuilt from 3 events',
    ]));
    const db = await openPglite(join(dataDir, 'pglite'));
    try {
      expect(await reviewerIds(db)).toEqual(['r-1', 'r-2', 'r-3']);
    } finally {
      await db.close();
    }
  }, 60_000);

  it('leaves a data directory a running platform holds, pointing at the platform\'s route', async () => {
    const lock = lockDataDirectory(dataDir);
    const lines: string[] = [];
    try {
      expect(await runRebuildCli(['ethics-review', 'ethics-review.reviewers'], { DATA_DIR: dataDir }, (line) => lines.push(line))).toBe(1);
    } finally {
      lock.release();
    }
    expect(lines.join('\n')).toContain('POST /api/admin/rebuild/ethics-review/ethics-review.reviewers');
  });

  it('answers a wrong projection name with the valid ones, and no arguments with its usage', async () => {
    const lines: string[] = [];
    expect(await runRebuildCli(['ethics-review', 'reviewers'], { DATA_DIR: dataDir }, (line) => lines.push(line))).toBe(2);
    expect(lines).toEqual(['service ethics-review has no projection named "reviewers"; its projections: ethics-review.case-summaries, ethics-review.reviewers']);
    const usage: string[] = [];
    expect(await runRebuildCli([], {}, (line) => usage.push(line))).toBe(2);
    expect(usage[0]).toContain('usage: npm run rebuild -- <service> [projection]');
  });
});

describe('npm run rebuild on PostgreSQL (distributed mode)', () => {
  let scratch: ScratchPostgresDatabase;
  let db: Database;
  beforeAll(async () => {
    scratch = await createScratchPostgresDatabase();
    db = openPostgres({ connectionString: scratch.url, max: 4 });
    await seedEthics(db);
  }, 60_000);
  afterAll(async () => {
    await db?.close();
    await scratch?.drop();
  });

  it('rebuilds the named projection through DATABASE_URL', async () => {
    const lines: string[] = [];
    expect(await runRebuildCli(['ethics-review', 'ethics-review.reviewers'], { DATABASE_URL: scratch.url }, (line) => lines.push(line))).toBe(0);
    expect(lines.at(-1)).toBe('ethics-review.reviewers: rebuilt from 3 events');
    expect(await reviewerIds(db)).toEqual(['r-1', 'r-2', 'r-3']);
  });

  it('refuses a second rebuild of the same schema while one runs (another command holds the lock), then runs once it is done', async () => {
    const lines: string[] = [];
    const code = await withRebuildLock(scratch.url, 'ethics', () => runRebuildCli(['ethics-review', 'ethics-review.reviewers'], { DATABASE_URL: scratch.url }, (line) => lines.push(line)));
    expect(code).toBe(1);
    expect(lines).toEqual([expect.stringMatching(/^a rebuild of schema ethics is already running on this database \(server process \d+\): start the next when it is done$/)]);
    expect(await db.query('SELECT 1 FROM information_schema.schemata WHERE schema_name = $1', ['ethics_rebuild'])).toMatchObject({ rows: [] });
    const after: string[] = [];
    expect(await runRebuildCli(['ethics-review', 'ethics-review.reviewers'], { DATABASE_URL: scratch.url }, (line) => after.push(line))).toBe(0);
  });

  it('lets two commands started at once on one schema both end cleanly: one rebuilds, any other is refused, never a shared shadow', async () => {
    const lines: string[][] = [[], []];
    const codes = await Promise.all(lines.map((out) => runRebuildCli(['ethics-review'], { DATABASE_URL: scratch.url }, (line) => out.push(line))));
    expect(codes).toContain(0);
    for (const [i, code] of codes.entries()) {
      if (code !== 0) expect(lines[i]).toEqual([expect.stringContaining('a rebuild of schema ethics is already running')]);
    }
    expect(await reviewerIds(db)).toEqual(['r-1', 'r-2', 'r-3']);
  });

  it('refuses a projection that cannot be rebuilt in a shadow schema, saying why', async () => {
    const lines: string[] = [];
    expect(await runRebuildCli(['allocation', 'allocation.capacity'], { DATABASE_URL: scratch.url }, (line) => lines.push(line))).toBe(2);
    expect(lines[0]).toContain('projection allocation.capacity does not name its tables');
  });
});

describe('npm run rebuild on a database the service never ran on', () => {
  let scratch: ScratchPostgresDatabase;
  beforeAll(async () => {
    scratch = await createScratchPostgresDatabase();
  }, 60_000);
  afterAll(() => scratch?.drop());

  it('says the service has not run there, instead of failing half-way', async () => {
    const lines: string[] = [];
    expect(await runRebuildCli(['accounting'], { DATABASE_URL: scratch.url }, (line) => lines.push(line))).toBe(1);
    expect(lines).toEqual(['rebuild failed: accounting.events does not exist: the service has not run its migrations on this database (start it once)']);
  });
});
