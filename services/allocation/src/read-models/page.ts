import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import type { Sql } from '@hpc-access/eventstore-postgres';

export class PageQuery {
  @ApiPropertyOptional({ default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100000) page?: number;
  @ApiPropertyOptional({ default: 20 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) pageSize?: number;
}

/** Equality filters on a read-model table, a stable order, and the total counted apart from the page. */
export async function pageOf<Row>(db: Sql, table: string, filters: Record<string, unknown>, orderBy: string, query: PageQuery): Promise<{ page: number; pageSize: number; total: number; rows: Row[] }> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  const params: unknown[] = [];
  const where: string[] = [];
  for (const [column, value] of Object.entries(filters)) {
    if (value === undefined) continue;
    params.push(value);
    where.push(`${column} = $${params.length}`);
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const count = await db.query<{ total: string }>(`SELECT count(*) AS total FROM ${table} ${whereSql}`, params);
  const { rows } = await db.query<Row>(`SELECT * FROM ${table} ${whereSql} ORDER BY ${orderBy} LIMIT $${params.length + 1} OFFSET $${params.length + 2}`, [...params, pageSize, (page - 1) * pageSize]);
  return { page, pageSize, total: Number(count.rows[0].total), rows };
}

export const iso = (value: Date | string | null): string | null => (value === null ? null : new Date(value).toISOString());
export const num = (value: string | number | null): number | null => (value === null ? null : Number(value));
