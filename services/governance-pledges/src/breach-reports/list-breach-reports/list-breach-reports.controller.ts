import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { Roles } from '@hpc-access/auth';
import type { Sql } from '@hpc-access/sql';
import { ApiPageResponse } from '@hpc-access/http';
import { GOVERNANCE_DB, GOVERNANCE_OPTIONS, type GovernanceOptionsShape } from '../../governance-pledges.tokens';
import { BREACH_REPORT_READERS } from '../../governance-roles';
import { BreachReportView } from '../breach-report-view';
import { listBreachReports } from './breach-reports.queries';
import { IsOrganisationId, SortedPageQuery } from '@hpc-access/http';

export class ListBreachReportsQuery extends SortedPageQuery {
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
  @ApiOperation({ operationId: 'governance.listBreachReports', summary: 'Breach reports, newest filed first (sort: by the time filed, oldest or newest first), filtered by status and organisation; paginated' })
  @ApiPageResponse(BreachReportView)
  async list(@Query() query: ListBreachReportsQuery): Promise<{ page: number; pageSize: number; total: number; items: BreachReportView[] }> {
    const { rows, ...page } = await listBreachReports(this.db, this.options.schema, { status: query.status, organisationId: query.organisationId }, query);
    return { ...page, items: rows };
  }
}
