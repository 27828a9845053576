import type { TransactionalEventStore } from '@hpc-access/eventsourcing';
import type { Sql } from '@hpc-access/sql';
import type { MetricsRegistry } from '@hpc-access/http';
import { Gauge } from 'prom-client';
import { registerSiteOrderMetrics } from './site-orders/site-order-metrics';

/**
 * Subscriber lag of allocation's store (ADR 3; named apart from intake's since the platform
 * shares one registry), and how many applications wait in partition queues, read when scraped.
 */
export function registerAllocationMetrics(metrics: MetricsRegistry, store: TransactionalEventStore<Sql>, db: Sql, schema: string): void {
  new Gauge({
    name: 'allocation_eventstore_subscriber_lag_events',
    help: 'Committed allocation events not yet visible to subscribers because an older transaction is still open',
    labelNames: ['schema'],
    registers: [metrics.registry],
    async collect() {
      this.set({ schema: schema }, await store.measureSubscriberLag());
    },
  });
  new Gauge({
    name: 'allocation_queued_applications',
    help: 'Applications waiting in a partition queue for capacity',
    registers: [metrics.registry],
    async collect() {
      const { rows } = await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${schema}.application_summaries WHERE status = 'queued'`);
      this.set(Number(rows[0].n));
    },
  });
  registerSiteOrderMetrics(metrics, schema, db);
}
