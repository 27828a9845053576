import { newCorrelationId, newEventId, type EventToAppend, type RecordedEvent } from '@hpc-access/eventsourcing';

let clock = Date.parse('2025-03-01T09:00:00.000Z');

/** An event as a command handler would append it; `recordedAt` moves on by one ms per event. */
export function anEvent(type = 'ApplicationDrafted', data: Record<string, unknown> = {}): EventToAppend {
  clock += 1;
  return {
    eventId: newEventId(),
    type,
    data: { title: 'Protein folding at scale', gpuHours: 12_500, tags: ['bio', 'ai'], nested: { ok: true, ratio: 0.25 }, ...data },
    metadata: { correlationId: newCorrelationId(), causationId: null, actor: { id: 'user-7', role: 'applicant' }, schemaVersion: 1 },
    recordedAt: new Date(clock),
  };
}

export const someEvents = (count: number, type?: string): EventToAppend[] =>
  Array.from({ length: count }, (_, i) => anEvent(type, { seq: i }));

export const idsOf = (events: readonly { eventId: string }[]): string[] => events.map((e) => e.eventId);

/** The part of a stored event its writer chose (positions and hashes are the store's). */
export const written = (e: RecordedEvent | EventToAppend) => ({
  eventId: e.eventId,
  type: e.type,
  data: e.data,
  metadata: e.metadata,
  recordedAt: e.recordedAt,
});

export function randomInt(below: number): number {
  return Math.floor(Math.random() * below);
}
