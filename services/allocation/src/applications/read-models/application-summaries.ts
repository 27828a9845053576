import { Inject, Injectable } from '@nestjs/common';
import type { PageQuery } from '@hpc-access/http';
import type { Sql } from '@hpc-access/sql';
import { ALLOCATION_DB, ALLOCATION_OPTIONS, type AllocationOptionsShape } from '../../allocation.tokens';
import { iso, num, pageOf } from '../../shared/page';

/** A row of `application_summaries` as the projection beside this file writes it. */
export interface ApplicationRow {
  application_id: string;
  organisation_id: string;
  mode: string | null;
  system: string | null;
  partition: string | null;
  gpu_hours: string | null;
  duration_months: number | null;
  status: string;
  submitted_at: Date | null;
  technical_outcome: string | null;
  ethics_outcome: string | null;
  weighted_score: string | null;
  hold_id: string | null;
  hold_expires_at: Date | null;
  queued_at: Date | null;
  allocation_id: string | null;
  project_id: string | null;
  awarded_gpu_hours: string | null;
  not_funded_reason: string | null;
  clock_started_at: Date | null;
  awarded_at: Date | null;
  working_days_to_award: number | null;
  activated_at: Date | null;
  working_days_to_access: number | null;
  target_working_days: number | null;
  updated_at: Date;
}

export type ApplicationSummary = ReturnType<typeof applicationSummary>;

/** One application as the list (and a queue) shows it. */
export function applicationSummary(r: ApplicationRow) {
  const days = r.working_days_to_access ?? r.working_days_to_award;
  return {
    applicationId: r.application_id,
    organisationId: r.organisation_id,
    mode: r.mode,
    system: r.system,
    partition: r.partition,
    gpuHours: num(r.gpu_hours),
    durationMonths: r.duration_months,
    status: r.status,
    submittedAt: iso(r.submitted_at),
    technicalOutcome: r.technical_outcome,
    ethicsOutcome: r.ethics_outcome,
    weightedScore: num(r.weighted_score),
    hold: r.hold_id ? { holdId: r.hold_id, expiresAt: iso(r.hold_expires_at) } : null,
    queuedAt: iso(r.queued_at),
    allocationId: r.allocation_id,
    projectId: r.project_id,
    awardedGpuHours: num(r.awarded_gpu_hours),
    notFundedReason: r.not_funded_reason,
    timeToAccess: r.awarded_at
      ? {
          clockStartedAt: iso(r.clock_started_at),
          awardedAt: iso(r.awarded_at),
          workingDaysToAward: r.working_days_to_award,
          activatedAt: iso(r.activated_at),
          workingDaysToAccess: r.working_days_to_access,
          targetWorkingDays: r.target_working_days,
          withinTarget: days !== null && r.target_working_days !== null ? days <= r.target_working_days : null,
        }
      : null,
    updatedAt: iso(r.updated_at),
  };
}

/** An awarded application's working days, for the time-to-access aggregate. */
export interface AwardedTimes { mode: string; working_days_to_award: number; working_days_to_access: number | null; target_working_days: number }

/** Where the application waits for capacity: the ledgers' standing, as the read model has it. */
export interface CapacityStanding { status: string; hold: { holdId: string; expiresAt: string } | null }

/** The queries on `application_summaries` (applications as allocation sees them). */
@Injectable()
export class ApplicationSummaries {
  private readonly table: string;

  constructor(@Inject(ALLOCATION_DB) private readonly db: Sql, @Inject(ALLOCATION_OPTIONS) options: AllocationOptionsShape) {
    this.table = `${options.schema}.application_summaries`;
  }

  async list(filters: Record<string, unknown>, query: PageQuery, conditions: ReadonlyArray<[string, unknown]>) {
    const { rows, ...page } = await pageOf<ApplicationRow>(this.db, this.table, filters, 'application_id', query, conditions);
    return { ...page, items: rows.map(applicationSummary) };
  }

  /** The system an application asks for, known from its submission on (before its stream has the request). */
  async systemOf(applicationId: string): Promise<string | null | undefined> {
    const { rows } = await this.db.query<{ system: string | null }>(`SELECT system FROM ${this.table} WHERE application_id = $1`, [applicationId]);
    return rows[0]?.system;
  }

  async capacityStandingOf(applicationId: string): Promise<CapacityStanding | undefined> {
    const { rows } = await this.db.query<{ status: string; hold_id: string | null; hold_expires_at: Date | null }>(
      `SELECT status, hold_id, hold_expires_at FROM ${this.table} WHERE application_id = $1`,
      [applicationId],
    );
    const row = rows[0];
    return row && { status: row.status, hold: row.hold_id ? { holdId: row.hold_id, expiresAt: new Date(row.hold_expires_at as Date).toISOString() } : null };
  }

  /** Queued applications, first come first served per partition; `systems` limits them to a site's. */
  async queued(filter: { systems?: readonly string[]; system?: string; partition?: string }): Promise<ApplicationRow[]> {
    const params: unknown[] = [];
    const where = ["status = 'queued'"];
    if (filter.systems !== undefined) where.push(`system IN (SELECT jsonb_array_elements_text($${params.push(JSON.stringify(filter.systems))}::jsonb))`);
    if (filter.system !== undefined) where.push(`system = $${params.push(filter.system)}`);
    if (filter.partition !== undefined) where.push(`partition = $${params.push(filter.partition)}`);
    const { rows } = await this.db.query<ApplicationRow>(`SELECT * FROM ${this.table} WHERE ${where.join(' AND ')} ORDER BY system, partition, queue_position`, params);
    return rows;
  }

  async awarded(): Promise<AwardedTimes[]> {
    const { rows } = await this.db.query<AwardedTimes>(`SELECT mode, working_days_to_award, working_days_to_access, target_working_days FROM ${this.table} WHERE awarded_at IS NOT NULL`);
    return rows;
  }

  /** Large Scale applications still in the running, read in the caller's transaction; each is re-checked on its stream. */
  async openLargeScale(tx: Sql): Promise<string[]> {
    const { rows } = await tx.query<{ application_id: string }>(
      `SELECT application_id FROM ${this.table} WHERE mode = 'large-scale' AND status IN ('awaiting-cut-off', 'reserve') ORDER BY application_id`,
    );
    return rows.map((r) => r.application_id);
  }

  /** Large Scale applications on a partition's reserve list, read in the caller's transaction; each is re-checked and ranked on its stream. */
  async reserveList(tx: Sql, system: string, partition: string): Promise<string[]> {
    const { rows } = await tx.query<{ application_id: string }>(
      `SELECT application_id FROM ${this.table} WHERE mode = 'large-scale' AND status = 'reserve' AND system = $1 AND partition = $2 ORDER BY application_id`,
      [system, partition],
    );
    return rows.map((r) => r.application_id);
  }
}
