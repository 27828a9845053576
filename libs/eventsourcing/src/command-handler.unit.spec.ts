import { handleCommand, newEventId, StaleRevisionError } from './command-handler';
import type { CommandMetadata, Decider } from './decider';
import type { EventToAppend } from './envelope';
import { ConcurrencyError, conflict, DomainError } from './errors';
import type { AppendResult, EventStore } from './event-store';
import { InMemoryEventStore } from './in-memory-event-store';

// A tally: each Added event carries the running total, so an event decided on stale state shows.
type TallyCommand = { type: 'Add'; amount: number } | { type: 'Close' } | { type: 'Touch' };
type TallyEvent = { type: 'Added'; data: { amount: number; total: number } } | { type: 'Closed'; data: { total: number } };
interface Tally {
  total: number;
  closed: boolean;
}

const tally: Decider<TallyCommand, Tally, TallyEvent> = {
  initialState: () => ({ total: 0, closed: false }),
  evolve: (state, event) =>
    event.type === 'Added' ? { ...state, total: event.data.total } : { ...state, closed: true },
  decide: (command, state) => {
    if (state.closed) throw conflict('tally-closed', 'the tally is closed');
    switch (command.type) {
      case 'Add':
        return [{ type: 'Added', data: { amount: command.amount, total: state.total + command.amount } }];
      case 'Close':
        return [{ type: 'Closed', data: { total: state.total } }];
      case 'Touch':
        return [];
    }
  },
};

const metadata: CommandMetadata = {
  now: new Date('2025-03-01T10:00:00.000Z'),
  actor: { id: 'u-1', role: 'coordinator' },
  correlationId: 'corr-1',
  causationId: 'cause-1',
};

const STREAM = 'tally-1';
const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function rivalEvent(amount: number, total: number): EventToAppend {
  return {
    eventId: newEventId(),
    type: 'Added',
    data: { amount, total },
    recordedAt: metadata.now,
    metadata: { correlationId: 'rival', causationId: null, actor: { id: 'u-2', role: 'coordinator' }, schemaVersion: 1 },
  };
}

/**
 * Another writer wins the race the first `times` appends: its event lands between our read and
 * our append, and the honest inner store refuses ours with a ConcurrencyError.
 */
class RacingStore implements EventStore {
  appendAttempts = 0;
  reads = 0;

  constructor(
    private readonly inner: InMemoryEventStore,
    private readonly times: number,
  ) {}

  async appendToStream(...args: Parameters<EventStore['appendToStream']>): Promise<AppendResult> {
    this.appendAttempts++;
    if (this.appendAttempts <= this.times) {
      const current = await this.inner.readStream(args[0]);
      const total = (current.at(-1)?.data as { total: number } | undefined)?.total ?? 0;
      await this.inner.appendToStream(args[0], [rivalEvent(100, total + 100)]);
    }
    return this.inner.appendToStream(...args);
  }

  readStream(...args: Parameters<EventStore['readStream']>) {
    this.reads++;
    return this.inner.readStream(...args);
  }

  readAll(...args: Parameters<EventStore['readAll']>) {
    return this.inner.readAll(...args);
  }

  subscribeToAll(...args: Parameters<EventStore['subscribeToAll']>) {
    return this.inner.subscribeToAll(...args);
  }
}

