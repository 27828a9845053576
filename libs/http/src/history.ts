import type { RecordedEvent } from '@hpc-access/eventsourcing';

/** One event as a history route shows it: what happened, who did it in which role, when, and its hash. */
export interface HistoryEntry {
  eventId: string;
  type: string;
  revision: number;
  recordedAt: string;
  actor: RecordedEvent['metadata']['actor'];
  correlationId: string;
  causationId: string | null;
  data: unknown;
  hash: string;
}

/** Every history route of every service answers with the same entries. */
export function historyEntries(events: readonly RecordedEvent[]): HistoryEntry[] {
  return events.map((e) => ({
    eventId: e.eventId,
    type: e.type,
    revision: e.streamPosition,
    recordedAt: e.recordedAt.toISOString(),
    actor: e.metadata.actor,
    correlationId: e.metadata.correlationId,
    causationId: e.metadata.causationId,
    data: e.data,
    hash: e.hash,
  }));
}
