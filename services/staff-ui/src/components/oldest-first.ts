/** One page of a paginated list, as every list route of the API answers. */
export interface Page<T> {
  page: number;
  pageSize: number;
  total: number;
  items: T[];
}

/** The query a list route takes for its first page, oldest first (`sort`, ADR 36). */
export interface OldestQuery {
  sort: 'oldest';
  page: 1;
  pageSize: number;
}

/**
 * The `count` oldest items of a list with its total: a home shows "N waiting for you" and the
 * oldest first. One request: the list route sorts (`sort=oldest`); `read` spreads the query into
 * its own filters.
 */
export async function oldestFirst<T>(read: (query: OldestQuery) => Promise<Page<T>>, count: number): Promise<{ total: number; items: T[] }> {
  const first = await read({ sort: 'oldest', page: 1, pageSize: count });
  return { total: first.total, items: first.items.slice(0, count) };
}

/**
 * The lists a home waits on (one per status, each read oldest first) as one: their totals added,
 * the `count` oldest of all by `dateOf` (an ISO date, so text order is time order).
 */
export function mergeOldest<T>(lists: ReadonlyArray<{ total: number; items: T[] }>, dateOf: (item: T) => string, count = 10): { total: number; items: T[] } {
  const items = lists.flatMap((list) => list.items).sort((a, b) => dateOf(a).localeCompare(dateOf(b)));
  return { total: lists.reduce((sum, list) => sum + list.total, 0), items: items.slice(0, count) };
}
