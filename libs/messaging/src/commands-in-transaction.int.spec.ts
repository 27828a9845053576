import { IntakeEvents, topicFor } from '@hpc-access/contracts';
import { ConcurrencyError, InMemoryEventStore, StaleRevisionError, type CommandContext, type Decider, type EventStore, type TransactionalEventStore } from '@hpc-access/eventsourcing';
import type { Sql } from '@hpc-access/sql';
import { causedByCaller, causedByDeadline, causedByEvent, CommandsInTransaction } from './commands-in-transaction';
import { InProcessBus } from './in-process-bus';
import { Inbox } from './inbox';
import { subscribeToIntegrationEvents } from './integration-event-consumer';
import { applicationWithdrawn } from './testing-only/integration-events';
import { openMessagingDatabase, type MessagingDatabase } from './testing-only/messaging-database';
import { RecordingLogger } from './testing-only/recording-logger';
import { TableEventStore } from './testing-only/table-event-store';

type CaseCommand = { type: 'CloseCase'; data: { reason: string }; context: CommandContext };
type CaseEvent = { type: 'CaseClosed'; data: { reason: string; at: string } };

/** A case closes once: closing a closed case decides nothing (a redelivered event, a deadline fired twice). */
const caseDecider: Decider<CaseCommand, { closed: boolean }, CaseEvent> = {
  initialState: () => ({ closed: false }),
  evolve: () => ({ closed: true }),
  decide: (command, state) => (state.closed ? [] : [{ type: 'CaseClosed', data: { reason: command.data.reason, at: command.context.now.toISOString() } }]),
};

const topic = topicFor('intake');

