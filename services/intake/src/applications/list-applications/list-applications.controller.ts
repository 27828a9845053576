import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hpc-access/auth';
import type { Sql } from '@hpc-access/eventstore-postgres';
import { CurrentCaller, type Caller } from '../../caller';
import { READERS } from '../../intake-roles';
import { INTAKE_DB, INTAKE_OPTIONS, type IntakeOptionsShape } from '../../intake.tokens';
import { assertMayAccessOrganisation } from '../domain/access-policy';
import { ListApplicationsQuery } from './list-applications.query';

interface SummaryRow {
  application_id: string;
  organisation_id: string;
  status: string;
  mode: string | null;
  title: string | null;
  system: string | null;
  partition: string | null;
  gpu_hours: string | null;
  submitted_at: Date | null;
  updated_at: Date;
  revision: number;
}

@ApiTags('applications')
@ApiBearerAuth()
@Controller('api/applications')
export class ListApplicationsController {
  constructor(@Inject(INTAKE_DB) private readonly db: Sql, @Inject(INTAKE_OPTIONS) private readonly options: IntakeOptionsShape) {}

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'Applications, newest first, filtered by status, mode and organisation; paginated' })
  async list(@Query() query: ListApplicationsQuery, @CurrentCaller() caller: Caller) {
    // An applicant's list is their organisation's, whatever they ask for.
    const organisationId = caller.actor.role === 'applicant' ? (query.organisationId ?? caller.actor.organisationId ?? '') : query.organisationId;
    if (organisationId !== undefined) assertMayAccessOrganisation(caller.actor, organisationId);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const params: unknown[] = [];
    const where: string[] = [];
    const filter = (column: string, value: unknown) => {
      if (value === undefined) return;
      params.push(value);
      where.push(`${column} = $${params.length}`);
    };
    filter('status', query.status);
    filter('mode', query.mode);
    filter('organisation_id', organisationId);
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const table = `${this.options.schema}.application_summaries`;
    // Counted apart from the page, so a page past the end still reports the true total.
    const count = await this.db.query<{ total: string }>(`SELECT count(*) AS total FROM ${table} ${whereSql}`, params);
    const { rows } = await this.db.query<SummaryRow>(
      `SELECT * FROM ${table} ${whereSql} ORDER BY application_id DESC LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, pageSize, (page - 1) * pageSize],
    );
    return {
      page,
      pageSize,
      total: Number(count.rows[0].total),
      items: rows.map((r) => ({
        applicationId: r.application_id,
        organisationId: r.organisation_id,
        status: r.status,
        mode: r.mode,
        title: r.title,
        system: r.system,
        partition: r.partition,
        gpuHours: r.gpu_hours === null ? null : Number(r.gpu_hours),
        submittedAt: r.submitted_at?.toISOString() ?? null,
        updatedAt: r.updated_at.toISOString(),
        revision: r.revision,
      })),
    };
  }
}
