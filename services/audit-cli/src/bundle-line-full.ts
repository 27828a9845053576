import { chainHash } from '@hpc-access/eventsourcing';
import { BundleFormatError, storedEventOf, storedHashedContent, type EventLine, type StoredEvent } from '@hpc-access/audit-bundle';
import type { BlockResult, FullLineCheck } from './bundle-blocks';

/**
 * The full path of a bundle line (bundle-blocks.ts): parsed whole; an event's content
 * re-serialised in canonical JSON by the store's own hashedContent and chained as the store
 * chains it. Every line export did not write, every event whose hash the short path did not
 * find, and every line that is not a record come here, so the verdicts and their words are
 * this path's.
 */
export const fullLineCheck: FullLineCheck = (result, text, line) => {
  const eventsBefore = result.eventId.length;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    result.others.push({ line, eventsBefore, error: `line ${line} is not JSON: the bundle was cut or edited` });
    return;
  }
  if (typeof value !== 'object' || value === null || typeof (value as { record?: unknown }).record !== 'string') {
    result.others.push({ line, eventsBefore, error: `line ${line}: not a bundle record (no "record" member)` });
    return;
  }
  const record = value as { record: string } & Record<string, unknown>;
  if (record.record !== 'event') {
    result.others.push({ line, eventsBefore, record });
    return;
  }
  let event: StoredEvent;
  try {
    event = storedEventOf(record as unknown as EventLine, line);
  } catch (error) {
    if (!(error instanceof BundleFormatError)) throw error;
    result.others.push({ line, eventsBefore, error: error.message });
    return;
  }
  if (chainHash(event.prevHash ?? null, event.streamPosition, storedHashedContent(event)) !== event.hash) result.mismatches.push(eventsBefore);
  pushEvent(result, event);
};

function pushEvent(result: BlockResult, event: StoredEvent): void {
  const index = result.eventId.length;
  result.service.push(event.service);
  result.globalPosition.push(event.globalPosition);
  result.transactionId.push(event.transactionId);
  result.streamId.push(event.streamId);
  result.streamPosition.push(event.streamPosition);
  result.eventId.push(event.eventId);
  result.type.push(event.type);
  result.recordedAt.push(event.recordedAt);
  result.hash.push(event.hash);
  result.prevHash.push(event.prevHash);
  if (event.leafIndex !== undefined || result.leafIndex) (result.leafIndex ??= new Array<number | null | undefined>(index).fill(undefined)).push(event.leafIndex);
  if (event.inclusionProof !== undefined || result.inclusionProof) (result.inclusionProof ??= new Array<string[] | undefined>(index).fill(undefined)).push(event.inclusionProof);
}
