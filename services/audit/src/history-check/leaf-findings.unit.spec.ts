import { chainHash, hashedContent, type RecordedEvent } from '@hpc-access/eventsourcing';
import { eventLeafHash } from '@hpc-access/ledger';
import { judgeLeaf, type StoredLeaf } from './leaf-findings';

/** A stream of n properly chained events, and the leaves the ledger gave them. */
function chained(streamId: string, n: number): { events: RecordedEvent[]; leaves: StoredLeaf[] } {
  const events: RecordedEvent[] = [];
  let prev: string | null = null;
  for (let i = 0; i < n; i++) {
    const base = {
      eventId: `00000000-0000-4000-8000-00000000000${i}`, type: 'ThingHappened', streamId, streamPosition: i, globalPosition: String(i + 1), transactionId: String(i + 1),
      recordedAt: new Date('2026-12-07T10:00:00.000Z'), data: { n: i }, metadata: { correlationId: 'c', causationId: null, actor: { id: 'u', role: 'auditor' }, schemaVersion: 1 },
    };
    const hash = chainHash(prev, i, hashedContent(streamId, { ...base, hash: '', prevHash: prev } as RecordedEvent));
    events.push({ ...base, hash, prevHash: prev } as RecordedEvent);
    prev = hash;
  }
  const leaves = events.map((e, i) => ({ leafIndex: i, service: 'intake', eventId: e.eventId, streamId, streamPosition: i, eventHash: e.hash, leafHash: eventLeafHash({ service: 'intake', streamId, streamPosition: i, eventId: e.eventId, hash: e.hash }) }));
  return { events, leaves };
}

describe('judging one ledger leaf against its stored event', () => {
  it('finds nothing wrong with an untouched stream, and re-derives each leaf hash', () => {
    const { events, leaves } = chained('s', 3);
    const streams = new Map();
    for (let i = 0; i < 3; i++) {
      const judged = judgeLeaf(leaves[i], events[i], streams);
      expect(judged.findings).toEqual([]);
      expect(judged.derived!.equals(leaves[i].leafHash)).toBe(true);
    }
  });

  it('names a gone event', () => {
    const { leaves } = chained('s', 1);
    expect(judgeLeaf(leaves[0], undefined, new Map())).toEqual({ derived: null, findings: [`event ${leaves[0].eventId} (intake, stream s, position 0, leaf 0) is gone from intake.events: the history shrank`] });
  });

  it('names an event whose content was edited without re-hashing', () => {
    const { events, leaves } = chained('s', 1);
    const judged = judgeLeaf(leaves[0], { ...events[0], data: { n: 99 } }, new Map());
    expect(judged.findings).toEqual([`event ${leaves[0].eventId} (intake, stream s, position 0, leaf 0): its stored content no longer matches its hash (edited in place)`]);
  });

  it('names an event whose hash changed since it was sequenced (the stream re-hashed)', () => {
    const { leaves } = chained('s', 1);
    const forged = chained('s', 1).events[0];
    const edited = { ...forged, data: { n: 7 } };
    const rehashed = { ...edited, hash: chainHash(null, 0, hashedContent('s', edited)) };
    const judged = judgeLeaf(leaves[0], rehashed, new Map());
    expect(judged.findings).toEqual([expect.stringMatching(/^event .* \(intake, stream s, position 0, leaf 0\) changed since it was sequenced: its hash was [0-9a-f]{16}…, it is [0-9a-f]{16}… \(re-hashed\)$/)]);
  });

  it('names a gap in a stream: an event missing between two the ledger holds', () => {
    const { events, leaves } = chained('s', 3);
    const streams = new Map();
    judgeLeaf(leaves[0], events[0], streams);
    const judged = judgeLeaf(leaves[2], events[2], streams);
    expect(judged.findings).toEqual([`event ${leaves[2].eventId} (intake, stream s, position 2, leaf 2): the stream's event before it in the ledger is at position 0: events are missing or reordered`]);
  });

  it('names an event whose stream lost its first events', () => {
    const { events, leaves } = chained('s', 2);
    expect(judgeLeaf(leaves[1], events[1], new Map()).findings).toEqual([`event ${leaves[1].eventId} (intake, stream s, position 1, leaf 1): no event of its stream comes before it in the ledger: events are missing or reordered`]);
  });

  it('names a stored leaf hash that does not match an intact event (the ledger table altered)', () => {
    const { events, leaves } = chained('s', 1);
    const judged = judgeLeaf({ ...leaves[0], leafHash: Buffer.alloc(32) }, events[0], new Map());
    expect(judged.findings).toEqual([`event ${leaves[0].eventId} (intake, stream s, position 0, leaf 0): the stored leaf hash does not match the event (the ledger table was altered)`]);
  });
});
