/// <reference types="jest" />
import { verifyStreamChain } from '@hpc-access/eventsourcing';
import { someEvents } from './fixtures';
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
