import { chainHash } from '@hpc-access/eventsourcing';
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
