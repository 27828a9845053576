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

  it('gives a read that hangs at most one poll, keeps the last verdict, and polls on', async () => {
    const storage = new StorageState();
    let reads = 0;
    const hanging = { ...db, query: () => { reads++; return new Promise(() => undefined); } } as unknown as Database;
    const watch = new HistoryVerdictWatch(hanging, { auditSchema: 'verdict_audit', pollMs: 50, logger, storage });
    const started = Date.now();
    expect(await watch.poll()).toBeNull();
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    expect(logged.at(-1)).toMatchObject({ level: 'warn', message: expect.stringContaining('could not be read') });
    await watch.start();
    try {
      const deadline = Date.now() + 10_000;
      while (reads < 5 && Date.now() < deadline) await new Promise((resolve) => setImmediate(resolve));
      expect(reads).toBeGreaterThanOrEqual(5);
    } finally {
      watch.stop();
    }
  });

  it('applies a recorded verdict within two polls (the bound of ADR 28), running on its own timer', async () => {
    const storage = new StorageState();
    await db.query('CREATE SCHEMA IF NOT EXISTS verdict_lag');
    await db.query('CREATE TABLE IF NOT EXISTS verdict_lag.history_verdict (id integer PRIMARY KEY CHECK (id = 1), altered text, checked_at timestamptz NOT NULL)');
    const pollMs = 200;
    const watch = new HistoryVerdictWatch(db, { auditSchema: 'verdict_lag', pollMs, logger, storage });
    await watch.start();
    try {
      expect(storage.refused).toBeNull();
      await db.query(`INSERT INTO verdict_lag.history_verdict VALUES (1, 'event e2 is gone', now())`);
      const recorded = Date.now();
      // Scheduling on a shared machine adds to the bound; the deadline is generous, the measure is reported.
      while (storage.refused === null && Date.now() - recorded < 10 * pollMs) await new Promise((resolve) => setImmediate(resolve));
      expect(storage.refused).toBe('history-altered: event e2 is gone');
      expect(Date.now() - recorded).toBeLessThan(2 * pollMs + 1_000);
    } finally {
      watch.stop();
    }
  });

  it('refuses a poll period that is not a whole number of milliseconds above 0', () => {
    for (const pollMs of [Number.NaN, 0, -5, 2.5]) {
      expect(() => new HistoryVerdictWatch(db, { auditSchema: 'verdict_audit', pollMs, logger })).toThrow(/^HISTORY_VERDICT_POLL_MS must be a whole number of milliseconds above 0/);
    }
  });
});
