import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { Roles } from '@hpc-access/auth';
import type { Sql } from '@hpc-access/sql';
import { ApiPageResponse } from '@hpc-access/http';
import { GOVERNANCE_DB, GOVERNANCE_OPTIONS, type GovernanceOptionsShape } from '../../governance-pledges.tokens';
import { BREACH_REPORT_READERS } from '../../governance-roles';
import { BreachReportView, breachReportView } from '../breach-report-view';
import type { FiledBreachReport } from '../domain/breach-report';
import { IsOrganisationId, PageQuery } from '@hpc-access/http';

export class ListBreachReportsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['open', 'confirmed', 'dismissed'] }) @IsOptional() @IsIn(['open', 'confirmed', 'dismissed']) status?: string;
  @IsOrganisationId({ optional: true }) organisationId?: string;
}

@ApiTags('breach reports')
@ApiBearerAuth()
@Controller('api/governance/breach-reports')
export class ListBreachReportsController {
  constructor(@Inject(GOVERNANCE_DB) private readonly db: Sql, @Inject(GOVERNANCE_OPTIONS) private readonly options: GovernanceOptionsShape) {}

  @Get()
  @Roles(...BREACH_REPORT_READERS)
  @ApiOperation({ operationId: 'governance.listBreachReports', summary: 'Breach reports, newest first, filtered by status and organisation; paginated' })
  @ApiPageResponse(BreachReportView)
  async list(@Query() query: ListBreachReportsQuery): Promise<{ page: number; pageSize: number; total: number; items: BreachReportView[] }> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (query.status !== undefined) where.push(`status = $${params.push(query.status)}`);
    if (query.organisationId !== undefined) where.push(`organisation_id = $${params.push(query.organisationId)}`);
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const table = `${this.options.schema}.breach_reports`;
    const count = await this.db.query<{ total: string }>(`SELECT count(*) AS total FROM ${table} ${whereSql}`, params);
    const { rows } = await this.db.query<{ state: FiledBreachReport; revision: number }>(
      `SELECT state, revision FROM ${table} ${whereSql} ORDER BY filed_at DESC, report_id DESC LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, pageSize, (page - 1) * pageSize],
    );
    return {
      page,
      pageSize,
      total: Number(count.rows[0].total),
      items: rows.map(({ state, revision }) => breachReportView(state, revision)),
    };
  }
}
