import { leafHash, type Hash } from './hashing';

/** What a ledger leaf commits to: one stored event, named by its service's schema and its place in its stream. */
export interface EventLeaf {
  /** The schema of the service's events table (intake, governance, ethics, allocation, accounting). */
  service: string;
  streamId: string;
  streamPosition: number;
  /** The event id in lower case, as PostgreSQL prints a uuid. */
  eventId: string;
  /** The event's chain hash (hex), which covers its stored content and the hash before it. */
  hash: string;
}

/**
 * The leaf data of an event: the UTF-8 bytes of its canonical JSON with exactly these five keys
 * in this (sorted) order, no white space:
 * `{"eventId":"…","hash":"…","service":"…","streamId":"…","streamPosition":n}`.
 * Recompute it byte for byte to check a proof (README, "Leaf data").
 */
export function eventLeafData(leaf: EventLeaf): Buffer {
  if (!Number.isSafeInteger(leaf.streamPosition) || leaf.streamPosition < 0) throw new RangeError(`stream position ${leaf.streamPosition}`);
  const json = `{"eventId":${JSON.stringify(leaf.eventId.toLowerCase())},"hash":${JSON.stringify(leaf.hash)},"service":${JSON.stringify(leaf.service)},"streamId":${JSON.stringify(leaf.streamId)},"streamPosition":${leaf.streamPosition}}`;
  return Buffer.from(json, 'utf8');
}

/** HASH(0x00 || eventLeafData(leaf)): the leaf hash the ledger's tree holds for the event. */
export function eventLeafHash(leaf: EventLeaf): Hash {
  return leafHash(eventLeafData(leaf));
}
