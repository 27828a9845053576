import { createHash, hash as hashOnce } from 'node:crypto';
// Types only: a hashing thread loads the libraries (and their own dependencies) only when a line
// needs the full path (a FullLineCheck), so that on a bundle in export's form it starts at once.
import type { StoredEvent } from '@hpc-access/audit-bundle';

/**
 * What a hashing thread gives back for a block of bundle lines: the events column by column
 * (arrays of strings and numbers cross threads far cheaper than as many objects, and their data
 * and metadata stay behind: the chain's links and the ledger need only their place and hashes),
 * the indexes whose hash does not match, and the other records and errors with their places.
 */
export interface BlockResult {
  /** The line number of the block's first line, and how many it holds. */
  firstLine: number;
  lines: number;
  service: string[];
  globalPosition: string[];
  transactionId: string[];
  streamId: string[];
  streamPosition: number[];
  eventId: string[];
  type: string[];
  recordedAt: string[];
  hash: string[];
  prevHash: (string | null)[];
  /** Absent when no event of the block has one (a bundle exported without the ledger). */
  leafIndex?: (number | null | undefined)[];
  inclusionProof?: (string[] | undefined)[];
  mismatches: number[];
  /** Records other than events, and lines that are not records, each before event `eventsBefore`. */
  others: ({ line: number; eventsBefore: number } & ({ record: { record: string } & Record<string, unknown> } | { error: string }))[];
}

/** The full path for one line (bundle-line-full.ts): parsed whole, hashed as the store hashes. */
export type FullLineCheck = (result: BlockResult, text: string, line: number) => void;

const NEWLINE = 0x0a;
// An event line as export writes it (libs/audit-bundle eventLine): these members in this order,
// data and metadata in canonical JSON, so their bytes are the very bytes their hash covers.
const EVENT_PREFIX = Buffer.from('{"record":"event",');
const DATA = Buffer.from(',"data":');
const METADATA = Buffer.from(',"metadata":');
const RECORDED_AT = Buffer.from(',"recorded_at":');

/**
 * Parses the lines of `block` (UTF-8, whole lines, each ending in a newline; from byte `start`),
 * the first being line `firstLine`, and checks each event's hash alone: its stored content
 * chained to its stored prev_hash (the links between events are the reading thread's check).
 *
 * An event line in export's form is checked without parsing or re-serialising its data: the
 * hash is computed over the line's own bytes of data and metadata (canonical JSON, as export
 * writes them) between the other members, parsed on their own (fastEvent; a time-range bundle's
 * events, with their inclusion proofs, take the full path). A line in any other
 * form, or whose hash does not match so, takes the full path: parsed whole, its content
 * re-serialised in canonical JSON and hashed (the store's own hashedContent). So nothing is
 * accepted that the full path would refuse, and a mismatch is always the full path's verdict.
 */
export function checkBundleBlock(block: Uint8Array, start: number, firstLine: number, full: FullLineCheck): BlockResult;
export function checkBundleBlock(block: Uint8Array, start: number, firstLine: number, full?: FullLineCheck): BlockResult | null;
export function checkBundleBlock(block: Uint8Array, start: number, firstLine: number, full?: FullLineCheck): BlockResult | null {
  const bytes = Buffer.from(block.buffer, block.byteOffset, block.byteLength);
  const result: BlockResult = {
    firstLine, lines: 0, service: [], globalPosition: [], transactionId: [], streamId: [], streamPosition: [], eventId: [], type: [], recordedAt: [], hash: [], prevHash: [], mismatches: [], others: [],
  };
  // Off for the rest of the block once a line the full path accepts was not in export's form (an older export).
  let fast = true;
  for (let at = start; at < bytes.length; ) {
    let end = bytes.indexOf(NEWLINE, at);
    if (end < 0) end = bytes.length;
    const line = firstLine + result.lines++;
    if (!fast || !fastEvent(result, bytes, at, end)) {
      // Without the full path at hand: the caller loads it and checks the block again.
      if (!full) return null;
      const events = result.eventId.length;
      const mismatches = result.mismatches.length;
      full(result, bytes.toString('utf8', at, end), line);
      if (fast && result.eventId.length > events && result.mismatches.length === mismatches) fast = false;
    }
    at = end + 1;
  }
  return result;
}

