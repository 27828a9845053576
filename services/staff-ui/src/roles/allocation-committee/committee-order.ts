/**
 * The committee's order of a cut-off (ADR 35) and the board's per-partition orders, kept pure so
 * they are unit-tested. The API takes one order over every application the cut-off ranks; the
 * board orders each partition on its own (capacity is per partition), so the partitions' orders
 * are woven back into the places their applications hold in the score order.
 */

/**
 * `list` in `order`: the items named in it take the places they hold in `list`, in its order;
 * the others keep their places (the server's rule for applications ready after an order was saved).
 */
export function followOrder<T extends { applicationId: string }>(list: readonly T[], order: readonly string[] | null | undefined): T[] {
  if (!order || order.length === 0) return [...list];
  const named = new Set(order);
  const byId = new Map(list.map((item) => [item.applicationId, item]));
  const queue = order.filter((id) => byId.has(id)).map((id) => byId.get(id) as T);
  return list.map((item) => (named.has(item.applicationId) ? (queue.shift() as T) : item));
}

/**
 * One order over all partitions: `byScore` (every ranked application, best score first) with each
 * partition's places filled by that partition's order. Ids in no partition order keep their place.
 */
export function weaveOrders(byScore: readonly string[], partitionOrders: ReadonlyArray<readonly string[]>): string[] {
  const partitionOf = new Map<string, number>();
  partitionOrders.forEach((order, p) => order.forEach((id) => partitionOf.set(id, p)));
  const queues = partitionOrders.map((order) => order.filter((id) => byScore.includes(id)));
  return byScore.map((id) => {
    const p = partitionOf.get(id);
    return p === undefined ? id : (queues[p]?.shift() ?? id);
  });
}
