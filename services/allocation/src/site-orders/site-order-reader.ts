import { Inject, Injectable } from '@nestjs/common';
import { ERASED, type PersonalDataKeysIn } from '@hpc-access/eventsourcing';
import type { Sql } from '@hpc-access/sql';
import { listOrderBy, readModelPage, type Page, type SortedPageQuery } from '@hpc-access/http';
import { allocationCipher } from '../allocation-personal-data';
import { ALLOCATION_DB, ALLOCATION_KEYS, ALLOCATION_OPTIONS, type AllocationOptionsShape } from '../allocation.tokens';
import type { Member } from '../allocations/domain/members';
import type { AllocationConfiguration } from '../configuration/domain/configuration';
import { iso, num } from '../shared/page';
import type { SiteOrder } from './domain/site-orders';
import { hostOf } from './site-order-reactions';
import type { SiteOrderView } from './site-order.view';

export interface SiteOrderRow {
  order_id: string; allocation_id: string; seq: number; organisation_id: string; site_id: string; system: string; partition: string; kind: string; project_id: string;
  members: unknown; gpu_minutes: string | null; status: string; attempt: number; last_error: string | null; issued_at: Date | string; acknowledged_at: Date | string | null;
}

export interface OrderFilter {
  status?: string;
  /** Only orders of these systems (a site's). */
  systems?: readonly string[];
  /** A site's agent sees an order only once every earlier order of its project is done. */
  dueOnly?: boolean;
}

/** An erased member has no user name left to act on: the site never sees one. */
const userNames = (members: readonly Member[]) => members.map((m) => m.userName).filter((name) => name !== ERASED);

/** The order as its view: the site hosting the system now (the one whose agent acts on it). */
export function orderView(order: SiteOrder, configuration: AllocationConfiguration): SiteOrderView {
  return {
    orderId: order.orderId, siteId: hostOf(configuration, order.system) ?? order.siteId, system: order.system, partition: order.partition, kind: order.kind,
    projectId: order.projectId, allocationId: order.allocationId, members: userNames(order.members), gpuMinutes: order.gpuMinutes, status: order.status,
    attempt: order.attempt, lastError: order.lastError, issuedAt: order.issuedAt, acknowledgedAt: order.acknowledgedAt,
  };
}

/** Reads the site_orders read model; members come out of their sealed form only here, for the answer. */
@Injectable()
export class SiteOrderReader {
  private readonly table: string;

  constructor(
    @Inject(ALLOCATION_DB) private readonly db: Sql,
    @Inject(ALLOCATION_OPTIONS) options: AllocationOptionsShape,
    @Inject(ALLOCATION_KEYS) private readonly keys: PersonalDataKeysIn<Sql>,
  ) {
    this.table = `${options.schema}.site_orders`;
  }

  async page(filter: OrderFilter, query: SortedPageQuery, configuration: AllocationConfiguration): Promise<Omit<Page<never>, 'rows'> & { items: SiteOrderView[] }> {
    const conditions: Array<[string, unknown]> = [['status = ?', filter.status]];
    if (filter.systems) conditions.push(['system IN (SELECT jsonb_array_elements_text(?::jsonb))', JSON.stringify(filter.systems)]);
    if (filter.dueOnly) {
      conditions.push([`NOT EXISTS (SELECT 1 FROM ${this.table} earlier WHERE earlier.allocation_id = ${this.table}.allocation_id AND earlier.seq < ${this.table}.seq AND earlier.status <> ?)`, 'done']);
    }
    // The usual order is the order issued, oldest first; the indexes on (status, issue_order) and (system, status, issue_order) serve both directions.
    const { rows, ...page } = await readModelPage<SiteOrderRow>(this.db, this.table, conditions, listOrderBy(query.sort, { usual: 'issue_order', byTime: ['issue_order'] }), query);
    return { ...page, items: await this.views(rows, configuration) };
  }

  async find(orderId: string): Promise<SiteOrderRow | null> {
    const { rows } = await this.db.query<SiteOrderRow>(`SELECT * FROM ${this.table} WHERE order_id = $1`, [orderId]);
    return rows[0] ?? null;
  }

  private async views(rows: SiteOrderRow[], configuration: AllocationConfiguration): Promise<SiteOrderView[]> {
    const opened = await allocationCipher(this.keys(this.db)).decryptAll(rows.map((r) => ({ type: 'SiteOrderIssued', data: { members: r.members } })));
    return rows.map((r, i) => orderView({
      orderId: r.order_id, allocationId: r.allocation_id, seq: r.seq, organisationId: r.organisation_id, siteId: r.site_id, system: r.system, partition: r.partition,
      kind: r.kind as SiteOrder['kind'], projectId: r.project_id, members: (opened[i] as { members: Member[] }).members, gpuMinutes: num(r.gpu_minutes),
      status: r.status as SiteOrder['status'], attempt: r.attempt, lastError: r.last_error, issuedAt: iso(r.issued_at) ?? '', acknowledgedAt: iso(r.acknowledged_at),
    }, configuration));
  }
}
