/// <reference types="jest" />
import { ConcurrencyError, type ExpectedRevision } from '@hpc-access/eventsourcing';
import { anEvent, idsOf, someEvents, written } from './fixtures';
import type { SubjectAccessor } from './subject';

async function conflictOf(promise: Promise<unknown>): Promise<ConcurrencyError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConcurrencyError);
  return error as ConcurrencyError;
}

export function appendAndReadContract(subject: SubjectAccessor): void {
  describe('append and read', () => {
    it('reads back what was appended, in order, with positions from 0', async () => {
      const { store } = subject();
      const events = someEvents(3);
      const result = await store.appendToStream('application-1', events);
      const read = await store.readStream('application-1');
      expect(read.map(written)).toEqual(events.map(written));
      expect(read.map((e) => e.streamPosition)).toEqual([0, 1, 2]);
      expect(read.every((e) => e.streamId === 'application-1')).toBe(true);
      expect(result.nextExpectedRevision).toBe(2);
      expect(result.events).toEqual(read);
    });

    it('continues a stream where it ended', async () => {
      const { store } = subject();
      await store.appendToStream('application-1', someEvents(2));
      const result = await store.appendToStream('application-1', someEvents(2));
      expect(result.events.map((e) => e.streamPosition)).toEqual([2, 3]);
      expect(result.nextExpectedRevision).toBe(3);
    });

    it('reads an unknown stream as empty', async () => {
      expect(await subject().store.readStream('nobody-here')).toEqual([]);
    });

    it('reads a stream from and to a revision, both inclusive', async () => {
      const { store } = subject();
      const events = someEvents(6);
      await store.appendToStream('application-1', events);
      expect(idsOf(await store.readStream('application-1', { fromRevision: 2 }))).toEqual(idsOf(events.slice(2)));
      expect(idsOf(await store.readStream('application-1', { toRevision: 1 }))).toEqual(idsOf(events.slice(0, 2)));
      expect(idsOf(await store.readStream('application-1', { fromRevision: 1, toRevision: 3 }))).toEqual(idsOf(events.slice(1, 4)));
      expect(await store.readStream('application-1', { fromRevision: 6 })).toEqual([]);
    });

    it('keeps streams apart', async () => {
      const { store } = subject();
      const a = someEvents(2);
      const b = someEvents(1);
      await store.appendToStream('application-a', a);
      await store.appendToStream('application-b', b);
      expect(idsOf(await store.readStream('application-a'))).toEqual(idsOf(a));
      expect(idsOf(await store.readStream('application-b'))).toEqual(idsOf(b));
    });
  });

  describe('expected revision', () => {
    it('no_stream: creates a new stream, refuses an existing one', async () => {
      const { store } = subject();
      await store.appendToStream('s', someEvents(2), { expectedRevision: 'no_stream' });
      const conflict = await conflictOf(store.appendToStream('s', someEvents(1), { expectedRevision: 'no_stream' }));
      expect(conflict.actual).toBe(1);
      expect(await store.readStream('s')).toHaveLength(2);
    });

    it('stream_exists: refuses a new stream, appends to an existing one', async () => {
      const { store } = subject();
      const conflict = await conflictOf(store.appendToStream('s', someEvents(1), { expectedRevision: 'stream_exists' }));
      expect(conflict.actual).toBeNull();
      expect(await store.readStream('s')).toEqual([]);
      await store.appendToStream('s', someEvents(1));
      const result = await store.appendToStream('s', someEvents(1), { expectedRevision: 'stream_exists' });
      expect(result.nextExpectedRevision).toBe(1);
    });

    it('exact: appends at the revision it names, refuses a stale one and writes nothing', async () => {
      const { store } = subject();
      await store.appendToStream('s', someEvents(3));
      const stale = await conflictOf(store.appendToStream('s', someEvents(1), { expectedRevision: 1 }));
      expect(stale).toMatchObject({ streamId: 's', expected: 1, actual: 2 });
      const ahead = await conflictOf(store.appendToStream('s', someEvents(1), { expectedRevision: 5 }));
      expect(ahead.actual).toBe(2);
      expect(await store.readStream('s')).toHaveLength(3);
      const result = await store.appendToStream('s', someEvents(1), { expectedRevision: 2 });
      expect(result.nextExpectedRevision).toBe(3);
    });

    it('exact: refuses a revision on a stream that does not exist', async () => {
      const conflict = await conflictOf(subject().store.appendToStream('s', someEvents(1), { expectedRevision: 0 }));
      expect(conflict.actual).toBeNull();
    });

    it('any: appends whatever the stream holds', async () => {
      const { store } = subject();
      await store.appendToStream('s', someEvents(1), { expectedRevision: 'any' });
      const result = await store.appendToStream('s', someEvents(1), { expectedRevision: 'any' });
      expect(result.nextExpectedRevision).toBe(1);
    });

    it('an empty append checks the revision and writes nothing', async () => {
      const { store } = subject();
      await store.appendToStream('s', someEvents(2));
      expect((await store.appendToStream('s', [], { expectedRevision: 1 })).nextExpectedRevision).toBe(1);
      await conflictOf(store.appendToStream('s', [], { expectedRevision: 'no_stream' }));
      expect(await store.readStream('s')).toHaveLength(2);
    });

    it.each<[string, ExpectedRevision]>([
      ['the same exact revision', 0],
      ['no_stream on a new stream', 'no_stream'],
    ])('of writers racing with %s, exactly one wins', async (_, expected) => {
      const { store } = subject();
      if (expected !== 'no_stream') await store.appendToStream('s', [anEvent()]);
      const outcomes = await Promise.allSettled(
        Array.from({ length: 8 }, () => store.appendToStream('s', someEvents(2), { expectedRevision: expected })),
      );
      const won = outcomes.filter((o) => o.status === 'fulfilled');
      const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost.every((o) => o.reason instanceof ConcurrencyError)).toBe(true);
      expect(await store.readStream('s')).toHaveLength(expected === 'no_stream' ? 2 : 3);
    });
  });
}
