import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQuery } from './pagination';

/**
 * The one sort order every list route takes (ADR 36): by the list's own time (its route names
 * which), `oldest` first or `newest` first. Left out, a list keeps the order it always had, so no
 * existing caller changes.
 */
export const LIST_SORTS = ['newest', 'oldest'] as const;
export type ListSort = (typeof LIST_SORTS)[number];

/** Page, page size and sort of a list route that can be read oldest first: its query class extends this one. */
export class SortedPageQuery extends PageQuery {
  @ApiPropertyOptional({ enum: LIST_SORTS, enumName: 'ListSort', description: "By the list's time (the route's summary names it): oldest or newest first. Left out, the list's usual order" })
  @IsOptional() @IsIn(LIST_SORTS, { message: `sort must be one of ${LIST_SORTS.join(', ')}` }) sort?: ListSort;
}

/**
 * The ORDER BY of a list for the sort asked: `oldest` is the list's time key ascending (with its
 * tie-breakers ascending too, so one index read forward or backward serves both orders), `newest`
 * the same descending, no sort the list's usual order.
 */
export function listOrderBy(sort: ListSort | undefined, order: { usual: string; byTime: readonly string[] }): string {
  if (sort === undefined) return order.usual;
  const direction = sort === 'oldest' ? 'ASC' : 'DESC';
  return order.byTime.map((column) => `${column} ${direction}`).join(', ');
}
