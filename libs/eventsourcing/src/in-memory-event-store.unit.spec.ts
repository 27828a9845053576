import { newEventId } from './command-handler';
import { checkpointOf, START, type EventToAppend, type RecordedEvent } from './envelope';
import { ConcurrencyError } from './errors';
import { verifyStreamChain } from './hash-chain';
import { InMemoryEventStore } from './in-memory-event-store';

function anEvent(type: string, applicationId: string): EventToAppend {
  return {
    eventId: newEventId(),
    type,
    data: { applicationId, organisationId: 'org-1' },
    recordedAt: new Date('2026-04-01T10:00:00.000Z'),
    metadata: { correlationId: 'corr-1', causationId: null, actor: { id: 'user-1', role: 'applicant' }, schemaVersion: 1 },
  };
}

// Tests of other libraries lean on this adapter; these keep it honest to the EventStore port.
describe('the in-memory event store', () => {
  it('appends with expected revisions and chains hashes per stream', async () => {
    const store = new InMemoryEventStore();
    await store.appendToStream('application-1', [anEvent('ApplicationDraftSaved', '1')], { expectedRevision: 'no_stream' });
    await store.appendToStream('application-1', [anEvent('ApplicationWithdrawn', '1')], { expectedRevision: 0 });

    await expect(
      store.appendToStream('application-1', [anEvent('ApplicationWithdrawn', '1')], { expectedRevision: 0 }),
    ).rejects.toBeInstanceOf(ConcurrencyError);
    await expect(store.appendToStream('application-2', [anEvent('ApplicationWithdrawn', '2')], { expectedRevision: 'stream_exists' })).rejects.toBeInstanceOf(
      ConcurrencyError,
    );
    expect(verifyStreamChain(await store.readStream('application-1'))).toEqual({ ok: true, checked: 2 });
  });

  it('reads all strictly after a checkpoint, in global order', async () => {
    const store = new InMemoryEventStore();
    const a = (await store.appendToStream('a', [anEvent('ApplicationDraftSaved', 'a'), anEvent('ApplicationWithdrawn', 'a')])).events;
    const b = (await store.appendToStream('b', [anEvent('ApplicationDraftSaved', 'b')])).events;

    const after = await store.readAll({ after: checkpointOf(a[0]) });
    expect(after.map((e) => e.eventId)).toEqual([a[1].eventId, b[0].eventId]);
    expect((await store.readAll({ after: checkpointOf(a[0]), maxCount: 1 })).map((e) => e.eventId)).toEqual([a[1].eventId]);
    expect(store.head()).toEqual(checkpointOf(b[0]));
  });

  it('keeps copies, as a database keeps jsonb: neither writer nor reader can change history', async () => {
    const store = new InMemoryEventStore();
    const event = anEvent('ApplicationDraftSaved', 'a');
    const [appended] = (await store.appendToStream('a', [event])).events;
    (event.data as Record<string, unknown>).organisationId = 'changed by the writer';
    (appended.data as Record<string, unknown>).organisationId = 'changed through the append result';
    const [read] = await store.readStream('a');
    (read.data as Record<string, unknown>).organisationId = 'changed by a reader';
    read.recordedAt.setTime(0);

    const [stored] = await store.readAll();
    expect(stored.data).toEqual({ applicationId: 'a', organisationId: 'org-1' });
    expect(stored.recordedAt).toEqual(new Date('2026-04-01T10:00:00.000Z'));
    expect(verifyStreamChain(await store.readStream('a'))).toEqual({ ok: true, checked: 1 });
  });

  it('takes no transaction for an empty append', async () => {
    const store = new InMemoryEventStore();
    expect(await store.appendToStream('a', [], { expectedRevision: 'no_stream' })).toEqual({ nextExpectedRevision: -1, events: [] });
    expect(store.head()).toEqual(START);
    const [first] = (await store.appendToStream('a', [anEvent('ApplicationDraftSaved', 'a')])).events;
    expect(first.transactionId).toBe('1');
  });

  it('fails the next reads of $all when told to, as during an outage', async () => {
    const store = new InMemoryEventStore();
    await store.appendToStream('a', [anEvent('ApplicationDraftSaved', 'a')]);
    store.failNextReads(2);

    await expect(store.readAll()).rejects.toThrow('event store unavailable');
    await expect(store.readAll()).rejects.toThrow('event store unavailable');
    expect(await store.readAll()).toHaveLength(1);
  });

  it('subscribes from a checkpoint: catches up in batches, then follows live', async () => {
    const store = new InMemoryEventStore();
    const first = (await store.appendToStream('a', [1, 2, 3].map(() => anEvent('ApplicationDraftSaved', 'a')))).events;
    const seen: RecordedEvent[][] = [];
    const subscription = store.subscribeToAll({ from: checkpointOf(first[0]), batchSize: 1, handle: async (batch) => void seen.push(batch) });

    await subscription.caughtUp();
    const live = (await store.appendToStream('b', [anEvent('ApplicationDraftSaved', 'b')])).events;
    await subscription.caughtUp();
    await subscription.stop();

    expect(seen.map((batch) => batch.map((e) => e.eventId))).toEqual([[first[1].eventId], [first[2].eventId], [live[0].eventId]]);
  });

  it('ends a subscription whose handler throws, reports the error, and caughtUp() rejects with it', async () => {
    const store = new InMemoryEventStore();
    await store.appendToStream('a', [anEvent('ApplicationDraftSaved', 'a')]);
    const errors: unknown[] = [];
    const failure = new Error('handler broke');

    const subscription = store.subscribeToAll({ handle: async () => Promise.reject(failure), onError: (e) => void errors.push(e) });

    await expect(subscription.caughtUp()).rejects.toBe(failure);
    expect(errors).toEqual([failure]);
    await subscription.stop();
  });

  it('ends a subscription whose read fails, and reports the error', async () => {
    const store = new InMemoryEventStore();
    store.failNextReads(1);
    const errors: unknown[] = [];

    const subscription = store.subscribeToAll({ handle: async () => undefined, onError: (e) => void errors.push(e) });
    await subscription.stop();

    expect(errors).toEqual([new Error('event store unavailable')]);
  });
});