describe.each(['pglite', 'postgres'] as const)('running a command in the inbox\'s transaction (%s)', (engine) => {
  let database: MessagingDatabase;
  let store: TableEventStore;
  let bus: InProcessBus;

  beforeAll(async () => {
    database = await openMessagingDatabase(engine);
    store = await TableEventStore.create(database.db, database.schema);
  });
  afterAll(() => database?.dispose());
  beforeEach(async () => {
    await database.db.query(`DELETE FROM ${database.schema}.events`);
    await database.db.query(`DELETE FROM ${database.schema}.inbox`);
    store.notified = 0;
    bus = new InProcessBus({ logger: new RecordingLogger(), partitions: 2, retry: { maxAttempts: 2, initialDelayMs: 1, maxDelayMs: 2 } });
  });
  afterEach(() => bus.close());

  const subscribe = (commands: CommandsInTransaction<Sql>, after: (tx: Sql) => Promise<void> = async () => undefined) =>
    subscribeToIntegrationEvents({
      bus,
      db: database.db,
      inbox: new Inbox(database.schema),
      topic,
      group: 'ethics-review.intake',
      committed: commands.committed,
      handlers: {
        [IntakeEvents.ApplicationWithdrawn.type]: async (event, tx) => {
          await commands.run(tx, causedByEvent(event), caseDecider, `case-${event.data.applicationId}`, { type: 'CloseCase', data: { reason: 'withdrawn' } });
          await after(tx);
        },
      },
    });

  it('appends with the event\'s trace, its source acting as system at its time, and wakes the store after the commit', async () => {
    await subscribe(new CommandsInTransaction({ store }));
    const event = applicationWithdrawn('app-1');

    await bus.publish(topic, [event]);
    await bus.idle();

    const [closed] = await store.readStream('case-app-1');
    expect(closed.type).toBe('CaseClosed');
    expect(closed.data).toEqual({ reason: 'withdrawn', at: event.time });
    expect(closed.metadata).toMatchObject({ correlationId: event.correlationId, causationId: event.id, actor: { id: 'intake', role: 'system' } });
    expect(new Date(closed.recordedAt).toISOString()).toBe(event.time);
    expect(store.notified).toBe(1);
  });

  it('records an event delivered twice once', async () => {
    await subscribe(new CommandsInTransaction({ store }));
    const event = applicationWithdrawn('app-2');

    await bus.publish(topic, [event, event]);
    await bus.idle();

    expect(await store.readStream('case-app-2')).toHaveLength(1);
    expect(store.notified).toBe(1);
  });

  it('takes the appended events back with the inbox row when the reaction fails afterwards, and wakes nobody', async () => {
    await subscribe(new CommandsInTransaction({ store }), async () => {
      throw new Error('second write failed');
    });

    await bus.publish(topic, [applicationWithdrawn('app-3')]);
    await bus.idle();

    expect(await store.readStream('case-app-3')).toEqual([]);
    const { rows } = await database.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${database.schema}.inbox`);
    expect(rows[0].n).toBe(0);
    expect(store.notified).toBe(0);
  });

  it('runs what follows an append in the same transaction, only when something was appended', async () => {
    const followed: string[] = [];
    const commands = new CommandsInTransaction<Sql>({
      store,
      afterAppend: async (events, tx, cause) => {
        await tx.query('SELECT 1');
        followed.push(...events.map((e) => `${e.type} by ${cause.actor.id}`));
      },
    });
    const deadline = { key: 'review-overdue:app-4' };
    const now = new Date('2026-05-01T00:00:00.000Z');

    for (let firing = 0; firing < 2; firing++) {
      await database.db.transaction((tx) => commands.run(tx, causedByDeadline(deadline, now, 'ethics-review.deadlines'), caseDecider, 'case-app-4', { type: 'CloseCase', data: { reason: 'overdue' } }));
    }

    expect(followed).toEqual(['CaseClosed by ethics-review.deadlines']);
    const [closed] = await store.readStream('case-app-4');
    expect(closed.metadata).toMatchObject({ correlationId: deadline.key, causationId: null, actor: { id: 'ethics-review.deadlines', role: 'system' } });
  });
});

describe('CommandsInTransaction without a database', () => {
  const cause = causedByDeadline({ key: 'k-1' }, new Date('2026-05-01T00:00:00.000Z'), 'accounting');

  /** An in-memory store that counts its reads and loses the first `races` appends to another writer. */
  const racingStore = (races: number) => {
    const inner = new InMemoryEventStore();
    const seen = { reads: 0, views: [] as unknown[] };
    let lost = 0;
    const view: EventStore = {
      appendToStream: (streamId, events, options) => (lost++ < races ? Promise.reject(new ConcurrencyError(streamId, 'no_stream', 0)) : inner.appendToStream(streamId, events, options)),
      readStream: (streamId) => {
        seen.reads += 1;
        return inner.readStream(streamId);
      },
      readAll: (options) => inner.readAll(options),
      subscribeToAll: (options) => inner.subscribeToAll(options),
    };
    const store: TransactionalEventStore<string> = Object.assign(Object.create(inner) as InMemoryEventStore, {
      withTransaction: (tx: string) => {
        seen.views.push(tx);
        return view;
      },
      notifyCommitted: () => undefined,
      measureSubscriberLag: async () => 0,
    });
    return { store, seen, inner };
  };

  it('never retries a lost race inside the owner\'s transaction: the owner rolls back and tries again', async () => {
    const { store, seen } = racingStore(1);
    const commands = new CommandsInTransaction({ store });

    await expect(commands.run('tx-1', cause, caseDecider, 'case-1', { type: 'CloseCase', data: { reason: 'overdue' } })).rejects.toBeInstanceOf(ConcurrencyError);
    expect(seen.reads).toBe(1);
  });

  it('reads and appends through the wrapped view of the owner\'s transaction', async () => {
    const { store, seen, inner } = racingStore(0);
    const wrapped: string[] = [];
    const commands = new CommandsInTransaction<string>({
      store,
      wrap: (view, tx) => {
        wrapped.push(tx);
        return view;
      },
    });

    const result = await commands.run('tx-2', cause, caseDecider, 'case-2', { type: 'CloseCase', data: { reason: 'overdue' } });

    expect(result.state).toEqual({ closed: true });
    expect(seen.views).toEqual(['tx-2']);
    expect(wrapped).toEqual(['tx-2']);
    expect(await inner.readStream('case-2')).toHaveLength(1);
  });

  it('refuses a stream that moved past the revision the caller named, without deciding', async () => {
    const { store, inner } = racingStore(0);
    const commands = new CommandsInTransaction({ store });
    await commands.run('tx-3', cause, caseDecider, 'case-3', { type: 'CloseCase', data: { reason: 'overdue' } });

    await expect(commands.run('tx-4', cause, caseDecider, 'case-3', { type: 'CloseCase', data: { reason: 'again' } }, { expectedRevision: -1 })).rejects.toBeInstanceOf(StaleRevisionError);
    expect(await inner.readStream('case-3')).toHaveLength(1);
  });

  it('hands the deciders the whole actor and records its id and role', async () => {
    const { store, inner } = racingStore(0);
    const seenActors: unknown[] = [];
    const watching: Decider<CaseCommand, { closed: boolean }, CaseEvent> = {
      ...caseDecider,
      decide: (command, state) => {
        seenActors.push(command.context.actor);
        return caseDecider.decide(command, state);
      },
    };
    const officer = causedByCaller({ actor: { id: 'officer-1', role: 'governance-officer', organisationId: 'org-1' }, correlationId: 'request-1' }, cause.now);

    await new CommandsInTransaction({ store }).run('tx-5', officer, watching, 'case-5', { type: 'CloseCase', data: { reason: 'confirmed' } });

    expect(seenActors).toEqual([{ id: 'officer-1', role: 'governance-officer', organisationId: 'org-1' }]);
    const [closed] = await inner.readStream('case-5');
    expect(closed.metadata).toMatchObject({ actor: { id: 'officer-1', role: 'governance-officer' }, correlationId: 'request-1', causationId: null });
  });

  describe('in a transaction of its own', () => {
    /** Stands in for libs/sql's Database: counts the transactions opened and the commits. */
    const runner = () => {
      const counts = { opened: 0, committed: 0 };
      return {
        counts,
        transaction: async <T>(work: (tx: string) => Promise<T>): Promise<T> => {
          counts.opened += 1;
          const result = await work(`tx-${counts.opened}`);
          counts.committed += 1;
          return result;
        },
      };
    };

    it('runs the whole unit again on fresh state after a lost race, then wakes the store once', async () => {
      const { store, inner } = racingStore(1);
      let woken = 0;
      store.notifyCommitted = () => void (woken += 1);
      const db = runner();
      const commands = new CommandsInTransaction({ store });

      const result = await commands.inOwnTransaction(db, (tx) => commands.run(tx, cause, caseDecider, 'case-6', { type: 'CloseCase', data: { reason: 'overdue' } }));

      expect(result.state).toEqual({ closed: true });
      expect(db.counts).toEqual({ opened: 2, committed: 1 });
      expect(woken).toBe(1);
      expect(await inner.readStream('case-6')).toHaveLength(1);
    });

    it('gives up after its attempts, and never retries a stale If-Match', async () => {
      const { store } = racingStore(5);
      const db = runner();
      const commands = new CommandsInTransaction({ store });
      const closing = (tx: string) => commands.run(tx, cause, caseDecider, 'case-7', { type: 'CloseCase', data: { reason: 'overdue' } });

      await expect(commands.inOwnTransaction(db, closing, { attempts: 2 })).rejects.toBeInstanceOf(ConcurrencyError);
      expect(db.counts.opened).toBe(2);

      const stale = runner();
      const stalely = (tx: string) => commands.run(tx, cause, caseDecider, 'case-7', { type: 'CloseCase', data: { reason: 'overdue' } }, { expectedRevision: 4 });
      await expect(commands.inOwnTransaction(stale, stalely)).rejects.toBeInstanceOf(StaleRevisionError);
      expect(stale.counts.opened).toBe(1);
    });
  });
});
