import type { Sql } from '@hpc-access/sql';
import type { TransactionalEventStore } from '@hpc-access/eventsourcing';
import { Injectable } from '@nestjs/common';
import { MetricsRegistry } from '@hpc-access/http';
import { Counter, Gauge } from 'prom-client';

/** Accounting's Prometheus metrics: what happened to job records, and how far readers lag. */
@Injectable()
export class AccountingMetrics {
  readonly jobRecords: Counter<'outcome'>;

  constructor(metrics: MetricsRegistry) {
    this.jobRecords = new Counter({
      name: 'accounting_job_records_total',
      help: 'Job records received, by outcome (accepted, duplicate, flagged, rejected)',
      labelNames: ['outcome'],
      registers: [metrics.registry],
    });
  }

  /** Readers see only what lies below the oldest running transaction (ADR 3): this shows by how much. */
  watchSubscriberLag(metrics: MetricsRegistry, store: TransactionalEventStore<Sql>): void {
    new Gauge({
      name: 'accounting_eventstore_subscriber_lag_events',
      help: 'Committed accounting events not yet visible to subscribers because an older transaction is still open',
      registers: [metrics.registry],
      async collect() {
        this.set(await store.measureSubscriberLag());
      },
    });
  }
}
