import { columns, rowProjection, type RowModel, type RowProjection, type Sql } from '@hpc-access/sql';
import type { SiteOrderEvent } from './domain/site-orders';

/**
 * A row of `site_orders`: one order to a site. `issue_order` is not here: the table numbers the
 * rows itself in the order they are first written (events come in global order).
 */
export interface SiteOrderRow {
  orderId: string;
  allocationId: string;
  seq: number;
  organisationId: string;
  siteId: string;
  system: string;
  partition: string;
  kind: string;
  projectId: string;
  /** As the stored event has them: sealed (ADR 6); only the reader opens them, for its answer. */
  members: unknown;
  gpuMinutes: number | null;
  status: string;
  attempt: number;
  lastError: string | null;
  issuedAt: Date;
  acknowledgedAt: Date | null;
  revision: number;
}

/**
 * The orders of every site as a pure fold of the stored events (so `members` stays sealed), one row
 * per order; an order's events all come from its allocation's stream, so the revision guards replays.
 */
export function siteOrderRows(schema: string): RowModel<SiteOrderRow, SiteOrderEvent> {
  return {
    table: `${schema}.site_orders`,
    columns: {
      orderId: columns.text('order_id'),
      allocationId: columns.text('allocation_id'),
      seq: columns.number('seq'),
      organisationId: columns.text('organisation_id'),
      siteId: columns.text('site_id'),
      system: columns.text('system'),
      partition: columns.text('partition'),
      kind: columns.text('kind'),
      projectId: columns.text('project_id'),
      members: columns.json<unknown>('members'),
      gpuMinutes: columns.nullable.number('gpu_minutes'),
      status: columns.text('status'),
      attempt: columns.number('attempt'),
      lastError: columns.nullable.text('last_error'),
      issuedAt: columns.timestamp('issued_at'),
      acknowledgedAt: columns.nullable.timestamp('acknowledged_at'),
      revision: columns.number('revision'),
    },
    key: ['orderId'],
    canHandle: ['SiteOrderIssued', 'SiteOrderCompleted', 'SiteOrderFailed', 'SiteOrderRetried'],
    revision: 'revision',
    keyOf: (event) => ({ orderId: event.data.orderId }),
    evolve(row, event) {
      switch (event.type) {
        case 'SiteOrderIssued': {
          const d = event.data;
          return row ?? {
            orderId: d.orderId, allocationId: d.allocationId, seq: d.seq, organisationId: d.organisationId, siteId: d.siteId, system: d.system,
            partition: d.partition, kind: d.kind, projectId: d.projectId, members: d.members, gpuMinutes: d.gpuMinutes, status: 'pending', attempt: 1,
            lastError: null, issuedAt: new Date(d.issuedAt), acknowledgedAt: null, revision: event.streamPosition,
          };
        }
        // The answers change an order it has seen issued; without the row nothing is written.
        case 'SiteOrderCompleted':
          return row && { ...row, status: 'done', acknowledgedAt: new Date(event.data.completedAt) };
        case 'SiteOrderFailed':
          return row && { ...row, status: 'failed', lastError: event.data.error, acknowledgedAt: new Date(event.data.failedAt) };
        case 'SiteOrderRetried':
          return row && { ...row, status: 'pending', attempt: event.data.attempt, acknowledgedAt: null };
      }
    },
  };
}

/**
 * The SQL edge of siteOrderRows; the name is the projection's checkpoint, kept from before. A reset
 * also restarts `issue_order`, so a rebuilt table numbers its orders as the first build did.
 */
export function siteOrdersProjection(schema: string): RowProjection {
  const model = siteOrderRows(schema);
  return {
    ...rowProjection('allocation.site-orders', model),
    async reset(tx: Sql): Promise<void> {
      await tx.query(`TRUNCATE ${model.table} RESTART IDENTITY`);
    },
  };
}
