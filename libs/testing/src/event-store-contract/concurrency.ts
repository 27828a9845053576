/// <reference types="jest" />
import {
  checkpointOf,
  ConcurrencyError,
  START,
  verifyStreamChain,
  type Checkpoint,
  type EventStore,
  type RecordedEvent,
  type Subscription,
} from '@hpc-access/eventsourcing';
import { waitFor } from '../eventually';
import { idsOf, randomInt, someEvents } from './fixtures';
import type { SubjectAccessor } from './subject';

const WRITERS = 16;
const STREAMS = 40;
const TARGET_EVENTS = 2_000;
const WRITTEN_AFTER_RESTART = 200;

/** As a command handler does it: read the revision, append at it, on conflict read again. */
async function appendAtReadRevision(store: EventStore, streamId: string, events: ReturnType<typeof someEvents>): Promise<void> {
  for (;;) {
    const revision = (await store.readStream(streamId)).length - 1;
    try {
      await store.appendToStream(streamId, events, { expectedRevision: revision < 0 ? 'no_stream' : revision });
      return;
    } catch (error) {
      if (!(error instanceof ConcurrencyError)) throw error;
    }
  }
}

export function concurrencyContract(subject: SubjectAccessor): void {
  describe('under concurrent writers', () => {
    it('a subscriber sees every committed event exactly once, in the order readAll gives, across a restart', async () => {
      const { store } = subject();
      const seen: RecordedEvent[] = [];
      let lastHandled: Checkpoint = START;
      const handle = async (events: RecordedEvent[]) => {
        seen.push(...events);
        lastHandled = checkpointOf(events[events.length - 1]);
      };
      let subscription: Subscription = store.subscribeToAll({ batchSize: 25, handle });

      let appended = 0;
      let appendedAtRestart: number | undefined;
      const keepWriting = () =>
        appended < TARGET_EVENTS || appendedAtRestart === undefined || appended < appendedAtRestart + WRITTEN_AFTER_RESTART;
      const writer = async (index: number) => {
        while (keepWriting()) {
          const streamId = `application-${randomInt(STREAMS)}`;
          const events = someEvents(1 + randomInt(3), index % 2 === 0 ? 'ApplicationAmended' : 'ApplicationScreened');
          if (index % 2 === 0) await store.appendToStream(streamId, events, { expectedRevision: 'any' });
          else await appendAtReadRevision(store, streamId, events);
          appended += events.length;
          // An embedded engine (PGlite) answers without I/O: yield, or the timers of the
          // subscriber and the restarter would never get a turn.
          await new Promise((resolve) => setImmediate(resolve));
        }
      };
      const restartMidStream = async () => {
        await waitFor(() => seen.length >= TARGET_EVENTS / 4, 'the subscriber to get under way', { timeoutMs: 50_000 });
        await subscription.stop();
        // A restarted process resumes from the checkpoint of the last event it handled.
        subscription = store.subscribeToAll({ from: lastHandled, batchSize: 25, handle });
        appendedAtRestart = appended;
      };

      try {
        await Promise.all([...Array.from({ length: WRITERS }, (_, i) => writer(i)), restartMidStream()]);
        await subscription.caughtUp();
      } finally {
        await subscription.stop();
      }

      const all = await store.readAll();
      expect(all).toHaveLength(appended);
      expect(appended).toBeGreaterThanOrEqual(TARGET_EVENTS);
      expect(appendedAtRestart).toBeLessThan(appended);
      const seenIds = idsOf(seen);
      expect(new Set(seenIds).size).toBe(seenIds.length);
      expect(seenIds).toEqual(idsOf(all));
      for (let s = 0; s < STREAMS; s++) {
        const stream = await store.readStream(`application-${s}`);
        expect(stream.map((e) => e.streamPosition)).toEqual(stream.map((_, i) => i));
        expect(verifyStreamChain(stream).ok).toBe(true);
      }
    });
  });
}
