/**
 * How one field of a read-model row is written to its column and read back. A row that went to
 * the table and came back is the row that went in (`fromSql(toSql(v))` equals `v`), so a pure fold
 * (foldRows) can show what the table will hold without a database. The two engines hand back
 * bigint and numeric as text, timestamptz as Date and jsonb parsed: the readers normalise that.
 */
export interface Column<Value> {
  readonly name: string;
  toSql(value: Value): unknown;
  fromSql(raw: unknown): Value;
}

type Nullable<T> = T | null;

function column<Value>(name: string, toSql: (value: Value) => unknown, fromSql: (raw: unknown) => Value): Column<Value> {
  return { name, toSql, fromSql };
}

const orNull = <T>(read: (raw: unknown) => T) => (raw: unknown): Nullable<T> => (raw === null || raw === undefined ? null : read(raw));
const asIs = <T>(value: T): unknown => value;

/** Column factories by SQL type; `.nullable` where the column allows NULL. */
export const columns = {
  text: (name: string) => column<string>(name, asIs, String),
  /** integer, bigint, double precision, numeric: a JS number (values beyond 2^53 do not belong here). */
  number: (name: string) => column<number>(name, asIs, Number),
  boolean: (name: string) => column<boolean>(name, asIs, Boolean),
  /** timestamptz: a Date in the row; either engine's answer read back as one. */
  timestamp: (name: string) => column<Date>(name, asIs, (raw) => new Date(raw as string | Date)),
  textArray: (name: string) => column<string[]>(name, asIs, (raw) => (raw as unknown[]).map(String)),
  /** jsonb: what JSON keeps (a Date inside becomes its ISO text, as it does in the table). */
  json: <T>(name: string) => column<T>(name, (value) => JSON.stringify(value), (raw) => (typeof raw === 'string' ? JSON.parse(raw) : raw) as T),
  nullable: {
    text: (name: string) => column<Nullable<string>>(name, asIs, orNull(String)),
    number: (name: string) => column<Nullable<number>>(name, asIs, orNull(Number)),
    timestamp: (name: string) => column<Nullable<Date>>(name, asIs, orNull((raw) => new Date(raw as string | Date))),
  },
};

/** One Column per field of the row. */
export type ColumnsOf<Row> = { readonly [K in keyof Row]-?: Column<Row[K]> };
