import type { Schemas } from '../../api/client';
import { mergeOldest, oldestFirst, type OldestQuery, type Page } from '../../components/oldest-first';

export type FailedOrder = Schemas['SiteOrderView'];
export type FailedDelivery = Schemas['DeliveryView'];

/** What waits for an administrator: a provisioning order a site could not carry out, a notification given up on. */
export type AdminWaiting = { kind: 'order'; at: string; order: FailedOrder } | { kind: 'delivery'; at: string; delivery: FailedDelivery };

/** Failed orders and failed deliveries as one list: their totals added, the oldest first (an order by when it was issued, a delivery by its last attempt). */
export async function waitingForAdministrator(
  readOrders: (query: OldestQuery) => Promise<Page<FailedOrder>>,
  readDeliveries: (query: OldestQuery) => Promise<Page<FailedDelivery>>,
  count = 10,
): Promise<{ total: number; items: AdminWaiting[] }> {
  const [orders, deliveries] = await Promise.all([oldestFirst(readOrders, count), oldestFirst(readDeliveries, count)]);
  return mergeOldest<AdminWaiting>(
    [
      { total: orders.total, items: orders.items.map((order) => ({ kind: 'order', at: order.issuedAt, order })) },
      { total: deliveries.total, items: deliveries.items.map((delivery) => ({ kind: 'delivery', at: delivery.updatedAt, delivery })) },
    ],
    (item) => item.at,
    count,
  );
}
