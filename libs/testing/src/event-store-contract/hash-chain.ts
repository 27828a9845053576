/// <reference types="jest" />
import { verifyStreamChain } from '@hpc-access/eventsourcing';
import { anEvent, someEvents } from './fixtures';
import type { SubjectAccessor } from './subject';

export function hashChainContract(subject: SubjectAccessor): void {
  describe('hash chain', () => {
    it('chains each stream from an empty start, and the chain verifies', async () => {
      const { store } = subject();
      await store.appendToStream('a', someEvents(2));
      await store.appendToStream('b', someEvents(1));
      await store.appendToStream('a', someEvents(3));
      const a = await store.readStream('a');
      expect(a[0].prevHash).toBeNull();
      for (let i = 1; i < a.length; i++) expect(a[i].prevHash).toBe(a[i - 1].hash);
      expect(a.every((e) => /^[0-9a-f]{64}$/.test(e.hash))).toBe(true);
      expect(verifyStreamChain(a)).toEqual({ ok: true, checked: 5 });
      expect(verifyStreamChain(await store.readStream('b'))).toEqual({ ok: true, checked: 1 });
    });

    it('keeps an id written in upper case as the lower-case UUID it reads back, and the chain verifies', async () => {
      const { store } = subject();
      const upper = { ...anEvent(), eventId: anEvent().eventId.toUpperCase() };

      const appended = await store.appendToStream('a', [upper, ...someEvents(1)]);

      expect(appended.events[0].eventId).toBe(upper.eventId.toLowerCase());
      const stored = await store.readStream('a');
      expect(stored[0].eventId).toBe(upper.eventId.toLowerCase());
      expect(stored.map((e) => e.hash)).toEqual(appended.events.map((e) => e.hash));
      expect(verifyStreamChain(stored)).toEqual({ ok: true, checked: 2 });
    });

    it('refuses an id that is not a UUID, and stores nothing', async () => {
      const { store } = subject();

      await expect(store.appendToStream('a', [{ ...anEvent(), eventId: 'e-1' }])).rejects.toThrow(/"e-1" is not a UUID/);
      expect(await store.readStream('a')).toEqual([]);
    });

    it('names the first event whose stored data was altered', async () => {
      const { store, tamper } = subject();
      await store.appendToStream('a', someEvents(4));
      const stored = await store.readStream('a');
      if (!tamper) {
        // This adapter's storage cannot be altered from outside; the untouched chain must verify.
        expect(verifyStreamChain(stored).ok).toBe(true);
        return;
      }
      await tamper(stored[2].eventId, { title: 'rewritten after the fact', gpuHours: 1_000_000 });
      const verification = verifyStreamChain(await store.readStream('a'));
      expect(verification.ok).toBe(false);
      expect(verification.firstBroken).toMatchObject({ eventId: stored[2].eventId, streamPosition: 2 });
    });
  });
}
