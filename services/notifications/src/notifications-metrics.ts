import type { Sql } from '@hpc-access/sql';
import type { MetricsRegistry } from '@hpc-access/http';
import { Gauge } from 'prom-client';

/** What an operator watches in notifications: deliveries by status (failed ones need staff), and what waits for the fan-out. */
export function registerNotificationsMetrics(metrics: MetricsRegistry, db: Sql, schema: string): void {
  new Gauge({
    name: 'notifications_deliveries',
    help: 'E-mail and webhook deliveries by channel and status (pending, delivered, failed)',
    labelNames: ['channel', 'status'],
    registers: [metrics.registry],
    async collect() {
      const { rows } = await db.query<{ channel: string; status: string; n: string }>(`SELECT channel, status, count(*) AS n FROM ${schema}.deliveries GROUP BY channel, status`);
      this.reset();
      for (const row of rows) this.set({ channel: row.channel, status: row.status }, Number(row.n));
    },
  });
  new Gauge({
    name: 'notifications_awaiting_fan_out',
    help: 'Notifications raised whose deliveries the dispatcher has not scheduled yet',
    registers: [metrics.registry],
    async collect() {
      const { rows } = await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${schema}.notifications WHERE NOT fanned_out`);
      this.set(Number(rows[0].n));
    },
  });
}
