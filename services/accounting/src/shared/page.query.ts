import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** Page and page size of every list route. */
export class PageQuery {
  @ApiPropertyOptional({ default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100000) page?: number;
  @ApiPropertyOptional({ default: 20 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) pageSize?: number;
}

/** Runs a filtered, paginated query; the total is counted apart from the page. */
export async function paginate<Row>(
  db: { query<R>(text: string, params?: unknown[]): Promise<{ rows: R[] }> },
  from: string,
  filters: Array<[string, unknown]>,
  orderBy: string,
  query: PageQuery,
): Promise<{ page: number; pageSize: number; total: number; rows: Row[] }> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  const params: unknown[] = [];
  const where: string[] = [];
  for (const [condition, value] of filters) {
    if (value === undefined) continue;
    params.push(value);
    where.push(condition.replace('?', `$${params.length}`));
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const count = await db.query<{ total: string }>(`SELECT count(*) AS total FROM ${from} ${whereSql}`, params);
  const { rows } = await db.query<Row>(
    `SELECT * FROM ${from} ${whereSql} ORDER BY ${orderBy} LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, pageSize, (page - 1) * pageSize],
  );
  return { page, pageSize, total: Number(count.rows[0].total), rows };
}