/** The export-form check of one line (checkBundleBlock): true when it took the line, an event whose hash matches. */
function fastEvent(result: BlockResult, bytes: Buffer, at: number, end: number): boolean {
  if (end - at < EVENT_PREFIX.length || bytes.compare(EVENT_PREFIX, 0, EVENT_PREFIX.length, at, at + EVENT_PREFIX.length) !== 0) return false;
  const data = bytes.indexOf(DATA, at);
  if (data < 0 || data >= end) return false;
  const recordedAt = bytes.lastIndexOf(RECORDED_AT, end - RECORDED_AT.length);
  if (recordedAt <= data) return false;
  const metadata = bytes.lastIndexOf(METADATA, recordedAt - METADATA.length);
  if (metadata < data + DATA.length) return false;
  // The members around data and metadata, parsed as one object (a second "data" among them, the
  // one a JSON reader would keep, shows in its keys and sends the line the full way).
  let fields: Record<string, unknown>;
  try {
    fields = JSON.parse(`${bytes.toString('utf8', at, data)},${bytes.toString('utf8', recordedAt + 1, end)}`) as Record<string, unknown>;
  } catch {
    return false;
  }
  const keys = Object.keys(fields).join(',');
  if (keys !== FAST_KEYS && keys !== FAST_KEYS_WITH_LEAF) return false;
  const { service, global_position, transaction_id, stream_id, stream_position, event_id, type, recorded_at, hash, prev_hash, leaf_index } = fields;
  if (
    typeof service !== 'string' || typeof global_position !== 'string' || typeof transaction_id !== 'string' || typeof stream_id !== 'string' || typeof event_id !== 'string' ||
    typeof type !== 'string' || typeof recorded_at !== 'string' || typeof hash !== 'string' || !(prev_hash === null || typeof prev_hash === 'string') ||
    !Number.isSafeInteger(stream_position) || !(leaf_index === undefined || leaf_index === null || (Number.isSafeInteger(leaf_index) && (leaf_index as number) >= 0))
  ) {
    return false;
  }
  // hashedContent's members in its order (data, eventId, metadata, recordedAt, streamId, type),
  // chained as chainHash chains it, written once into a scratch buffer and hashed in one call.
  const dataLength = metadata - data - DATA.length;
  const metadataLength = recordedAt - metadata - METADATA.length;
  const needed = end - at + 512 + 3 * (stream_id.length + type.length) + prefixLength(prev_hash);
  if (scratch.length < needed) scratch = Buffer.allocUnsafe(Math.max(needed, 2 * scratch.length));
  let n = scratch.write(`${prev_hash ?? ''}|${stream_position as number}|{"data":`, 0, 'utf8');
  n += bytes.copy(scratch, n, data + DATA.length, data + DATA.length + dataLength);
  n += scratch.write(`,"eventId":${JSON.stringify(event_id)},"metadata":`, n, 'utf8');
  n += bytes.copy(scratch, n, metadata + METADATA.length, metadata + METADATA.length + metadataLength);
  n += scratch.write(`,"recordedAt":${JSON.stringify(recorded_at)},"streamId":${JSON.stringify(stream_id)},"type":${JSON.stringify(type)}}`, n, 'utf8');
  if (sha256Hex(scratch.subarray(0, n)) !== hash) return false;
  const index = result.eventId.length;
  result.service.push(service);
  result.globalPosition.push(global_position);
  result.transactionId.push(transaction_id);
  result.streamId.push(stream_id);
  result.streamPosition.push(stream_position as number);
  result.eventId.push(event_id);
  result.type.push(type);
  result.recordedAt.push(recorded_at);
  result.hash.push(hash);
  result.prevHash.push(prev_hash);
  if (leaf_index !== undefined || result.leafIndex) (result.leafIndex ??= new Array<number | null | undefined>(index).fill(undefined)).push(leaf_index as number | null | undefined);
  if (result.inclusionProof) result.inclusionProof.push(undefined);
  return true;
}

const FAST_KEYS = 'record,service,global_position,transaction_id,stream_id,stream_position,event_id,type,recorded_at,hash,prev_hash';
const FAST_KEYS_WITH_LEAF = `${FAST_KEYS},leaf_index`;
let scratch = Buffer.allocUnsafe(16 * 1024);
const prefixLength = (prevHash: unknown) => (typeof prevHash === 'string' ? 3 * prevHash.length : 0);
// crypto.hash (Node 20.12+) is one call, cheaper than a Hash object per event.
const sha256Hex: (bytes: Buffer) => string = typeof hashOnce === 'function' ? (bytes) => hashOnce('sha256', bytes, 'hex') : (bytes) => createHash('sha256').update(bytes).digest('hex');

/** Event `i` of a block, as the verification steps see it: its data and metadata left behind. */
export function blockEvent(block: BlockResult, i: number): StoredEvent {
  const event: StoredEvent = {
    service: block.service[i],
    globalPosition: block.globalPosition[i],
    transactionId: block.transactionId[i],
    streamId: block.streamId[i],
    streamPosition: block.streamPosition[i],
    eventId: block.eventId[i],
    type: block.type[i],
    data: null,
    metadata: null,
    recordedAt: block.recordedAt[i],
    hash: block.hash[i],
    prevHash: block.prevHash[i],
  };
  const leafIndex = block.leafIndex?.[i];
  if (leafIndex !== undefined) event.leafIndex = leafIndex;
  const proof = block.inclusionProof?.[i];
  if (proof !== undefined) event.inclusionProof = proof;
  return event;
}
