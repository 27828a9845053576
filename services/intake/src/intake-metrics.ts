import type { Sql } from '@hpc-access/sql';
import type { TransactionalEventStore } from '@hpc-access/eventsourcing';
import type { MetricsRegistry } from '@hpc-access/http';
import { Gauge } from 'prom-client';

/**
 * Readers see only what lies below the oldest running transaction (ADR 3): a long transaction
 * anywhere holds every subscriber back. This gauge shows by how many events, when scraped.
 */
export function registerIntakeMetrics(metrics: MetricsRegistry, store: TransactionalEventStore<Sql>, schema: string): void {
  new Gauge({
    name: 'eventstore_subscriber_lag_events',
    help: 'Committed events not yet visible to subscribers because an older transaction is still open',
    labelNames: ['schema'],
    registers: [metrics.registry],
    async collect() {
      this.set({ schema: schema }, await store.measureSubscriberLag());
    },
  });
}
