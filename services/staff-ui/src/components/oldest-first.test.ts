import { describe, expect, it } from 'vitest';
import { mergeOldest, oldestFirst, type Page } from './oldest-first';

/** A list the API sorts newest first: items 25 (newest) down to 1 (oldest). */
function api(total: number) {
  const all = Array.from({ length: total }, (_, i) => total - i);
  const calls: number[] = [];
  const fetchPage = async (page: number, pageSize: number): Promise<Page<number>> => {
    calls.push(page);
    return { page, pageSize, total, items: all.slice((page - 1) * pageSize, page * pageSize) };
  };
  return { fetchPage, calls };
}

describe('oldestFirst', () => {
  it('reads the last pages of a newest-first list to give the oldest first', async () => {
    const { fetchPage, calls } = api(25);
    expect(await oldestFirst(fetchPage, 10)).toEqual({ total: 25, items: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] });
    expect(calls).toEqual([1, 3, 2]);
  });

  it('needs one request for a short list', async () => {
    const { fetchPage, calls } = api(4);
    expect(await oldestFirst(fetchPage, 10)).toEqual({ total: 4, items: [1, 2, 3, 4] });
    expect(calls).toEqual([1]);
  });
});

describe('mergeOldest', () => {
  it('adds the totals and keeps the oldest of every list, by date', () => {
    const submitted = { total: 7, items: [{ id: 'a', at: '2026-03-02' }, { id: 'b', at: '2026-03-05' }] };
    const screening = { total: 3, items: [{ id: 'c', at: '2026-03-01' }, { id: 'd', at: '2026-03-09' }] };
    expect(mergeOldest([submitted, screening], (i) => i.at, 3)).toEqual({ total: 10, items: [{ id: 'c', at: '2026-03-01' }, { id: 'a', at: '2026-03-02' }, { id: 'b', at: '2026-03-05' }] });
  });
});
