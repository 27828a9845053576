import { InMemoryEventStore } from '@hpc-access/eventsourcing';
import { someEvents } from '@hpc-access/testing';
import { ChainVerifier } from './chain-verifier';
import { recordedAtText, storedHashedContent, type StoredEvent } from '@hpc-access/audit-bundle';

describe('the stored form of an event', () => {
  it('reads the time as the store hashed it: milliseconds, unless an edit put microseconds there', () => {
    expect(recordedAtText('2026-03-02T09:00:00.007000Z')).toBe('2026-03-02T09:00:00.007Z');
    expect(recordedAtText('2026-03-02T09:00:00.007001Z')).toBe('2026-03-02T09:00:00.007001Z');
  });

  it("gives the store's own hashed text, so a chain the store wrote verifies", async () => {
    const store = new InMemoryEventStore();
    await store.appendToStream('application-1', someEvents(3));
    const recorded = await store.readStream('application-1');
    const stored: StoredEvent[] = recorded.map((e) => ({ ...e, service: 'intake', recordedAt: e.recordedAt.toISOString() }));
    const verifier = new ChainVerifier();
    for (const event of stored) verifier.check(event);
    expect(verifier.result()).toEqual({ findings: [], findingCount: 0 });
    expect(storedHashedContent(stored[1])).toContain(`"recordedAt":"${stored[1].recordedAt}"`);
  });

  it('names an event whose prev_hash was changed, and a duplicated position', () => {
    const event = (position: number, hash: string, prevHash: string | null): StoredEvent => ({
      service: 'intake', globalPosition: String(position + 1), transactionId: '1', streamId: 's', streamPosition: position, eventId: `e${position}`,
      type: 'T', data: {}, metadata: {}, recordedAt: '2026-01-01T00:00:00.000Z', hash, prevHash,
    });
    const verifier = new ChainVerifier();
    verifier.check(event(0, 'h0', 'not-null'), true);
    const other = new ChainVerifier();
    other.check(event(0, 'h0', null), true);
    other.check(event(0, 'h0b', null), true);
    expect(verifier.result().findings[0]).toMatchObject({ kind: 'chain-break', reason: 'chain break: the first event of a stream chains to nothing, this one to not-null' });
    expect(other.result().findings[0]).toMatchObject({ kind: 'out-of-order', streamPosition: 0, eventId: 'e0' });
  });
});
