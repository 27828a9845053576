import * as crypto from 'node:crypto';
import type { EventToAppend, RecordedEvent } from './envelope';

/**
 * Canonical JSON: object keys sorted by code unit, no insignificant white space, primitives as
 * JSON.stringify writes them (RFC 8785 for the values this platform stores). Dates become ISO strings.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  return writeCanonical(value);
}

// Keys repeat from event to event: their JSON (and the colon) is kept, up to a bound.
const keyTexts = new Map<string, string>();
function keyText(key: string): string {
  let text = keyTexts.get(key);
  if (text === undefined) {
    text = `${JSON.stringify(key)}:`;
    if (keyTexts.size < 10_000) keyTexts.set(key, text);
  }
  return text;
}

// Hot on every append and every chain check: plain loops, no intermediate arrays of entries.
function writeCanonical(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new Error('non-finite number in event');
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object': {
      if (value === null) return 'null';
      if (value instanceof Date) return JSON.stringify(value.toISOString());
      if (Array.isArray(value)) {
        let out = '[';
        for (let i = 0; i < value.length; i++) {
          if (i > 0) out += ',';
          const item: unknown = value[i];
          out += item === undefined || item === null ? 'null' : writeCanonical(item);
        }
        return `${out}]`;
      }
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record);
      // The default sort compares strings by UTF-16 code unit, as RFC 8785 asks; often already sorted.
      for (let i = 1; i < keys.length; i++) {
        if (keys[i - 1] > keys[i]) {
          keys.sort();
          break;
        }
      }
      let out = '{';
      let first = true;
      for (const key of keys) {
        const item = record[key];
        if (item === undefined) continue;
        if (!first) out += ',';
        first = false;
        out += keyText(key) + (item === null ? 'null' : writeCanonical(item));
      }
      return `${out}}`;
    }
    default:
      return JSON.stringify(value);
  }
}

/** The canonical JSON of an event's parts, and the hashed text made of exactly these parts. */
export interface HashedParts {
  /**
   * canonicalJson(data), canonicalJson(metadata): what the store's jsonb columns are parsed from;
   * null when undefined (the hashed text then has no such member, and the store refuses it).
   */
  data: string | null;
  metadata: string | null;
  /** recordedAt as the text the hashed JSON holds (a Date's ISO string); null when undefined. */
  recordedAt: string | null;
  /** hashedContent(): the parts in one canonical object. */
  content: string;
}

// The events of one append usually share one Date: its ISO text is kept for the next event.
let lastDate: Date | undefined;
let lastTime = Number.NaN;
let lastIso = '';
function isoText(date: Date): string {
  const time = date.getTime();
  if (date !== lastDate || time !== lastTime) {
    lastIso = date.toISOString();
    lastDate = date;
    lastTime = time;
  }
  return lastIso;
}

/**
 * hashedContent() with the canonical JSON of data and metadata kept apart, so that a store can
 * write the columns from the very texts the hash covers, without serialising twice.
 */
export function hashedParts(streamId: string, event: EventToAppend | RecordedEvent): HashedParts {
  const data = event.data === undefined ? undefined : canonicalJson(event.data);
  const metadata = event.metadata === undefined ? undefined : canonicalJson(event.metadata);
  // An ISO string holds nothing JSON escapes, so its JSON is the text in quotes.
  const recordedAt = event.recordedAt === undefined ? null : event.recordedAt instanceof Date ? isoText(event.recordedAt) : String(event.recordedAt as unknown);
  // The keys of canonicalJson({data, eventId, metadata, recordedAt, streamId, type}), in their sorted order.
  const members: [string, string | undefined][] = [
    ['"data":', data],
    ['"eventId":', event.eventId === undefined ? undefined : canonicalJson(event.eventId)],
    ['"metadata":', metadata],
    ['"recordedAt":', recordedAt === null ? undefined : event.recordedAt instanceof Date ? `"${recordedAt}"` : canonicalJson(event.recordedAt)],
    ['"streamId":', streamId === undefined ? undefined : canonicalJson(streamId)],
    ['"type":', event.type === undefined ? undefined : canonicalJson(event.type)],
  ];
  let content = '{';
  for (const [key, json] of members) {
    if (json === undefined) continue;
    if (content.length > 1) content += ',';
    content += key + json;
  }
  return { data: data ?? null, metadata: metadata ?? null, recordedAt, content: `${content}}` };
}

/** The part of an event its hash covers: everything but the positions the store assigns globally. */
export function hashedContent(streamId: string, event: EventToAppend | RecordedEvent): string {
  return hashedParts(streamId, event).content;
}

/**
 * hash = SHA-256(prevHash | streamPosition | canonical JSON of the event), hex. The first event
 * of a stream chains to the empty string. Stream position is inside the hash, so reordering or
 * dropping an event breaks the chain from there on.
 */
export function chainHash(prevHash: string | null, streamPosition: number, content: string): string {
  return sha256Hex(`${prevHash ?? ''}|${streamPosition}|${content}`);
}

// crypto.hash() (Node 20.12+) is a one-shot call, about a third cheaper than a Hash object.
const sha256Hex: (text: string) => string =
  typeof crypto.hash === 'function'
    ? (text) => crypto.hash('sha256', text, 'hex')
    : (text) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');

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
