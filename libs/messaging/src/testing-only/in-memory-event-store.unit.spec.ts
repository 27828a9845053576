import { checkpointOf, ConcurrencyError, verifyStreamChain, type RecordedEvent } from '@hpc-access/eventsourcing';
import { intakeEvent } from './domain-events';
import { InMemoryEventStore } from './in-memory-event-store';

// The relay tests lean on this fake; these keep it honest to the EventStore port.
describe('the in-memory event store fake', () => {
  it('appends with expected revisions and chains hashes per stream', async () => {
    const store = new InMemoryEventStore();
    await store.appendToStream('application-1', [intakeEvent('ApplicationDraftSaved', '1')], { expectedRevision: 'no_stream' });
    await store.appendToStream('application-1', [intakeEvent('ApplicationWithdrawn', '1')], { expectedRevision: 0 });

    await expect(
      store.appendToStream('application-1', [intakeEvent('ApplicationWithdrawn', '1')], { expectedRevision: 0 }),
    ).rejects.toBeInstanceOf(ConcurrencyError);
    expect(verifyStreamChain(await store.readStream('application-1'))).toEqual({ ok: true, checked: 2 });
  });

  it('reads all strictly after a checkpoint, in global order', async () => {
    const store = new InMemoryEventStore();
    const a = (await store.appendToStream('a', [intakeEvent('ApplicationDraftSaved', 'a'), intakeEvent('ApplicationWithdrawn', 'a')])).events;
    const b = (await store.appendToStream('b', [intakeEvent('ApplicationDraftSaved', 'b')])).events;

    const after = await store.readAll({ after: checkpointOf(a[0]) });
    expect(after.map((e) => e.eventId)).toEqual([a[1].eventId, b[0].eventId]);
    expect((await store.readAll({ after: checkpointOf(a[0]), maxCount: 1 })).map((e) => e.eventId)).toEqual([a[1].eventId]);
  });

  it('subscribes from a checkpoint: catches up in batches, then follows live', async () => {
    const store = new InMemoryEventStore();
    const first = (await store.appendToStream('a', [1, 2, 3].map(() => intakeEvent('ApplicationDraftSaved', 'a')))).events;
    const seen: RecordedEvent[][] = [];
    const subscription = store.subscribeToAll({ from: checkpointOf(first[0]), batchSize: 1, handle: async (batch) => void seen.push(batch) });

    await subscription.caughtUp();
    const live = (await store.appendToStream('b', [intakeEvent('ApplicationDraftSaved', 'b')])).events;
    await subscription.caughtUp();
    await subscription.stop();

    expect(seen.map((batch) => batch.map((e) => e.eventId))).toEqual([[first[1].eventId], [first[2].eventId], [live[0].eventId]]);
  });

  it('ends a subscription whose handler throws, and reports the error', async () => {
    const store = new InMemoryEventStore();
    await store.appendToStream('a', [intakeEvent('ApplicationDraftSaved', 'a')]);
    const errors: unknown[] = [];
    const failure = new Error('handler broke');

    const subscription = store.subscribeToAll({ handle: async () => Promise.reject(failure), onError: (e) => void errors.push(e) });

    await expect(subscription.caughtUp()).rejects.toThrow('subscription stopped');
    expect(errors).toEqual([failure]);
  });
});
