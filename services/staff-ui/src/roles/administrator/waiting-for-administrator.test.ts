import { describe, expect, it } from 'vitest';
import { waitingForAdministrator, type FailedDelivery, type FailedOrder } from './waiting-for-administrator';

const day = (n: number) => `2026-11-${String(n).padStart(2, '0')}T09:00:00.000Z`;

describe('what waits for an administrator', () => {
  it('puts failed orders and failed deliveries in one list, the oldest first, their totals added', async () => {
    const order = (id: string, issuedAt: string) => ({ orderId: id, issuedAt }) as FailedOrder;
    const delivery = (id: string, updatedAt: string) => ({ deliveryId: id, updatedAt }) as FailedDelivery;
    const waiting = await waitingForAdministrator(
      async (query) => {
        expect(query).toEqual({ sort: 'oldest', page: 1, pageSize: 3 });
        return { page: 1, pageSize: 3, total: 4, items: [order('o-1', day(2)), order('o-2', day(5)), order('o-3', day(6))] };
      },
      async (query) => {
        expect(query).toEqual({ sort: 'oldest', page: 1, pageSize: 3 });
        return { page: 1, pageSize: 3, total: 2, items: [delivery('d-1', day(1)), delivery('d-2', day(4))] };
      },
      3,
    );
    expect(waiting.total).toBe(6);
    expect(waiting.items.map((item) => (item.kind === 'order' ? item.order.orderId : item.delivery.deliveryId))).toEqual(['d-1', 'o-1', 'd-2']);
  });
});
