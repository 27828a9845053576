/// <reference types="jest" />
import { checkpointOf, type RecordedEvent } from '@hpc-access/eventsourcing';
import { waitFor } from '../eventually';
import { idsOf, someEvents } from './fixtures';
import { visibleAll } from './global-order';
import type { SubjectAccessor } from './subject';

export function subscriptionContract(subject: SubjectAccessor): void {
  describe('subscription to $all', () => {
    it('catches up on what is stored, then follows live appends', async () => {
      const { store } = subject();
      const before = someEvents(5);
      await store.appendToStream('a', before);
      const seen: RecordedEvent[] = [];
      const subscription = store.subscribeToAll({ batchSize: 2, handle: async (events) => void seen.push(...events) });
      try {
        await subscription.caughtUp();
        expect(idsOf(seen)).toEqual(idsOf(before));
        const live = someEvents(3);
        await store.appendToStream('b', live);
        await subscription.caughtUp();
        expect(idsOf(seen)).toEqual(idsOf([...before, ...live]));
      } finally {
        await subscription.stop();
      }
    });

    it('sees an append from another writer without being told', async () => {
      const { store } = subject();
      const seen: RecordedEvent[] = [];
      const subscription = store.subscribeToAll({ handle: async (events) => void seen.push(...events) });
      try {
        await subscription.caughtUp();
        const events = someEvents(2);
        await store.appendToStream('a', events);
        await waitFor(() => seen.length === 2, 'the live events');
        expect(idsOf(seen)).toEqual(idsOf(events));
      } finally {
        await subscription.stop();
      }
    });

    it('starts strictly after the checkpoint it is given', async () => {
      const { store } = subject();
      await store.appendToStream('a', someEvents(4));
      const all = await visibleAll(store, 4);
      const seen: RecordedEvent[] = [];
      const subscription = store.subscribeToAll({ from: checkpointOf(all[1]), handle: async (events) => void seen.push(...events) });
      try {
        await subscription.caughtUp();
        expect(idsOf(seen)).toEqual(idsOf(all.slice(2)));
      } finally {
        await subscription.stop();
      }
    });

    it('hands over one batch at a time and stop() waits for the one in flight', async () => {
      const { store } = subject();
      await store.appendToStream('a', someEvents(6));
      let inFlight = 0;
      let overlapped = false;
      let finishedBatches = 0;
      let release: () => void = () => undefined;
      const released = new Promise<void>((resolve) => (release = resolve));
      const subscription = store.subscribeToAll({
        batchSize: 2,
        handle: async () => {
          overlapped ||= inFlight > 0;
          inFlight++;
          await released;
          inFlight--;
          finishedBatches++;
        },
      });
      await waitFor(() => inFlight === 1, 'the first batch to be in flight');
      const stopped = subscription.stop();
      release();
      await stopped;
      expect(finishedBatches).toBe(1);
      expect(inFlight).toBe(0);
      expect(overlapped).toBe(false);
    });

    it('stops and reports when the handler fails, and caughtUp() rejects', async () => {
      const { store } = subject();
      await store.appendToStream('a', someEvents(1));
      const failure = new Error('projection broke');
      const reported: unknown[] = [];
      const subscription = store.subscribeToAll({
        handle: async () => {
          throw failure;
        },
        onError: (error) => reported.push(error),
      });
      await waitFor(() => reported.length === 1, 'the failure to be reported');
      expect(reported).toEqual([failure]);
      await expect(subscription.caughtUp()).rejects.toBe(failure);
      await subscription.stop();
    });
  });
}
