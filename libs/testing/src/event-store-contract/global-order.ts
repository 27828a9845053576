/// <reference types="jest" />
import { checkpointOf, compareCheckpoints, START, type EventStore, type RecordedEvent } from '@hpc-access/eventsourcing';
import { eventually } from '../eventually';
import { idsOf, someEvents } from './fixtures';
import type { SubjectAccessor } from './subject';

/** Reads $all page by page from START, the way a subscriber resumes from checkpoints. */
export async function readAllPaged(store: EventStore, pageSize: number): Promise<RecordedEvent[]> {
  const all: RecordedEvent[] = [];
  for (let after = START; ; ) {
    const page = await store.readAll({ after, maxCount: pageSize });
    all.push(...page);
    if (page.length < pageSize) return all;
    after = checkpointOf(page[page.length - 1]);
  }
}

/**
 * $all once `count` events are visible. Readers see only what lies below the oldest transaction
 * still running anywhere on the server, so an event may show up a moment after its append returned.
 */
export function visibleAll(store: EventStore, count: number): Promise<RecordedEvent[]> {
  return eventually(async () => {
    const all = await store.readAll();
    if (all.length < count) throw new Error(`$all shows ${all.length} of ${count} events`);
    return all;
  });
}

export function globalOrderContract(subject: SubjectAccessor): void {
  describe('$all', () => {
    it('reads every stream in the order the appends committed', async () => {
      const { store } = subject();
      const first = someEvents(2);
      const second = someEvents(3);
      const third = someEvents(1);
      await store.appendToStream('a', first);
      await store.appendToStream('b', second);
      await store.appendToStream('a', third);
      const all = await visibleAll(store, 6);
      expect(idsOf(all)).toEqual(idsOf([...first, ...second, ...third]));
      expect(all.map((e) => `${e.streamId}@${e.streamPosition}`)).toEqual(['a@0', 'a@1', 'b@0', 'b@1', 'b@2', 'a@2']);
    });

    it('gives strictly increasing checkpoints', async () => {
      const { store } = subject();
      for (let i = 0; i < 5; i++) await store.appendToStream(`s-${i % 2}`, someEvents(2));
      const checkpoints = (await visibleAll(store, 10)).map(checkpointOf);
      for (let i = 1; i < checkpoints.length; i++) expect(compareCheckpoints(checkpoints[i - 1], checkpoints[i])).toBe(-1);
      expect(compareCheckpoints(START, checkpoints[0])).toBe(-1);
    });

    it('reads strictly after a checkpoint, at most maxCount', async () => {
      const { store } = subject();
      await store.appendToStream('a', someEvents(4));
      await store.appendToStream('b', someEvents(4));
      const all = await visibleAll(store, 8);
      const after = await store.readAll({ after: checkpointOf(all[2]), maxCount: 3 });
      expect(idsOf(after)).toEqual(idsOf(all.slice(3, 6)));
      expect(await store.readAll({ after: checkpointOf(all[7]) })).toEqual([]);
    });

    it('pages through everything exactly once', async () => {
      const { store } = subject();
      for (let i = 0; i < 10; i++) await store.appendToStream(`s-${i % 3}`, someEvents(1 + (i % 3)));
      const all = await visibleAll(store, 19);
      expect(all).toHaveLength(19);
      expect(idsOf(await readAllPaged(store, 3))).toEqual(idsOf(all));
    });

    it('returns events equal to those of their stream', async () => {
      const { store } = subject();
      await store.appendToStream('a', someEvents(2));
      expect(await visibleAll(store, 2)).toEqual(await store.readStream('a'));
    });
  });
}
