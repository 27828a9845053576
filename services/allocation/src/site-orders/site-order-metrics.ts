import type { Sql } from '@hpc-access/sql';
import type { MetricsRegistry } from '@hpc-access/http';
import { Gauge } from 'prom-client';

/**
 * Orders per system and status, and the age of the oldest pending one per system: a site whose
 * agent stopped polling (or keeps failing) shows here before anyone asks why an account is missing.
 */
export function registerSiteOrderMetrics(metrics: MetricsRegistry, schema: string, db: Sql): void {
  new Gauge({
    name: 'allocation_site_orders',
    help: 'Orders for the hosting sites, by system and status',
    labelNames: ['system', 'status'],
    registers: [metrics.registry],
    async collect() {
      this.reset();
      const { rows } = await db.query<{ system: string; status: string; n: string }>(`SELECT system, status, count(*) AS n FROM ${schema}.site_orders GROUP BY system, status`);
      for (const r of rows) this.set({ system: r.system, status: r.status }, Number(r.n));
    },
  });
  new Gauge({
    name: 'allocation_site_order_oldest_pending_seconds',
    help: 'Age of the oldest pending order for a hosting site, by system',
    labelNames: ['system'],
    registers: [metrics.registry],
    async collect() {
      this.reset();
      const { rows } = await db.query<{ system: string; age: string }>(`SELECT system, extract(epoch FROM now() - min(issued_at)) AS age FROM ${schema}.site_orders WHERE status = 'pending' GROUP BY system`);
      for (const r of rows) this.set({ system: r.system }, Number(r.age));
    },
  });
}
