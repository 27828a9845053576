import type { EntityType } from './entity-types';

/** An event of the entity's stream as its service's table stores it (data as stored: personal data stays encrypted). */
export interface StoredStreamEvent {
  eventId: string;
  type: string;
  streamPosition: number;
  recordedAt: Date;
  data: unknown;
  hash: string;
}

export interface LastApplied {
  eventId: string;
  type: string;
  streamPosition: number;
  recordedAt: string;
  hash: string;
}

export type AsOfResult =
  | { existed: true; state: unknown; lastEvent: LastApplied; eventsApplied: number }
  | { existed: false };

/**
 * What a decision's maker saw is the world just before the decision (decisions.controller.ts):
 * events recorded strictly before its instant (its consequences, recorded at the same instant by
 * reactions acting at their cause's time, are not), and in the deciding stream only the events
 * before the decision's position.
 */
export interface Before {
  strictly?: boolean;
  streamPosition?: number;
}

/**
 * The entity as it stood at `asOf`: every event of its stream recorded at or before that instant,
 * applied in stream order with the owning service's evolve, starting from its initial state.
 * Recorded times need not rise along a stream (a reaction acts at its cause's time, ADR 27), so
 * the events are filtered by time, not cut at the first later one. No event by then: it did not
 * exist yet.
 */
export function foldAsOf(entity: EntityType, events: readonly StoredStreamEvent[], asOf: Date, before: Before = {}): AsOfResult {
  const applied = events
    .filter((e) => (before.strictly ? e.recordedAt.getTime() < asOf.getTime() : e.recordedAt.getTime() <= asOf.getTime()))
    .filter((e) => before.streamPosition === undefined || e.streamPosition < before.streamPosition)
    .sort((a, b) => a.streamPosition - b.streamPosition);
  if (applied.length === 0) return { existed: false };
  // Each event is handed over as evolve would get it from the store: its type and its data.
  const state = applied.reduce((current, e) => entity.apply(current, { type: e.type, data: structuredClone(e.data) }), entity.initialState());
  const last = applied[applied.length - 1];
  return {
    existed: true,
    state,
    lastEvent: { eventId: last.eventId, type: last.type, streamPosition: last.streamPosition, recordedAt: last.recordedAt.toISOString(), hash: last.hash },
    eventsApplied: applied.length,
  };
}

/** The answer about one entity as of an instant: the audit route's body and `hpc-audit replay --json`'s output alike. */
export interface EntityAsOf {
  entityType: string;
  id: string;
  service: string;
  streamId: string;
  evolve: string;
  asOf: string;
  state: unknown;
  lastEvent: LastApplied;
  eventsApplied: number;
}

/** The answer for an entity that existed at `asOf` (`result` from foldAsOf). */
export function entityAsOfAnswer(entityType: string, id: string, type: EntityType, asOf: Date, result: Extract<AsOfResult, { existed: true }>): EntityAsOf {
  const { state, lastEvent, eventsApplied } = result;
  return { entityType, id, service: type.service, streamId: type.streamId(id), evolve: type.evolve, asOf: asOf.toISOString(), state, lastEvent, eventsApplied };
}
