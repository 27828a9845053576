import type { Page } from './oldest-first';

/**
 * Every item of a list the screen must see whole (a board ranks all its candidates): pages of 100
 * until the total is reached, at most `limit` items so a runaway list cannot stall the screen.
 */
export async function allPages<T>(fetchPage: (page: number, pageSize: number) => Promise<Page<T>>, limit = 1000): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; ; page++) {
    const answer = await fetchPage(page, 100);
    items.push(...answer.items);
    if (answer.items.length === 0 || items.length >= answer.total || items.length >= limit) return items;
  }
}
