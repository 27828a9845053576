import { Inject, Injectable } from '@nestjs/common';
import type { PageQuery } from '@hpc-access/http';
import type { Sql } from '@hpc-access/sql';
import { ALLOCATION_DB, ALLOCATION_OPTIONS, type AllocationOptionsShape } from '../../allocation.tokens';
import { iso, num, pageOf } from '../../shared/page';

interface AllocationRow {
  allocation_id: string; application_id: string; organisation_id: string; project_id: string; mode: string; system: string; partition: string;
  gpu_hours: string; monthly_quota_gpu_hours: string; start_date: Date | string; end_date: Date | string; partial: boolean; status: string; suspended_by: string | null;
  awarded_at: Date; activated_at: Date | null; closed_at: Date | null; final_report_due: Date | string | null; final_report_submitted_at: Date | null; final_report_overdue: boolean; revision: number;
}

const day = (value: Date | string | null): string | null => (value === null ? null : typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10));

function allocationSummary(r: AllocationRow) {
  return {
    allocationId: r.allocation_id, applicationId: r.application_id, organisationId: r.organisation_id, projectId: r.project_id, mode: r.mode, system: r.system, partition: r.partition,
    gpuHours: num(r.gpu_hours), monthlyQuotaGpuHours: num(r.monthly_quota_gpu_hours), start: day(r.start_date), end: day(r.end_date), partial: r.partial, status: r.status, suspendedBy: r.suspended_by,
    awardedAt: iso(r.awarded_at), activatedAt: iso(r.activated_at), closedAt: iso(r.closed_at), finalReportDue: day(r.final_report_due), finalReportSubmittedAt: iso(r.final_report_submitted_at),
    finalReportOverdue: r.final_report_overdue, revision: r.revision,
  };
}

/** The queries on `allocation_summaries` (one row per allocation). */
@Injectable()
export class AllocationSummaries {
  private readonly table: string;

  constructor(@Inject(ALLOCATION_DB) private readonly db: Sql, @Inject(ALLOCATION_OPTIONS) options: AllocationOptionsShape) {
    this.table = `${options.schema}.allocation_summaries`;
  }

  async list(filters: Record<string, unknown>, query: PageQuery, conditions: ReadonlyArray<[string, unknown]>) {
    const { rows, ...page } = await pageOf<AllocationRow>(this.db, this.table, filters, 'allocation_id', query, conditions);
    return { ...page, items: rows.map(allocationSummary) };
  }

  /** Those of the allocations that run on one of the systems. */
  async onSystems(allocationIds: readonly string[], systems: readonly string[]): Promise<Set<string>> {
    const { rows } = await this.db.query<{ allocation_id: string }>(
      `SELECT allocation_id FROM ${this.table}
       WHERE allocation_id IN (SELECT jsonb_array_elements_text($1::jsonb)) AND system IN (SELECT jsonb_array_elements_text($2::jsonb))`,
      [JSON.stringify(allocationIds), JSON.stringify(systems)],
    );
    return new Set(rows.map((r) => r.allocation_id));
  }
}
