import type { RecordedEvent } from './envelope';
import { canonicalJson, chainHash, hashedContent, verifyStreamChain } from './hash-chain';

/** A stream as a store would write it: each hash chained to the one before, built with chainHash. */
function chainedStream(streamId: string, payloads: readonly unknown[]): RecordedEvent[] {
  let prevHash: string | null = null;
  return payloads.map((data, i) => {
    const event: RecordedEvent = {
      eventId: `00000000-0000-7000-8000-00000000000${i}`,
      type: 'ProposalAmended',
      streamId,
      streamPosition: i,
      globalPosition: String(10 + i),
      transactionId: String(100 + i),
      recordedAt: new Date(Date.UTC(2025, 0, 1, 12, 0, i)),
      data,
      metadata: { correlationId: 'corr-1', causationId: null, actor: { id: 'u-1', role: 'applicant' }, schemaVersion: 1 },
      hash: '',
      prevHash,
    };
    event.hash = chainHash(prevHash, i, hashedContent(streamId, event));
    prevHash = event.hash;
    return event;
  });
}

const fiveEvents = () => chainedStream('proposal-1', [0, 1, 2, 3, 4].map((n) => ({ title: `draft ${n}`, pages: n })));

describe('canonicalJson', () => {
  it('writes the same text whatever order the keys were inserted in', () => {
    expect(canonicalJson({ b: 1, a: 2, c: { y: true, x: false } })).toBe('{"a":2,"b":1,"c":{"x":false,"y":true}}');
    expect(canonicalJson({ c: { x: false, y: true }, a: 2, b: 1 })).toBe(canonicalJson({ b: 1, a: 2, c: { y: true, x: false } }));
  });

  it('sorts keys inside nested arrays and objects but keeps array order', () => {
    const value = { z: [{ b: 1, a: [3, { d: 1, c: 2 }] }, 'last'], a: null, m: [] as unknown[] };
    expect(canonicalJson(value)).toBe('{"a":null,"m":[],"z":[{"a":[3,{"c":2,"d":1}],"b":1},"last"]}');
  });

  it('writes Dates as their ISO string, the same text as the string itself', () => {
    const at = new Date('2025-01-02T03:04:05.678Z');
    expect(canonicalJson({ at })).toBe('{"at":"2025-01-02T03:04:05.678Z"}');
    expect(canonicalJson({ at })).toBe(canonicalJson({ at: '2025-01-02T03:04:05.678Z' }));
  });

  it('drops undefined properties and writes undefined array items as null, as JSON.stringify does', () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
    expect(canonicalJson({ a: 1, b: undefined })).toBe(canonicalJson({ a: 1 }));
    expect(canonicalJson([1, undefined, 2])).toBe('[1,null,2]');
  });

  it('refuses numbers JSON cannot carry, at any depth', () => {
    expect(() => canonicalJson(Number.NaN)).toThrow(/non-finite/);
    expect(() => canonicalJson({ a: Number.POSITIVE_INFINITY })).toThrow(/non-finite/);
    expect(() => canonicalJson({ a: [{ b: Number.NEGATIVE_INFINITY }] })).toThrow(/non-finite/);
  });

  it('keeps unicode text as it is and escapes only what JSON must', () => {
    expect(canonicalJson({ name: 'Zoë Ñúñez 日本 😀' })).toBe('{"name":"Zoë Ñúñez 日本 😀"}');
    expect(canonicalJson('line\nbreak "quoted" \\')).toBe('"line\\nbreak \\"quoted\\" \\\\"');
    expect(canonicalJson('\ud800')).toBe('"\\ud800"');
  });

  it('sorts unicode keys by UTF-16 code unit as RFC 8785 asks, so an emoji comes before U+FB01', () => {
    expect(canonicalJson({ 'ﬁ': 1, '😀': 2, z: 3, 'é': 4 })).toBe('{"z":3,"é":4,"😀":2,"ﬁ":1}');
  });
});

describe('chainHash', () => {
  it('gives the same SHA-256 hex for the same inputs', () => {
    const hash = chainHash('ab'.repeat(32), 3, '{"a":1}');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(chainHash('ab'.repeat(32), 3, '{"a":1}')).toBe(hash);
  });

  it('changes with the previous hash, the position and the content', () => {
    const hash = chainHash('ab'.repeat(32), 3, '{"a":1}');
    expect(chainHash('cd'.repeat(32), 3, '{"a":1}')).not.toBe(hash);
    expect(chainHash(null, 3, '{"a":1}')).not.toBe(hash);
    expect(chainHash('ab'.repeat(32), 4, '{"a":1}')).not.toBe(hash);
    expect(chainHash('ab'.repeat(32), 3, '{"a":2}')).not.toBe(hash);
  });
});

