import type { DomainEvent, Projection, RecordedEvent } from '@hpc-access/eventsourcing';
import type { Sql } from '../database';
import { evolveRow, handledBy, rowFrom, type RowModel } from './row-model';

/** A row model bound to its table, its row and event types no longer in the signature (rowTable). */
export interface RowTable {
  readonly table: string;
  /** Absent: every event. */
  readonly canHandle?: readonly string[];
  apply(tx: Sql, event: RecordedEvent): Promise<void>;
}

/** A projection over row tables: it can always be reset (rebuilt from the events). */
export type RowProjection = Projection<Sql> & {
  reset(tx: Sql): Promise<void>;
  /** Every table it writes, schema-qualified: what a shadow rebuild copies and swaps (ADR 31). */
  readonly tables: readonly string[];
};

/**
 * A projection that keeps the tables of one or more row models (the SQL edge of RowModel): for each
 * event a model can handle it loads the row by key in the projection's transaction, evolves it, and
 * upserts or deletes it. `name` is the checkpoint's: keep it when converting a projection.
 */
export function rowProjection<Row extends object, E extends DomainEvent>(name: string, model: RowModel<Row, E>, ...more: RowTable[]): RowProjection {
  const tables = [rowTable(model), ...more];
  return {
    name,
    tables: tables.map((table) => table.table),
    handles: tables.every((table) => table.canHandle) ? [...new Set(tables.flatMap((table) => table.canHandle ?? []))] : undefined,
    async apply(tx: Sql, event: RecordedEvent): Promise<void> {
      for (const table of tables) await table.apply(tx, event);
    },
    async reset(tx: Sql): Promise<void> {
      await tx.query(`TRUNCATE ${tables.map((table) => table.table).join(', ')}`);
    },
  };
}

/** The SQL edge of one row model: load the row by key, evolve, upsert or delete. */
export function rowTable<Row extends object, E extends DomainEvent>(model: RowModel<Row, E>): RowTable {
  const fields = Object.keys(model.columns) as (keyof Row & string)[];
  const names = fields.map((field) => model.columns[field].name);
  const keyColumns = model.key.map((field) => model.columns[field].name);
  const where = keyColumns.map((column, i) => `${column} = $${i + 1}`).join(' AND ');
  const updates = names.filter((column) => !keyColumns.includes(column)).map((column) => `${column} = EXCLUDED.${column}`);
  const select = `SELECT ${names.join(', ')} FROM ${model.table} WHERE ${where}`;
  const upsert = `INSERT INTO ${model.table} (${names.join(', ')}) VALUES (${names.map((_, i) => `$${i + 1}`).join(', ')})
    ON CONFLICT (${keyColumns.join(', ')}) ${updates.length ? `DO UPDATE SET ${updates.join(', ')}` : 'DO NOTHING'}`;
  const remove = `DELETE FROM ${model.table} WHERE ${where}`;

  return {
    table: model.table,
    canHandle: model.canHandle,
    async apply(tx: Sql, recorded: RecordedEvent): Promise<void> {
      const event = handledBy(model, recorded);
      const key = event && model.keyOf(event);
      if (!event || !key) return;
      const keyValues = model.key.map((field) => model.columns[field].toSql(key[field] as Row[typeof field]));
      const { rows } = await tx.query<Record<string, unknown>>(select, keyValues);
      const before = rows[0] ? rowFrom(model.columns, rows[0]) : null;
      const after = evolveRow(model, before, event);
      // The same row back: nothing to write (an event already folded in, or one that changes nothing).
      if (after === before) return;
      if (after) await tx.query(upsert, fields.map((field) => model.columns[field].toSql(after[field])));
      else if (before) await tx.query(remove, keyValues);
    },
  };
}
