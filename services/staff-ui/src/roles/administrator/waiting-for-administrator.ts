import type { Schemas } from '../../api/client';
import { mergeOldest, oldestFirst, type OldestQuery, type Page } from '../../components/oldest-first';

export type FailedOrder = Schemas['SiteOrderView'];
export type FailedDelivery = Schemas['DeliveryView'];

/** What waits for an administrator: a provisioning order a site could not carry out, a notification given up on. */
export type AdminWaiting = { kind: 'order'; at: string; order: FailedOrder } | { kind: 'delivery'; at: string; delivery: FailedDelivery };

/**
 * The `count` oldest items of a list the API only gives newest first (the delivery log): its last
 * pages, read backwards. Two requests at most after the first, whatever the list's length.
 */
export async function oldestOfNewestFirst<T>(read: (page: number, pageSize: number) => Promise<Page<T>>, count: number): Promise<{ total: number; items: T[] }> {
  const first = await read(1, count);
  if (first.total <= count) return { total: first.total, items: [...first.items].reverse() };
  const last = Math.ceil(first.total / count);
  const tail = await read(last, count);
  // A short last page: the page before it holds the rest of the oldest.
  const before = tail.items.length < count ? (await read(last - 1, count)).items : [];
  return { total: first.total, items: [...before, ...tail.items].reverse().slice(0, count) };
}

/** Failed orders and failed deliveries as one list: their totals added, the oldest first (an order by when it was issued, a delivery by its last attempt). */
export async function waitingForAdministrator(
  readOrders: (query: OldestQuery) => Promise<Page<FailedOrder>>,
  readDeliveries: (page: number, pageSize: number) => Promise<Page<FailedDelivery>>,
  count = 10,
): Promise<{ total: number; items: AdminWaiting[] }> {
  const [orders, deliveries] = await Promise.all([oldestFirst(readOrders, count), oldestOfNewestFirst(readDeliveries, count)]);
  return mergeOldest<AdminWaiting>(
    [
      { total: orders.total, items: orders.items.map((order) => ({ kind: 'order', at: order.issuedAt, order })) },
      { total: deliveries.total, items: deliveries.items.map((delivery) => ({ kind: 'delivery', at: delivery.updatedAt, delivery })) },
    ],
    (item) => item.at,
    count,
  );
}
