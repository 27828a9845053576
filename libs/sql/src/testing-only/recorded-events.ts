import type { DomainEvent, RecordedEvent } from '@hpc-access/eventsourcing';

let globalPosition = 0;

/**
 * Stored events of one stream for read-model specs without a store: each call gives the next
 * revision (from 0), a later global position and recordedAt one minute after the last.
 */
export function recordedStream(streamId: string, firstAt = new Date('2026-01-01T00:00:00.000Z')) {
  let revision = 0;
  return (event: DomainEvent, recordedAt = new Date(firstAt.getTime() + revision * 60_000)): RecordedEvent => {
    globalPosition += 1;
    return {
      eventId: `00000000-0000-4000-8000-${String(globalPosition).padStart(12, '0')}`, type: event.type, data: event.data, streamId,
      streamPosition: revision++, globalPosition: String(globalPosition), transactionId: String(globalPosition), recordedAt,
      metadata: { correlationId: 'spec', causationId: null, actor: { id: 'spec-user', role: 'administrator' }, schemaVersion: 1 },
      hash: 'spec', prevHash: null,
    };
  };
}
