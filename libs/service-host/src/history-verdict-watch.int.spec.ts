import { openPglite, StorageState, type Database } from '@hpc-access/sql';
import { HistoryVerdictWatch } from './history-verdict-watch';

describe('a service process following the audit\'s history verdict (distributed mode)', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openPglite();
  });
  afterAll(() => db.close());

  const logged: { level: string; message: string }[] = [];
  const logger = {
    info: (message: string) => logged.push({ level: 'info', message }),
    warn: (message: string) => logged.push({ level: 'warn', message }),
    error: (message: string) => logged.push({ level: 'error', message }),
  };

  it('refuses appends while the verdict says altered, logs each change once, and resumes when intact again', async () => {
    const storage = new StorageState();
    const watch = new HistoryVerdictWatch(db, { auditSchema: 'verdict_audit', pollMs: 60_000, logger, storage });
    // Audit has not run against this server yet: nothing to refuse.
    expect(await watch.poll()).toBeNull();
    expect(storage.refused).toBeNull();

    await db.query('CREATE SCHEMA verdict_audit');
    await db.query('CREATE TABLE verdict_audit.history_verdict (id integer PRIMARY KEY CHECK (id = 1), altered text, checked_at timestamptz NOT NULL)');
    expect(await watch.poll()).toBeNull();
    await db.query(`INSERT INTO verdict_audit.history_verdict VALUES (1, 'event e1 (intake, stream organisation-org-x, position 1) is gone', now())`);
    await watch.poll();
    await watch.poll();
    expect(storage.refused).toBe('history-altered: event e1 (intake, stream organisation-org-x, position 1) is gone');
    expect(logged.filter((l) => l.level === 'error')).toHaveLength(1);

    await db.query('UPDATE verdict_audit.history_verdict SET altered = NULL');
    expect(await watch.poll()).toBeNull();
    expect(storage.refused).toBeNull();
    expect(logged.map((l) => l.level)).toEqual(['error', 'info']);
  });

  it('keeps the last verdict when it cannot be read for another reason than audit being absent', async () => {
    const storage = new StorageState();
    storage.refuseWrites('history-altered: earlier');
    const failing = { ...db, query: async () => { throw Object.assign(new Error('connection terminated'), { code: '57P01' }); } } as unknown as Database;
    const watch = new HistoryVerdictWatch(failing, { auditSchema: 'verdict_audit', pollMs: 60_000, logger, storage });
    expect(await watch.poll()).toBe('history-altered: earlier');
    expect(storage.refused).toBe('history-altered: earlier');
    expect(logged.at(-1)).toMatchObject({ level: 'warn' });
  });
});
