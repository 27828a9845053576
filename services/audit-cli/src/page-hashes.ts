import { chainHash } from '@hpc-access/eventsourcing';
import { BundleFormatError, storedEventOf, type EventLine } from '@hpc-access/audit-bundle';
import { storedHashedContent, type StoredEvent } from '@hpc-access/audit-bundle';

/** What a hash check needs of an event; data and metadata may still be the JSON text the database sent. */
export type HashInput = Pick<StoredEvent, 'streamId' | 'streamPosition' | 'eventId' | 'type' | 'data' | 'metadata' | 'recordedAt' | 'hash' | 'prevHash'>;

/**
 * The indexes of the events whose stored hash is not the hash of their stored content chained to
 * their stored prev_hash. Each event alone: whether prev_hash is the hash of the event before is
 * the chain's sequential check (ChainVerifier), so pages can be hashed in parallel.
 * `jsonText`: data and metadata are JSON text, parsed here (off the thread that reads).
 */
export function hashMismatches(events: readonly HashInput[], jsonText: boolean): number[] {
  const mismatches: number[] = [];
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    const content = jsonText ? storedHashedContent(event, JSON.parse(event.data as string), JSON.parse(event.metadata as string)) : storedHashedContent(event);
    if (chainHash(event.prevHash ?? null, event.streamPosition, content) !== event.hash) mismatches.push(i);
  }
  return mismatches;
}

/** One line of a bundle after a hashing thread read it: an event (its data left behind), another record, or what is wrong. */
export type LineResult =
  | { line: number; event: StoredEvent; hashOk: boolean }
  | { line: number; record: { record: string } & Record<string, unknown> }
  | { line: number; error: string };

/**
 * Parses bundle lines and checks each event's hash alone (as hashMismatches). The event goes back
 * without its data and metadata: the chain's links and the ledger need only its place and hashes,
 * and the reading thread is spared copying them.
 */
export function checkBundleLines(lines: readonly string[], firstLine: number): LineResult[] {
  const results: LineResult[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = firstLine + i;
    let value: unknown;
    try {
      value = JSON.parse(lines[i]);
    } catch {
      results.push({ line, error: `line ${line} is not JSON: the bundle was cut or edited` });
      continue;
    }
    if (typeof value !== 'object' || value === null || typeof (value as { record?: unknown }).record !== 'string') {
      results.push({ line, error: `line ${line}: not a bundle record (no "record" member)` });
      continue;
    }
    const record = value as { record: string } & Record<string, unknown>;
    if (record.record !== 'event') {
      results.push({ line, record });
      continue;
    }
    try {
      const event = storedEventOf(record as unknown as EventLine, line);
      const hashOk = chainHash(event.prevHash ?? null, event.streamPosition, storedHashedContent(event)) === event.hash;
      event.data = event.metadata = null;
      results.push({ line, event, hashOk });
    } catch (error) {
      if (!(error instanceof BundleFormatError)) throw error;
      results.push({ line, error: error.message });
    }
  }
  return results;
}
