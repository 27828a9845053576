import { describe, expect, it } from 'vitest';
import { mergeOldest, oldestFirst, type OldestQuery, type Page } from './oldest-first';

/** A list route that sorts as asked: items 1 (oldest) to `total` (newest), the queries it was asked recorded. */
function api(total: number) {
  const all = Array.from({ length: total }, (_, i) => i + 1);
  const queries: OldestQuery[] = [];
  const read = async (query: OldestQuery): Promise<Page<number>> => {
    queries.push(query);
    const sorted = query.sort === 'oldest' ? all : [...all].reverse();
    return { page: query.page, pageSize: query.pageSize, total, items: sorted.slice((query.page - 1) * query.pageSize, query.page * query.pageSize) };
  };
  return { read, queries };
}

describe('oldestFirst', () => {
  it('asks the list for its first page oldest first, once, however long the list', async () => {
    const { read, queries } = api(2500);
    expect(await oldestFirst(read, 10)).toEqual({ total: 2500, items: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] });
    expect(queries).toEqual([{ sort: 'oldest', page: 1, pageSize: 10 }]);
  });

  it('gives a short list whole, and an empty one as nothing waiting', async () => {
    expect(await oldestFirst(api(4).read, 10)).toEqual({ total: 4, items: [1, 2, 3, 4] });
    expect(await oldestFirst(api(0).read, 10)).toEqual({ total: 0, items: [] });
  });

  it('keeps no more than it asked for, should a route answer a longer page', async () => {
    const generous = async (): Promise<Page<number>> => ({ page: 1, pageSize: 50, total: 50, items: Array.from({ length: 50 }, (_, i) => i) });
    expect((await oldestFirst(generous, 3)).items).toEqual([0, 1, 2]);
  });
});

describe('mergeOldest', () => {
  it('adds the totals and keeps the oldest of every list, by date', () => {
    const submitted = { total: 7, items: [{ id: 'a', at: '2026-03-02' }, { id: 'b', at: '2026-03-05' }] };
    const screening = { total: 3, items: [{ id: 'c', at: '2026-03-01' }, { id: 'd', at: '2026-03-09' }] };
    expect(mergeOldest([submitted, screening], (i) => i.at, 3)).toEqual({ total: 10, items: [{ id: 'c', at: '2026-03-01' }, { id: 'a', at: '2026-03-02' }, { id: 'b', at: '2026-03-05' }] });
  });
});
