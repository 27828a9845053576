import { eventHash, type RecordedEvent } from '@hpc-access/eventsourcing';
import { eventLeafHash, type Hash } from '@hpc-access/ledger';

/** A leaf as the ledger stored it when it sequenced the event. */
export interface StoredLeaf {
  leafIndex: number;
  service: string;
  eventId: string;
  streamId: string;
  streamPosition: number;
  eventHash: string;
  leafHash: Buffer;
}

/**
 * Compares one leaf with the event it names as the store holds it now, and each event with the
 * one before it in its stream (`streams`: the last event seen per service and stream, in ledger
 * order). Returns the leaf hash re-derived from the stored event (null when the event is gone)
 * and what does not match, each finding naming the event. Pure: the start-up check reads, this judges.
 */
export function judgeLeaf(leaf: StoredLeaf, event: RecordedEvent | undefined, streams: Map<string, { position: number; hash: string }>): { derived: Hash | null; findings: string[] } {
  const named = `event ${leaf.eventId} (${leaf.service}, stream ${leaf.streamId}, position ${leaf.streamPosition}, leaf ${leaf.leafIndex})`;
  if (!event) return { derived: null, findings: [`${named} is gone from ${leaf.service}.events: the history shrank`] };
  const findings: string[] = [];
  if (eventHash(event) !== event.hash) findings.push(`${named}: its stored content no longer matches its hash (edited in place)`);
  if (event.streamId !== leaf.streamId || event.streamPosition !== leaf.streamPosition) {
    findings.push(`${named} now stands at stream ${event.streamId}, position ${event.streamPosition}: moved`);
  }
  const key = `${leaf.service}\u0000${event.streamId}`;
  const before = streams.get(key);
  const expectedPosition = before ? before.position + 1 : 0;
  if (event.streamPosition !== expectedPosition) {
    const where = before ? `the stream's event before it in the ledger is at position ${before.position}` : 'no event of its stream comes before it in the ledger';
    findings.push(`${named}: ${where}: events are missing or reordered`);
  }
  else if ((event.prevHash ?? null) !== (before?.hash ?? null)) findings.push(`${named}: its previous hash does not match the event before it`);
  streams.set(key, { position: event.streamPosition, hash: event.hash });
  if (event.hash !== leaf.eventHash) findings.push(`${named} changed since it was sequenced: its hash was ${leaf.eventHash.slice(0, 16)}…, it is ${event.hash.slice(0, 16)}… (re-hashed)`);
  const derived = eventLeafHash({ service: leaf.service, streamId: event.streamId, streamPosition: event.streamPosition, eventId: event.eventId, hash: event.hash });
  if (findings.length === 0 && !derived.equals(leaf.leafHash)) findings.push(`${named}: the stored leaf hash does not match the event (the ledger table was altered)`);
  return { derived, findings };
}
