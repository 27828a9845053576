/** One page of a paginated list, as every list route of the API answers. */
export interface Page<T> {
  page: number;
  pageSize: number;
  total: number;
  items: T[];
}

/**
 * The `count` oldest items of a list the API sorts newest first, with its total: a home shows
 * "N waiting for you" and the oldest first. Reads the last page (and the one before when the last
 * is short), so it costs three requests however long the list.
 */
export async function oldestFirst<T>(fetchPage: (page: number, pageSize: number) => Promise<Page<T>>, count: number): Promise<{ total: number; items: T[] }> {
  const first = await fetchPage(1, count);
  const lastPage = Math.max(1, Math.ceil(first.total / count));
  if (lastPage === 1) return { total: first.total, items: [...first.items].reverse() };
  const last = await fetchPage(lastPage, count);
  const before = last.items.length < count ? await fetchPage(lastPage - 1, count) : { items: [] as T[] };
  return { total: first.total, items: [...last.items].reverse().concat([...before.items].reverse()).slice(0, count) };
}

/**
 * The lists a home waits on (one per status, each read oldest first) as one: their totals added,
 * the `count` oldest of all by `dateOf` (an ISO date, so text order is time order).
 */
export function mergeOldest<T>(lists: ReadonlyArray<{ total: number; items: T[] }>, dateOf: (item: T) => string, count = 10): { total: number; items: T[] } {
  const items = lists.flatMap((list) => list.items).sort((a, b) => dateOf(a).localeCompare(dateOf(b)));
  return { total: lists.reduce((sum, list) => sum + list.total, 0), items: items.slice(0, count) };
}
