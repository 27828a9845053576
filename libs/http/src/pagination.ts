import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import type { Sql } from '@hpc-access/sql';

/** The largest page any list route serves: one figure for every service, so a client pages them alike. */
export const PAGE_SIZE_MAX = 100;
/** The page past which no list goes (a guard against absurd offsets, not a real limit). */
export const PAGE_MAX = 100000;
export const PAGE_SIZE_DEFAULT = 20;

/** Page and page size of every list route: a list's query class extends this one. */
export class PageQuery {
  @ApiPropertyOptional({ type: 'integer', default: 1, minimum: 1, maximum: PAGE_MAX, description: 'The page to return, from 1' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(PAGE_MAX) page?: number;

  @ApiPropertyOptional({ type: 'integer', default: PAGE_SIZE_DEFAULT, minimum: 1, maximum: PAGE_SIZE_MAX, description: 'The most items a page holds' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(PAGE_SIZE_MAX) pageSize?: number;
}

export interface Page<Row> {
  page: number;
  pageSize: number;
  total: number;
  rows: Row[];
}

/**
 * A filtered page of a read-model table. Each filter is a condition with one `?` for its value;
 * filters whose value is undefined are left out. The total is counted apart from the page, so a
 * page past the end still reports the true total. A read model that keeps its own totals passes
 * `total` (a count over a large table costs more than the page: issue 20).
 */
export async function readModelPage<Row>(db: Sql, from: string, filters: ReadonlyArray<[string, unknown]>, orderBy: string, query: PageQuery, total?: number): Promise<Page<Row>> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? PAGE_SIZE_DEFAULT;
  const params: unknown[] = [];
  const where: string[] = [];
  for (const [condition, value] of filters) {
    if (value === undefined) continue;
    params.push(value);
    where.push(condition.replace('?', `$${params.length}`));
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const counted = total ?? Number((await db.query<{ total: string }>(`SELECT count(*) AS total FROM ${from} ${whereSql}`, params)).rows[0].total);
  const { rows } = await db.query<Row>(
    `SELECT * FROM ${from} ${whereSql} ORDER BY ${orderBy} LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, pageSize, (page - 1) * pageSize],
  );
  return { page, pageSize, total: counted, rows };
}