describe('verifyStreamChain', () => {
  it('accepts a stream whose hashes were chained with chainHash', () => {
    expect(verifyStreamChain(fiveEvents())).toEqual({ ok: true, checked: 5 });
  });

  it('accepts an empty stream', () => {
    expect(verifyStreamChain([])).toEqual({ ok: true, checked: 0 });
  });

  it('does not depend on the global positions, which the store assigns outside the stream', () => {
    const events = fiveEvents().map((e) => ({ ...e, globalPosition: String(Number(e.globalPosition) + 1000), transactionId: '7' }));
    expect(verifyStreamChain(events).ok).toBe(true);
  });

  it('verifies an exported stream read back from JSON, where recordedAt is a string', () => {
    const exported = JSON.parse(JSON.stringify(fiveEvents())) as RecordedEvent[];
    expect(typeof exported[0].recordedAt).toBe('string');
    expect(verifyStreamChain(exported)).toEqual({ ok: true, checked: 5 });
  });

  it('names the event whose data was changed', () => {
    const events = fiveEvents();
    events[2] = { ...events[2], data: { title: 'draft 2', pages: 200 } };
    expect(verifyStreamChain(events)).toEqual({
      ok: false,
      checked: 2,
      firstBroken: { eventId: events[2].eventId, streamPosition: 2, reason: 'hash does not match the content' },
    });
  });

  it('names the event whose metadata actor was changed', () => {
    const events = fiveEvents();
    events[1] = { ...events[1], metadata: { ...events[1].metadata, actor: { id: 'u-2', role: 'applicant' } } };
    const result = verifyStreamChain(events);
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toEqual({ eventId: events[1].eventId, streamPosition: 1, reason: 'hash does not match the content' });
  });

  it('names the first event out of place when two events were swapped', () => {
    const original = fiveEvents();
    const reordered = [original[0], original[2], original[1], original[3], original[4]];
    const result = verifyStreamChain(reordered);
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toEqual({ eventId: original[2].eventId, streamPosition: 2, reason: 'position 2 where 1 was expected' });
  });

  it('detects swapped events even when their positions were renumbered to look in order', () => {
    const original = fiveEvents();
    const reordered = [original[0], { ...original[2], streamPosition: 1 }, { ...original[1], streamPosition: 2 }, original[3], original[4]];
    const result = verifyStreamChain(reordered);
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toEqual({ eventId: original[2].eventId, streamPosition: 1, reason: 'prevHash does not match the previous event' });
  });

  it('names the event after a dropped one', () => {
    const original = fiveEvents();
    const dropped = original.filter((e) => e.streamPosition !== 3);
    const result = verifyStreamChain(dropped);
    expect(result.ok).toBe(false);
    expect(result.checked).toBe(3);
    expect(result.firstBroken).toEqual({ eventId: original[4].eventId, streamPosition: 4, reason: 'position 4 where 3 was expected' });
  });

  it('detects a dropped event even when the later positions were renumbered', () => {
    const original = fiveEvents();
    const dropped = [original[0], original[1], original[2], { ...original[4], streamPosition: 3 }];
    const result = verifyStreamChain(dropped);
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toEqual({ eventId: original[4].eventId, streamPosition: 3, reason: 'prevHash does not match the previous event' });
  });

  it('names the event whose prevHash was changed', () => {
    const events = fiveEvents();
    events[3] = { ...events[3], prevHash: 'f'.repeat(64) };
    const result = verifyStreamChain(events);
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toEqual({ eventId: events[3].eventId, streamPosition: 3, reason: 'prevHash does not match the previous event' });
  });

  it('refuses a first event that claims a predecessor', () => {
    const events = fiveEvents();
    events[0] = { ...events[0], prevHash: 'f'.repeat(64) };
    expect(verifyStreamChain(events).firstBroken).toMatchObject({ streamPosition: 0, reason: 'prevHash does not match the previous event' });
  });

  it('catches a rewrite that also recomputed the hash at the next event, whose prevHash no longer matches', () => {
    const events = fiveEvents();
    const rewritten = { ...events[1], data: { title: 'forged', pages: 1 } };
    rewritten.hash = chainHash(rewritten.prevHash, 1, hashedContent(rewritten.streamId, rewritten));
    events[1] = rewritten;
    expect(verifyStreamChain(events).firstBroken).toEqual({
      eventId: events[2].eventId,
      streamPosition: 2,
      reason: 'prevHash does not match the previous event',
    });
  });
});
