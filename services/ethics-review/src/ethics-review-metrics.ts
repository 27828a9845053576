import type { TransactionalEventStore } from '@hpc-access/eventsourcing';
import type { Database, Sql } from '@hpc-access/sql';
import type { MetricsRegistry } from '@hpc-access/http';
import { Gauge } from 'prom-client';

/** Cases by status (a queue building up in review shows here), and how far subscribers lag. */
export function registerEthicsReviewMetrics(metrics: MetricsRegistry, db: Database, store: TransactionalEventStore<Sql>, schema: string): void {
  new Gauge({
    name: 'ethics_review_cases',
    help: 'Ethics cases by status, from the case list read model',
    labelNames: ['status'],
    registers: [metrics.registry],
    async collect() {
      const { rows } = await db.query<{ status: string; count: string }>(`SELECT status, count(*) AS count FROM ${schema}.ethics_case_summaries GROUP BY status`);
      this.reset();
      for (const row of rows) this.set({ status: row.status }, Number(row.count));
    },
  });
  new Gauge({
    name: 'ethics_review_subscriber_lag_events',
    help: 'Committed ethics review events not yet visible to subscribers because an older transaction is still open',
    registers: [metrics.registry],
    async collect() {
      this.set(await store.measureSubscriberLag());
    },
  });
}
