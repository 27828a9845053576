import type { DomainEvent, RecordedEvent } from '@hpc-access/eventsourcing';
import type { ColumnsOf } from './columns';

/**
 * A read model that is a fold of events into rows of one table, one row per key: `evolve` is pure
 * (the row as it stands, or null, and an event give the next row, or null to delete it), and the
 * table is only where the rows are kept (rowProjection, the SQL edge). In the spirit of Emmett's
 * single-stream projections (`canHandle`, `evolve(document | null, event)`).
 */
export interface RowModel<Row extends object, E extends DomainEvent = DomainEvent> {
  /** Schema-qualified table name. */
  readonly table: string;
  readonly columns: ColumnsOf<Row>;
  /** The fields of the primary key, in the order of the table's key. */
  readonly key: readonly (keyof Row & string)[];
  /** Event types it folds; others never reach evolve. Absent: every event (keyOf picks its own, e.g. by stream). */
  readonly canHandle?: readonly E['type'][];
  /** The key of the row an event belongs to; null when the event is not this model's (another stream). */
  keyOf(event: Recorded<E>): Partial<Row> | null;
  evolve(row: Row | null, event: Recorded<E>): Row | null;
  /**
   * A number field holding the revision (0-based stream position) of the last event folded in.
   * With it the fold skips an event at or below the row's revision and stamps the row with the
   * event's: replaying events a row has seen changes nothing. Only for rows fed by one stream.
   */
  readonly revision?: keyof Row & string;
}

/**
 * A stored event as evolve sees it: its type and data still tell each other apart (a switch on
 * `type` narrows `data`), with the envelope (streamId, streamPosition, recordedAt, metadata) beside.
 */
export type Recorded<E extends DomainEvent> = E extends DomainEvent ? E & Omit<RecordedEvent, 'type' | 'data'> : never;

/** The event as the model's own, or null when it is of a type the model does not fold. */
export function handledBy<Row extends object, E extends DomainEvent>(model: RowModel<Row, E>, event: RecordedEvent): Recorded<E> | null {
  return !model.canHandle || model.canHandle.includes(event.type) ? (event as unknown as Recorded<E>) : null;
}

/** One step of the fold, as the projection applies it and as foldRows replays it. */
export function evolveRow<Row extends object, E extends DomainEvent>(model: RowModel<Row, E>, row: Row | null, event: Recorded<E>): Row | null {
  const revision = model.revision;
  if (revision && row && Number(row[revision]) >= event.streamPosition) return row;
  const next = model.evolve(row, event);
  if (!next || !revision) return next;
  return { ...next, [revision]: event.streamPosition };
}

/** The row as the table hands it back: every field through its column (see Column). */
export function asStored<Row extends object>(columns: ColumnsOf<Row>, row: Row): Row {
  const stored = {} as Row;
  for (const field of Object.keys(columns) as (keyof Row)[]) {
    const column = columns[field];
    stored[field] = column.fromSql(column.toSql(row[field]));
  }
  return stored;
}

/** A row as a query reads it from the table (column names to fields), for the read model's own queries. */
export function rowFrom<Row extends object>(columns: ColumnsOf<Row>, raw: Record<string, unknown>): Row {
  const row = {} as Row;
  for (const field of Object.keys(columns) as (keyof Row)[]) row[field] = columns[field].fromSql(raw[columns[field].name]);
  return row;
}

export function keyText<Row extends object>(model: Pick<RowModel<Row>, 'key'>, key: Partial<Row>): string {
  return JSON.stringify(model.key.map((field) => key[field]));
}

/**
 * The rows the table holds after these events, without a database: for unit tests of a read
 * model ("given these events, this row"). In key order of first appearance.
 */
export function foldRows<Row extends object, E extends DomainEvent>(model: RowModel<Row, E>, events: readonly RecordedEvent[]): Row[] {
  const rows = new Map<string, Row>();
  for (const recorded of events) {
    const event = handledBy(model, recorded);
    const key = event && model.keyOf(event);
    if (!event || !key) continue;
    const id = keyText(model, key);
    const next = evolveRow(model, rows.get(id) ?? null, event);
    if (next) rows.set(id, asStored(model.columns, next));
    else rows.delete(id);
  }
  return [...rows.values()];
}
