import { readModelPage, type Page, type PageQuery } from '@hpc-access/http';
import type { Sql } from '@hpc-access/sql';

export { PageQuery } from '@hpc-access/http';

/** Equality filters (and any further conditions) on a read-model table, a stable order, and the total counted apart from the page. */
export function pageOf<Row>(db: Sql, table: string, filters: Record<string, unknown>, orderBy: string, query: PageQuery, conditions: ReadonlyArray<[string, unknown]> = []): Promise<Page<Row>> {
  return readModelPage<Row>(db, table, [...Object.entries(filters).map(([column, value]): [string, unknown] => [`${column} = ?`, value]), ...conditions], orderBy, query);
}

export const iso = (value: Date | string | null): string | null => (value === null ? null : new Date(value).toISOString());
export const num = (value: string | number | null): number | null => (value === null ? null : Number(value));