describe('handleCommand', () => {
  afterEach(() => jest.restoreAllMocks());

  it('appends to a new stream expecting no stream and returns the new state and revision', async () => {
    const store = new InMemoryEventStore();
    const append = jest.spyOn(store, 'appendToStream');

    const result = await handleCommand(store, tally, STREAM, { type: 'Add', amount: 5 }, metadata);

    expect(append).toHaveBeenCalledWith(STREAM, expect.any(Array), { expectedRevision: 'no_stream' });
    expect(result.state).toEqual({ total: 5, closed: false });
    expect(result.revision).toBe(0);
    expect(result.events.map((e) => [e.type, e.data, e.streamPosition])).toEqual([['Added', { amount: 5, total: 5 }, 0]]);
  });

  it('appends to an existing stream expecting the revision it read', async () => {
    const store = new InMemoryEventStore();
    await handleCommand(store, tally, STREAM, { type: 'Add', amount: 5 }, metadata);
    const append = jest.spyOn(store, 'appendToStream');

    const result = await handleCommand(store, tally, STREAM, { type: 'Add', amount: 2 }, metadata);

    expect(append).toHaveBeenCalledWith(STREAM, expect.any(Array), { expectedRevision: 0 });
    expect(result).toMatchObject({ state: { total: 7 }, revision: 1 });
  });

  it('appends nothing when the decision is no events, and reports the revision read', async () => {
    const store = new InMemoryEventStore();
    await handleCommand(store, tally, STREAM, { type: 'Add', amount: 5 }, metadata);
    const append = jest.spyOn(store, 'appendToStream');

    const result = await handleCommand(store, tally, STREAM, { type: 'Touch' }, metadata);

    expect(append).not.toHaveBeenCalled();
    expect(result).toEqual({ state: { total: 5, closed: false }, events: [], revision: 0 });
    expect(await store.readStream(STREAM)).toHaveLength(1);
  });

  it('stamps every event with the command metadata, recordedAt = now, and a UUIDv7 id of its own', async () => {
    const store = new InMemoryEventStore();
    const twoEvents: Decider<TallyCommand, Tally, TallyEvent> = {
      ...tally,
      decide: () => [
        { type: 'Added', data: { amount: 1, total: 1 } },
        { type: 'Closed', data: { total: 1 } },
      ],
    };

    await handleCommand(store, twoEvents, STREAM, { type: 'Close' }, metadata, { schemaVersion: 2 });

    const stored = await store.readStream(STREAM);
    expect(stored).toHaveLength(2);
    for (const event of stored) {
      expect(event.metadata).toEqual({ actor: { id: 'u-1', role: 'coordinator' }, correlationId: 'corr-1', causationId: 'cause-1', schemaVersion: 2 });
      expect(event.recordedAt).toEqual(metadata.now);
      expect(event.eventId).toMatch(UUID_V7);
    }
    expect(stored[0].eventId).not.toBe(stored[1].eventId);
  });

  it('records schema version 1 and a null causation id when the command gives neither', async () => {
    const store = new InMemoryEventStore();
    const { causationId: _omitted, ...withoutCausation } = metadata;

    await handleCommand(store, tally, STREAM, { type: 'Add', amount: 1 }, withoutCausation);

    const [event] = await store.readStream(STREAM);
    expect(event.metadata.causationId).toBeNull();
    expect(event.metadata.schemaVersion).toBe(1);
  });

  it('retries a lost race by deciding again on the state the winner left', async () => {
    const inner = new InMemoryEventStore();
    await handleCommand(inner, tally, STREAM, { type: 'Add', amount: 5 }, metadata);
    const store = new RacingStore(inner, 1);
    const decide = jest.spyOn(tally, 'decide');

    const result = await handleCommand(store, tally, STREAM, { type: 'Add', amount: 2 }, metadata);

    expect(store.appendAttempts).toBe(2);
    expect(store.reads).toBe(2);
    expect(decide.mock.calls.map(([, state]) => state.total)).toEqual([5, 105]);
    expect(result).toMatchObject({ state: { total: 107 }, revision: 2 });
    const stored = await inner.readStream(STREAM);
    expect(stored.map((e) => e.data)).toEqual([
      { amount: 5, total: 5 },
      { amount: 100, total: 105 },
      { amount: 2, total: 107 },
    ]);
  });

  it('gives up with ConcurrencyError after maxRetries + 1 attempts when it always loses', async () => {
    const store = new RacingStore(new InMemoryEventStore(), Number.POSITIVE_INFINITY);

    const attempt = handleCommand(store, tally, STREAM, { type: 'Add', amount: 2 }, metadata, { maxRetries: 2 });

    await expect(attempt).rejects.toBeInstanceOf(ConcurrencyError);
    await expect(attempt).rejects.not.toBeInstanceOf(StaleRevisionError);
    expect(store.appendAttempts).toBe(3);
  });

  it('retries three times by default', async () => {
    const store = new RacingStore(new InMemoryEventStore(), Number.POSITIVE_INFINITY);

    await expect(handleCommand(store, tally, STREAM, { type: 'Add', amount: 2 }, metadata)).rejects.toBeInstanceOf(ConcurrencyError);
    expect(store.appendAttempts).toBe(4);
  });

  it('throws StaleRevisionError at once, deciding nothing, when the stream has moved past the expected revision', async () => {
    const inner = new InMemoryEventStore();
    await handleCommand(inner, tally, STREAM, { type: 'Add', amount: 5 }, metadata);
    await handleCommand(inner, tally, STREAM, { type: 'Add', amount: 5 }, metadata);
    const store = new RacingStore(inner, 0);
    const decide = jest.spyOn(tally, 'decide');

    const attempt = handleCommand(store, tally, STREAM, { type: 'Add', amount: 2 }, metadata, { expectedRevision: 0, maxRetries: 5 });

    await expect(attempt).rejects.toBeInstanceOf(StaleRevisionError);
    await expect(attempt).rejects.toMatchObject({ streamId: STREAM, expected: 0, actual: 1 });
    expect(store.reads).toBe(1);
    expect(store.appendAttempts).toBe(0);
    expect(decide).not.toHaveBeenCalled();
  });

  it('turns a race lost after reading the expected revision into StaleRevisionError without retrying', async () => {
    const inner = new InMemoryEventStore();
    await handleCommand(inner, tally, STREAM, { type: 'Add', amount: 5 }, metadata);
    const store = new RacingStore(inner, 1);

    const attempt = handleCommand(store, tally, STREAM, { type: 'Add', amount: 2 }, metadata, { expectedRevision: 0, maxRetries: 5 });

    await expect(attempt).rejects.toBeInstanceOf(StaleRevisionError);
    await expect(attempt).rejects.toMatchObject({ expected: 0, actual: 1 });
    expect(store.appendAttempts).toBe(1);
  });

  it('reports a missing stream as actual null when a revision was expected', async () => {
    const attempt = handleCommand(new InMemoryEventStore(), tally, STREAM, { type: 'Add', amount: 2 }, metadata, { expectedRevision: 3 });

    await expect(attempt).rejects.toMatchObject({ expected: 3, actual: null });
  });

  it('lets a domain error from decide through untouched and appends nothing', async () => {
    const store = new InMemoryEventStore();
    await handleCommand(store, tally, STREAM, { type: 'Close' }, metadata);
    const refusal = new DomainError('invalid', 'amount-too-large', 'too much', 'amount');
    const refusing: Decider<TallyCommand, Tally, TallyEvent> = {
      ...tally,
      decide: () => {
        throw refusal;
      },
    };

    await expect(handleCommand(store, refusing, STREAM, { type: 'Add', amount: 1 }, metadata)).rejects.toBe(refusal);
    await expect(handleCommand(store, tally, STREAM, { type: 'Add', amount: 1 }, metadata)).rejects.toMatchObject({
      kind: 'conflict',
      code: 'tally-closed',
    });
    expect(await store.readStream(STREAM)).toHaveLength(1);
  });
});
