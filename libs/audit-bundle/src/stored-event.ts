import { hashedContent, type RecordedEvent } from '@hpc-access/eventsourcing';

/**
 * One event in its stored form, as the events table holds it and a bundle carries it: data and
 * metadata as stored (personal fields encrypted), the time as the text its hash covers. Nothing
 * here needs a key: the hash covers exactly this.
 */
export interface StoredEvent {
  /** The service's schema: intake, governance, ethics, allocation, accounting. */
  service: string;
  globalPosition: string;
  transactionId: string;
  streamId: string;
  streamPosition: number;
  eventId: string;
  type: string;
  data: unknown;
  metadata: unknown;
  /** ISO 8601 in UTC; milliseconds as the store writes them, microseconds only if an edit put some there. */
  recordedAt: string;
  hash: string;
  prevHash: string | null;
  /** Its index in the audit ledger, in a bundle exported with the ledger (null: not sequenced yet). */
  leafIndex?: number | null;
  /** In a time-range bundle: its inclusion path to the bundle's newest checkpoint (hex). */
  inclusionProof?: string[];
}

// One scratch envelope, refilled per event: hashedContent keeps nothing of it, and a fresh object
// per event (a mapping literal called page after page) is what V8 pretenures into the old
// generation, costing major collections on long runs (see libs/eventstore-postgres event-rows.ts).
const scratch = { eventId: '', type: '', data: undefined as unknown, metadata: undefined as unknown, recordedAt: undefined as unknown as Date };

/**
 * The text the store hashed for this event: the store's own hashedContent (libs/eventsourcing),
 * fed the stored parts. hashedParts takes a time that is not a Date as its text (String(), then
 * JSON): the stored ISO text is exactly what a Date of the store printed when it was hashed.
 */
export function storedHashedContent(event: Pick<StoredEvent, 'streamId' | 'eventId' | 'type' | 'data' | 'metadata' | 'recordedAt'>, data: unknown = event.data, metadata: unknown = event.metadata): string {
  scratch.eventId = event.eventId;
  scratch.type = event.type;
  scratch.data = data;
  scratch.metadata = metadata;
  scratch.recordedAt = event.recordedAt as unknown as Date;
  const content = hashedContent(event.streamId, scratch as unknown as RecordedEvent);
  scratch.data = scratch.metadata = undefined;
  return content;
}

/**
 * The time column as the hashed text. PostgreSQL keeps microseconds, a JavaScript Date (what the
 * store hashed) milliseconds: six digits ending in 000 are the store's own; any other is kept
 * whole, so an edit below the millisecond still fails the hash instead of being rounded away.
 */
export function recordedAtText(microsecondsIso: string): string {
  return microsecondsIso.endsWith('000Z') && microsecondsIso.length === 27 ? `${microsecondsIso.slice(0, 23)}Z` : microsecondsIso;
}
