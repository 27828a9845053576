import { newEventId } from '@hpc-access/eventsourcing';
import { PostgresEventStore } from '@hpc-access/eventstore-postgres';
import { openPglite, runMigrations, StorageState, WritesRefusedError, type Database, type Sql } from '@hpc-access/sql';
import { TestClock } from '@hpc-access/testing';
import { ScheduledCommands, schedulerMigrations } from './scheduled-commands';
import { Scheduler } from './scheduler';

const quiet = { info: () => undefined, error: () => undefined };
const HOUR = 3_600_000;

describe('Scheduler over persisted deadlines', () => {
  let db: Database;
  let table: ScheduledCommands;
  let clock: TestClock;
  let fired: string[];

  const newScheduler = (handlers: Record<string, (c: { key: string }, now: Date, tx: Sql) => Promise<void>> = { ExpireHold: async (c) => { fired.push(c.key); } }, deadlines = table) => {
    const scheduler = new Scheduler({ clock, logger: quiet });
    scheduler.register('allocation', deadlines, handlers);
    return scheduler;
  };

  // One PGlite for the file (starting one costs seconds of CPU), a schema of its own per test:
  // every test still begins with an empty deadline table and event store.
  let schemas = 0;
  let svc: string;
  beforeAll(async () => {
    db = await openPglite();
  });
  afterAll(() => db.close());
  beforeEach(async () => {
    svc = `svc${++schemas}`;
    await runMigrations(db, svc, schedulerMigrations());
    table = new ScheduledCommands(db, svc);
    clock = new TestClock(new Date('2026-11-02T09:00:00Z'));
    fired = [];
  });

  it('fires a command once, when its time comes and not before', async () => {
    const scheduler = newScheduler();
    await table.schedule({ key: 'hold:1', type: 'ExpireHold', dueAt: new Date(clock.now().getTime() + 2 * HOUR), payload: { holdId: '1' } }, { now: clock.now() });
    expect(await scheduler.runDue()).toBe(0);
    clock.advance(2 * HOUR);
    expect(await scheduler.runDue()).toBe(1);
    expect(await scheduler.runDue()).toBe(0);
    expect(fired).toEqual(['hold:1']);
  });

  it('fires nothing while the process refuses writes (an altered history), and counts no failure', async () => {
    const storage = new StorageState();
    const scheduler = new Scheduler({ clock, logger: quiet, storage });
    let refuseInside = false;
    scheduler.register('allocation', table, { ExpireHold: async (c) => { if (refuseInside) throw new WritesRefusedError('history-altered'); fired.push(c.key); } });
    await table.schedule({ key: 'hold:r', type: 'ExpireHold', dueAt: clock.now(), payload: {} }, { now: clock.now() });
    storage.refuseWrites('history-altered: event e1 gone');
    expect(await scheduler.runDue()).toBe(0);
    storage.allowWrites();
    refuseInside = true;
    expect(await scheduler.runDue()).toBe(0);
    expect(fired).toEqual([]);
    expect(await table.due(clock.now())).toEqual([expect.objectContaining({ key: 'hold:r', attempts: 0 })]);
    refuseInside = false;
    expect(await scheduler.runDue()).toBe(1);
    expect(fired).toEqual(['hold:r']);
  });

  it('keeps deadlines across a restart: what fell due while down fires on the first tick', async () => {
    await table.schedule({ key: 'hold:2', type: 'ExpireHold', dueAt: new Date(clock.now().getTime() + HOUR), payload: {} }, { now: clock.now() });
    clock.advance(5 * HOUR);
    const afterRestart = newScheduler();
    expect(await afterRestart.runDue()).toBe(1);
    expect(fired).toEqual(['hold:2']);
  });

  it('a cancelled command never fires, and scheduling the same key again moves it', async () => {
    const scheduler = newScheduler();
    const at = (hours: number) => new Date(clock.now().getTime() + hours * HOUR);
    await table.schedule({ key: 'hold:3', type: 'ExpireHold', dueAt: at(1), payload: {} }, { now: clock.now() });
    await table.cancel('hold:3', { now: clock.now() });
    await table.schedule({ key: 'hold:4', type: 'ExpireHold', dueAt: at(1), payload: {} }, { now: clock.now() });
    await table.schedule({ key: 'hold:4', type: 'ExpireHold', dueAt: at(3), payload: {} }, { now: clock.now() });
    clock.advance(2 * HOUR);
    expect(await scheduler.runDue()).toBe(0);
    clock.advance(HOUR);
    expect(await scheduler.runDue()).toBe(1);
    expect(fired).toEqual(['hold:4']);
    expect(await table.pending('hold:')).toEqual([]);
  });

  it('a failing command stays pending with its error and fires on a later tick', async () => {
    let failures = 1;
    const scheduler = newScheduler({
      ExpireHold: async (c) => {
        if (failures-- > 0) throw new Error('database busy');
        fired.push(c.key);
      },
    });
    await table.schedule({ key: 'hold:5', type: 'ExpireHold', dueAt: clock.now(), payload: {} }, { now: clock.now() });
    expect(await scheduler.runDue()).toBe(0);
    const { rows } = await db.query<{ attempts: number; last_error: string }>(`SELECT attempts, last_error FROM ${svc}.scheduled_commands`);
    expect(rows).toEqual([{ attempts: 1, last_error: 'Error: database busy' }]);
    expect(await scheduler.runDue()).toBe(1);
    expect(fired).toEqual(['hold:5']);
  });

  it('a command type nobody handles stays pending and says so', async () => {
    const scheduler = newScheduler({});
    await table.schedule({ key: 'x', type: 'Unknown', dueAt: clock.now(), payload: {} }, { now: clock.now() });
    expect(await scheduler.runDue()).toBe(0);
    const { rows } = await db.query<{ last_error: string; fired_at: unknown }>(`SELECT last_error, fired_at FROM ${svc}.scheduled_commands`);
    expect(rows).toEqual([{ last_error: 'Error: no handler for scheduled command Unknown', fired_at: null }]);
  });

  it('schedule commits or rolls back with the transaction that made the deadline', async () => {
    await expect(
      db.transaction(async (tx) => {
        await table.schedule({ key: 'hold:6', type: 'ExpireHold', dueAt: clock.now(), payload: {} }, { tx, now: clock.now() });
        throw new Error('the hold was not placed');
      }),
    ).rejects.toThrow('the hold was not placed');
    expect(await table.pending()).toEqual([]);
  });

  describe('a command and its "fired" mark commit together', () => {
    let store: PostgresEventStore;
    const expired = async (): Promise<number> => (await store.readStream('hold-7')).length;
    /** The hold's expiry, appended in the scheduler's transaction. */
    const expireHold = async (c: { key: string }, now: Date, tx: Sql) => {
      await store.withTransaction(tx).appendToStream('hold-7', [
        { eventId: newEventId(), type: 'HoldExpired', data: { key: c.key }, recordedAt: now, metadata: { correlationId: c.key, causationId: null, actor: { id: 'scheduler', role: 'system' }, schemaVersion: 1 } },
      ]);
    };
    const state = async () =>
      (await db.query<{ fired: boolean; attempts: number; last_error: string | null }>(`SELECT fired_at IS NOT NULL AS fired, attempts, last_error FROM ${svc}.scheduled_commands WHERE key = 'hold:7'`)).rows[0];

    beforeEach(async () => {
      store = await PostgresEventStore.open(db, { schema: svc });
      await table.schedule({ key: 'hold:7', type: 'ExpireHold', dueAt: clock.now(), payload: {} }, { now: clock.now() });
    });

    it('a failure after the append, before the mark: neither the event nor the mark, and the next tick does both once', async () => {
      let failures = 1;
      // The mark fails once, as a crash right after the command would leave it.
      const failingMark = new (class extends ScheduledCommands {
        override async markFired(key: string, firedAt: Date, tx?: Sql): Promise<void> {
          if (failures-- > 0) throw new Error('crashed before the mark');
          return super.markFired(key, firedAt, tx);
        }
      })(db, svc);
      const scheduler = newScheduler({ ExpireHold: expireHold }, failingMark);
      expect(await scheduler.runDue()).toBe(0);
      expect(await expired()).toBe(0);
      expect(await state()).toEqual({ fired: false, attempts: 1, last_error: 'Error: crashed before the mark' });

      expect(await scheduler.runDue()).toBe(1);
      expect(await expired()).toBe(1);
      expect(await state()).toEqual({ fired: true, attempts: 2, last_error: null });
      expect(await scheduler.runDue()).toBe(0);
      expect(await expired()).toBe(1);
    });

    it('a command that fails after its append leaves no event and stays pending', async () => {
      const scheduler = newScheduler({
        ExpireHold: async (c, now, tx) => {
          await expireHold(c, now, tx);
          throw new Error('failed after the append');
        },
      });
      expect(await scheduler.runDue()).toBe(0);
      expect(await expired()).toBe(0);
      expect(await state()).toEqual({ fired: false, attempts: 1, last_error: 'Error: failed after the append' });
    });

    it('two schedulers that find the same command due fire it once', async () => {
      const [a, b] = [newScheduler({ ExpireHold: expireHold }), newScheduler({ ExpireHold: expireHold })];
      const counts = await Promise.all([a.runDue(), b.runDue()]);
      expect(counts.sort()).toEqual([0, 1]);
      expect(await expired()).toBe(1);
    });
  });
});
