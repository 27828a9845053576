import type { RecordedEvent } from '@hpc-access/eventsourcing';
import type { Projection } from '@hpc-access/eventsourcing';
import type { Sql } from '@hpc-access/sql';
import type { SiteOrderEvent } from './domain/site-orders';

/**
 * The orders of every site, one row each. It is fed the stored form of the events, so `members`
 * stays sealed; every update is guarded by the stream revision, so a replay changes nothing.
 */
export function siteOrdersProjection(schema: string): Projection<Sql> {
  const table = `${schema}.site_orders`;
  return {
    name: 'allocation.site-orders',
    handles: ['SiteOrderIssued', 'SiteOrderCompleted', 'SiteOrderFailed', 'SiteOrderRetried'],
    async apply(tx: Sql, recorded: RecordedEvent): Promise<void> {
      const event = { type: recorded.type, data: recorded.data } as SiteOrderEvent;
      const rev = recorded.streamPosition;
      const update = (set: string, params: unknown[]) =>
        tx.query(`UPDATE ${table} SET ${set}, revision = $2 WHERE order_id = $1 AND revision < $2`, [event.data.orderId, rev, ...params]);
      switch (event.type) {
        case 'SiteOrderIssued': {
          const d = event.data;
          await tx.query(
            `INSERT INTO ${table} (order_id, allocation_id, seq, organisation_id, site_id, system, partition, kind, project_id, members, gpu_minutes, status, attempt, issued_at, revision)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'pending', 1, $12, $13) ON CONFLICT (order_id) DO NOTHING`,
            [d.orderId, d.allocationId, d.seq, d.organisationId, d.siteId, d.system, d.partition, d.kind, d.projectId, JSON.stringify(d.members), d.gpuMinutes, d.issuedAt, rev],
          );
          return;
        }
        case 'SiteOrderCompleted':
          await update(`status = 'done', acknowledged_at = $3`, [event.data.completedAt]);
          return;
        case 'SiteOrderFailed':
          await update(`status = 'failed', last_error = $3, acknowledged_at = $4`, [event.data.error, event.data.failedAt]);
          return;
        case 'SiteOrderRetried':
          await update(`status = 'pending', attempt = $3, acknowledged_at = NULL`, [event.data.attempt]);
          return;
      }
    },
    async reset(tx: Sql): Promise<void> {
      await tx.query(`TRUNCATE ${table} RESTART IDENTITY`);
    },
  };
}
