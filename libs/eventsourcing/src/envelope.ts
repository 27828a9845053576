/** Who did it: every stored event names the acting user and the role they acted in. */
export interface Actor {
  id: string;
  role: string;
}

export interface EventMetadata {
  correlationId: string;
  causationId: string | null;
  actor: Actor;
  schemaVersion: number;
}

/** A domain event as deciders see it: a type tag and a JSON payload. */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  type: Type;
  data: Data;
}

/** What a writer hands to the store; position and hashes are assigned by the store. */
export interface EventToAppend<E extends DomainEvent = DomainEvent> {
  eventId: string;
  type: E['type'];
  data: E['data'];
  metadata: EventMetadata;
  recordedAt: Date;
}

/**
 * A position in the global order of the store. Ordered by (transactionId, globalPosition):
 * a bare position is not a safe checkpoint under concurrent writers (ARCHITECTURE.md section 3).
 */
export interface Checkpoint {
  transactionId: string;
  globalPosition: string;
}

export const START: Checkpoint = { transactionId: '0', globalPosition: '0' };

export function compareCheckpoints(a: Checkpoint, b: Checkpoint): number {
  const tx = BigInt(a.transactionId) - BigInt(b.transactionId);
  if (tx !== 0n) return tx < 0n ? -1 : 1;
  const pos = BigInt(a.globalPosition) - BigInt(b.globalPosition);
  return pos === 0n ? 0 : pos < 0n ? -1 : 1;
}

/** The envelope of every stored event (ARCHITECTURE.md section 3). */
export interface RecordedEvent<E extends DomainEvent = DomainEvent> {
  eventId: string;
  type: E['type'];
  streamId: string;
  /** 0-based revision of the event within its stream. */
  streamPosition: number;
  globalPosition: string;
  transactionId: string;
  recordedAt: Date;
  data: E['data'];
  metadata: EventMetadata;
  hash: string;
  prevHash: string | null;
}

export function checkpointOf(event: Pick<RecordedEvent, 'transactionId' | 'globalPosition'>): Checkpoint {
  return { transactionId: event.transactionId, globalPosition: event.globalPosition };
}

const CANONICAL_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ANY_CASE_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The events with their ids in the form a store keeps and hands back: a UUID in lower case. The
 * hash covers the id, and a database's uuid column reads back in lower case, so an id hashed as
 * written in upper case would break its own chain on the first verification. The same array
 * comes back when every id is canonical already (the usual case: newEventId()).
 */
export function withCanonicalEventIds<E extends EventToAppend>(events: E[]): E[] {
  if (events.every((event) => typeof event.eventId === 'string' && CANONICAL_UUID.test(event.eventId))) return events;
  return events.map((event) => {
    if (typeof event.eventId !== 'string' || !ANY_CASE_UUID.test(event.eventId)) {
      throw new TypeError(`event id ${JSON.stringify(event.eventId)} is not a UUID (8-4-4-4-12 hexadecimal digits)`);
    }
    return { ...event, eventId: event.eventId.toLowerCase() };
  });
}
