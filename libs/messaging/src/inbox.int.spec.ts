import type { Sql } from '@hpc-access/sql';
import { Inbox } from './inbox';
import { openMessagingDatabase, type MessagingDatabase } from './testing-only/messaging-database';

describe.each(['pglite', 'postgres'] as const)('the inbox (%s)', (engine) => {
  let database: MessagingDatabase;
  let inbox: Inbox;

  beforeAll(async () => {
    database = await openMessagingDatabase(engine);
    inbox = new Inbox(database.schema);
    await database.db.query(`CREATE TABLE ${database.schema}.suspensions (event_id text NOT NULL)`);
  });
  afterAll(() => database?.dispose());
  beforeEach(async () => {
    await database.db.query(`DELETE FROM ${database.schema}.suspensions`);
    await database.db.query(`DELETE FROM ${database.schema}.inbox`);
  });

  const suspend = (eventId: string) => async (tx: Sql) => {
    await tx.query(`INSERT INTO ${database.schema}.suspensions (event_id) VALUES ($1)`, [eventId]);
  };
  const count = async (table: 'suspensions' | 'inbox') => {
    const { rows } = await database.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${database.schema}.${table}`);
    return rows[0].n;
  };

  it('applies the effect of an event delivered twice once', async () => {
    const first = await inbox.handle(database.db, 'allocation.pledges', 'event-1', suspend('event-1'));
    const second = await inbox.handle(database.db, 'allocation.pledges', 'event-1', suspend('event-1'));

    expect([first, second]).toEqual(['handled', 'duplicate']);
    expect(await count('suspensions')).toBe(1);
  });

  it('keeps consumers apart: each applies its own effect of the same event', async () => {
    await inbox.handle(database.db, 'allocation.pledges', 'event-1', suspend('event-1'));

    expect(await inbox.handle(database.db, 'accounting.pledges', 'event-1', suspend('event-1'))).toBe('handled');
    expect(await count('suspensions')).toBe(2);
  });

  it('leaves no inbox row when the effect fails, so the redelivery is handled', async () => {
    const failing = async () => {
      throw new Error('allocation not found');
    };

    await expect(inbox.handle(database.db, 'allocation.pledges', 'event-1', failing)).rejects.toThrow('allocation not found');
    expect(await count('inbox')).toBe(0);

    expect(await inbox.handle(database.db, 'allocation.pledges', 'event-1', suspend('event-1'))).toBe('handled');
    expect(await count('suspensions')).toBe(1);
  });

  it('rolls back what the failing effect had already written', async () => {
    const halfDone = async (tx: Sql) => {
      await suspend('event-1')(tx);
      throw new Error('second write failed');
    };

    await expect(inbox.handle(database.db, 'allocation.pledges', 'event-1', halfDone)).rejects.toThrow('second write failed');
    expect(await count('suspensions')).toBe(0);
    expect(await count('inbox')).toBe(0);
  });

  it('applies the effect once when the same event is delivered concurrently', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, () => inbox.handle(database.db, 'allocation.pledges', 'event-1', suspend('event-1'))),
    );

    expect(outcomes.filter((o) => o === 'handled')).toHaveLength(1);
    expect(await count('suspensions')).toBe(1);
  });
});
