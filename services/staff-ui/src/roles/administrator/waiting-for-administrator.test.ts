import { describe, expect, it } from 'vitest';
import type { Page } from '../../components/oldest-first';
import { oldestOfNewestFirst, waitingForAdministrator, type FailedDelivery, type FailedOrder } from './waiting-for-administrator';

/** A list the API serves newest first, paginated: items are their own dates. */
function newestFirst(dates: string[]) {
  const sorted = [...dates].sort().reverse();
  const pagesRead: number[] = [];
  const read = async (page: number, pageSize: number): Promise<Page<string>> => {
    pagesRead.push(page);
    return { page, pageSize, total: sorted.length, items: sorted.slice((page - 1) * pageSize, page * pageSize) };
  };
  return { read, pagesRead };
}

const day = (n: number) => `2026-11-${String(n).padStart(2, '0')}T09:00:00.000Z`;

describe('what waits for an administrator', () => {
  it('reads the oldest of a newest-first list from its last pages, whatever the length', async () => {
    const short = newestFirst([day(3), day(1), day(2)]);
    expect(await oldestOfNewestFirst(short.read, 5)).toEqual({ total: 3, items: [day(1), day(2), day(3)] });
    expect(short.pagesRead).toEqual([1]);
    const exact = newestFirst(Array.from({ length: 10 }, (_v, i) => day(i + 1)));
    expect(await oldestOfNewestFirst(exact.read, 5)).toEqual({ total: 10, items: [day(1), day(2), day(3), day(4), day(5)] });
    expect(exact.pagesRead).toEqual([1, 2]);
    const ragged = newestFirst(Array.from({ length: 12 }, (_v, i) => day(i + 1)));
    expect(await oldestOfNewestFirst(ragged.read, 5)).toEqual({ total: 12, items: [day(1), day(2), day(3), day(4), day(5)] });
    expect(ragged.pagesRead).toEqual([1, 3, 2]);
  });

  it('puts failed orders and failed deliveries in one list, the oldest first, their totals added', async () => {
    const order = (id: string, issuedAt: string) => ({ orderId: id, issuedAt }) as FailedOrder;
    const delivery = (id: string, updatedAt: string) => ({ deliveryId: id, updatedAt }) as FailedDelivery;
    const waiting = await waitingForAdministrator(
      async (query) => {
        expect(query).toEqual({ sort: 'oldest', page: 1, pageSize: 3 });
        return { page: 1, pageSize: 3, total: 4, items: [order('o-1', day(2)), order('o-2', day(5)), order('o-3', day(6))] };
      },
      async (page, pageSize) => ({ page, pageSize, total: 2, items: [delivery('d-2', day(4)), delivery('d-1', day(1))] }),
      3,
    );
    expect(waiting.total).toBe(6);
    expect(waiting.items.map((item) => (item.kind === 'order' ? item.order.orderId : item.delivery.deliveryId))).toEqual(['d-1', 'o-1', 'd-2']);
  });
});
