import { canonicalJson } from '@hpc-access/eventsourcing';
import type { StoredEvent } from './stored-event';

/**
 * The audit bundle: JSON Lines, one record per line, each naming its kind in `record`:
 *
 *   {"record":"bundle","format":"hpc-access-audit-bundle","version":1,"exported_at":…,"services":{"intake":120,…}}
 *   {"record":"event","service":"intake","global_position":"17","transaction_id":"812","stream_id":…,
 *    "stream_position":3,"event_id":…,"type":…,"data":{…},"metadata":{…},"recorded_at":…,"hash":…,"prev_hash":…}
 *   …
 *   {"record":"end","events":1554,"sha256":"<hex of every byte before this line>"}
 *
 * Exported from a database with the audit ledger, the header is followed by the ledger's signed
 * checkpoints, {"record":"checkpoint","tree_size":n,"note":"<the signed note>"}, and each event
 * carries its "leaf_index" (null while not sequenced).
 *
 * Events come service by service, each in the store's order, in their stored form (encrypted
 * personal fields as stored): what the hash chains and the ledger's leaves cover. The end record
 * makes a cut file detectable. Later kinds (a signed manifest) are further records; a reader
 * refuses a kind it does not know rather than skip evidence.
 */
export const BUNDLE_FORMAT = 'hpc-access-audit-bundle';
export const BUNDLE_VERSION = 1;

export interface BundleHeader {
  record: 'bundle';
  format: typeof BUNDLE_FORMAT;
  version: number;
  exported_at: string;
  /** Events per service in the exported snapshot, in the order they follow (their sum: what a reader's progress counts to). */
  services: Record<string, number>;
  /** A time-range bundle: the events recorded in [from, to); absent: every event. */
  range?: { from: string | null; to: string | null };
}

export interface BundleEnd {
  record: 'end';
  events: number;
  /** SHA-256 (hex) of the bundle's bytes before this line. */
  sha256: string;
}

export interface EventLine {
  record: 'event';
  service: string;
  global_position: string;
  transaction_id: string;
  stream_id: string;
  stream_position: number;
  event_id: string;
  type: string;
  data: unknown;
  metadata: unknown;
  recorded_at: string;
  hash: string;
  prev_hash: string | null;
  /** Only in a bundle exported with the ledger. */
  leaf_index?: number | null;
  /**
   * A time-range bundle only: the RFC 9162 inclusion path (hex, from the leaf's sibling up) to
   * the bundle's newest checkpoint; its leaves outside the range are not in the bundle.
   */
  inclusion_proof?: string[];
}

/**
 * The event's line. Data and metadata are written in canonical JSON (libs/eventsourcing
 * canonicalJson: the text the event's hash covers), between the other members in this order, so
 * a verifier can hash the line's own bytes of them instead of parsing and re-serialising
 * (hpc-audit's bundle-blocks.ts); any JSON reader reads the same values as before.
 */
export function eventLine(event: StoredEvent): string {
  const head = JSON.stringify({
    record: 'event',
    service: event.service,
    global_position: event.globalPosition,
    transaction_id: event.transactionId,
    stream_id: event.streamId,
    stream_position: event.streamPosition,
    event_id: event.eventId,
    type: event.type,
  } satisfies Omit<EventLine, 'data' | 'metadata' | 'recorded_at' | 'hash' | 'prev_hash'>);
  const tail: Pick<EventLine, 'recorded_at' | 'hash' | 'prev_hash' | 'leaf_index' | 'inclusion_proof'> = { recorded_at: event.recordedAt, hash: event.hash, prev_hash: event.prevHash };
  if (event.leafIndex !== undefined) tail.leaf_index = event.leafIndex;
  if (event.inclusionProof !== undefined) tail.inclusion_proof = event.inclusionProof;
  return `${head.slice(0, -1)},"data":${canonicalJson(event.data)},"metadata":${canonicalJson(event.metadata)},${JSON.stringify(tail).slice(1)}`;
}

/** A line of the bundle that is not what the format says. */
export class BundleFormatError extends Error {}

const STRING_FIELDS = ['service', 'global_position', 'transaction_id', 'stream_id', 'event_id', 'type', 'recorded_at', 'hash'] as const;

export function storedEventOf(line: EventLine, lineNumber: number): StoredEvent {
  for (const field of STRING_FIELDS) {
    if (typeof line[field] !== 'string') throw new BundleFormatError(`line ${lineNumber}: event field ${field} is not a string`);
  }
  if (!Number.isSafeInteger(line.stream_position)) throw new BundleFormatError(`line ${lineNumber}: event field stream_position is not an integer`);
  if (line.prev_hash !== null && typeof line.prev_hash !== 'string') throw new BundleFormatError(`line ${lineNumber}: event field prev_hash is neither a string nor null`);
  if (line.data === undefined || line.metadata === undefined) throw new BundleFormatError(`line ${lineNumber}: an event without data or metadata`);
  if (line.leaf_index !== undefined && line.leaf_index !== null && !(Number.isSafeInteger(line.leaf_index) && line.leaf_index >= 0)) {
    throw new BundleFormatError(`line ${lineNumber}: event field leaf_index is not an index`);
  }
  if (line.inclusion_proof !== undefined && !(Array.isArray(line.inclusion_proof) && line.inclusion_proof.every((h) => typeof h === 'string' && /^[0-9a-f]{64}$/.test(h)))) {
    throw new BundleFormatError(`line ${lineNumber}: event field inclusion_proof is not a list of hashes`);
  }
  return {
    service: line.service,
    globalPosition: line.global_position,
    transactionId: line.transaction_id,
    streamId: line.stream_id,
    streamPosition: line.stream_position,
    eventId: line.event_id,
    type: line.type,
    data: line.data,
    metadata: line.metadata,
    recordedAt: line.recorded_at,
    hash: line.hash,
    prevHash: line.prev_hash,
    ...(line.leaf_index === undefined ? {} : { leafIndex: line.leaf_index }),
    ...(line.inclusion_proof === undefined ? {} : { inclusionProof: line.inclusion_proof }),
  };
}
