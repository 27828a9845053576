import type { RecordedEvent } from './envelope';

/** Turns an old event shape into the next one; stored events are never rewritten. */
export interface Upcaster {
  type: string;
  fromSchemaVersion: number;
  upcast(data: unknown): unknown;
}

/** Applies upcasters in a chain until no more match the event's type and schema version. */
export function upcast(event: RecordedEvent, upcasters: readonly Upcaster[]): RecordedEvent {
  let current = event;
  for (;;) {
    const next = upcasters.find(
      (u) => u.type === current.type && u.fromSchemaVersion === current.metadata.schemaVersion,
    );
    if (!next) return current;
    current = {
      ...current,
      data: next.upcast(current.data),
      metadata: { ...current.metadata, schemaVersion: current.metadata.schemaVersion + 1 },
    };
  }
}
