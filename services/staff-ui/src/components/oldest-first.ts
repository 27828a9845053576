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
