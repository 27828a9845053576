import type { Sql } from '@hpc-access/sql';
import type { MetricsRegistry } from '@hpc-access/http';
import { Gauge } from 'prom-client';

/** What an operator watches in governance: deadlines waiting, and breaches nobody has remedied. */
export function registerGovernanceMetrics(metrics: MetricsRegistry, db: Sql, schema: string): void {
  new Gauge({
    name: 'governance_pending_deadlines',
    help: 'Scheduled governance deadlines (attestations, obligations, re-signing) not fired yet',
    registers: [metrics.registry],
    async collect() {
      const { rows } = await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${schema}.scheduled_commands WHERE fired_at IS NULL AND cancelled_at IS NULL`);
      this.set(Number(rows[0].n));
    },
  });
  new Gauge({
    name: 'governance_open_breaches',
    help: 'Pledge breaches not remedied, summed over organisations',
    registers: [metrics.registry],
    async collect() {
      const { rows } = await db.query<{ n: string | null }>(`SELECT sum(open_breaches) AS n FROM ${schema}.organisation_pledges`);
      this.set(Number(rows[0].n ?? 0));
    },
  });
}
