import { createHash } from 'node:crypto';
import type { EventToAppend, RecordedEvent } from './envelope';

/**
 * Canonical JSON: object keys sorted by code unit, no insignificant white space, primitives as
 * JSON.stringify writes them (RFC 8785 for the values this platform stores). Dates become ISO strings.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('non-finite number in event');
  return JSON.stringify(value);
}

/** The part of an event its hash covers: everything but the positions the store assigns globally. */
export function hashedContent(streamId: string, event: EventToAppend | RecordedEvent): string {
  return canonicalJson({
    data: event.data,
    eventId: event.eventId,
    metadata: event.metadata,
    recordedAt: event.recordedAt,
    streamId,
    type: event.type,
  });
}

/**
 * hash = SHA-256(prevHash | streamPosition | canonical JSON of the event), hex. The first event
 * of a stream chains to the empty string. Stream position is inside the hash, so reordering or
 * dropping an event breaks the chain from there on.
 */
export function chainHash(prevHash: string | null, streamPosition: number, content: string): string {
  return createHash('sha256').update(`${prevHash ?? ''}|${streamPosition}|${content}`, 'utf8').digest('hex');
}

export function eventHash(event: RecordedEvent): string {
  return chainHash(event.prevHash, event.streamPosition, hashedContent(event.streamId, event));
}

export interface ChainVerification {
  ok: boolean;
  checked: number;
  /** The first event that does not match, and why. */
  firstBroken?: { eventId: string; streamPosition: number; reason: string };
}

/** Verifies one stream's events, read in order from revision 0. */
export function verifyStreamChain(events: readonly RecordedEvent[]): ChainVerification {
  let prev: string | null = null;
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    const broken = (reason: string): ChainVerification => ({
      ok: false,
      checked: i,
      firstBroken: { eventId: e.eventId, streamPosition: e.streamPosition, reason },
    });
    if (e.streamPosition !== i) return broken(`position ${e.streamPosition} where ${i} was expected`);
    if ((e.prevHash ?? null) !== prev) return broken('prevHash does not match the previous event');
    if (eventHash(e) !== e.hash) return broken('hash does not match the content');
    prev = e.hash;
  }
  return { ok: true, checked: events.length };
}
