import { Inject, Injectable } from '@nestjs/common';
import type { Page, PageQuery } from '@hpc-access/http';
import type { Sql } from '@hpc-access/sql';
import { ALLOCATION_DB, ALLOCATION_OPTIONS, type AllocationOptionsShape } from '../../allocation.tokens';
import { iso, num, pageOf } from '../../shared/page';

export interface ReservationRow { system: string; partition: string; pool: string; month: string; held: string; awarded: string }
interface HoldRow { hold_id: string; application_id: string; organisation_id: string; system: string; partition: string; gpu_hours: string; placed_at: Date; expires_at: Date; status: string; reason: string | null; ended_at: Date | null }

/** The queries on `capacity_reservations` (GPU-hours held and awarded per partition, pool and month) and `holds`. */
@Injectable()
export class CapacityReservations {
  constructor(@Inject(ALLOCATION_DB) private readonly db: Sql, @Inject(ALLOCATION_OPTIONS) private readonly options: AllocationOptionsShape) {}

  /** The reservations of the months `first` to `last` (YYYY-MM-01), keyed `system/partition/pool/month`. */
  async between(first: string, last: string): Promise<Map<string, ReservationRow>> {
    const { rows } = await this.db.query<ReservationRow>(`SELECT * FROM ${this.options.schema}.capacity_reservations WHERE month >= $1 AND month <= $2`, [first, last]);
    return new Map(rows.map((r) => [`${r.system}/${r.partition}/${r.pool}/${r.month}`, r]));
  }

  async holds(filters: Record<string, unknown>, query: PageQuery, conditions: ReadonlyArray<[string, unknown]>) {
    const { rows, ...page }: Page<HoldRow> = await pageOf<HoldRow>(this.db, `${this.options.schema}.holds`, filters, 'placed_at DESC, hold_id', query, conditions);
    return {
      ...page,
      items: rows.map((r) => ({ holdId: r.hold_id, applicationId: r.application_id, organisationId: r.organisation_id, system: r.system, partition: r.partition, gpuHours: num(r.gpu_hours), placedAt: iso(r.placed_at), expiresAt: iso(r.expires_at), status: r.status, reason: r.reason, endedAt: iso(r.ended_at) })),
    };
  }
}
