import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { assertMayAccessOrganisation, CurrentCaller, Roles, type Caller } from '@hpc-access/auth';
import { forbidden } from '@hpc-access/eventsourcing';
import type { Sql } from '@hpc-access/sql';
import { CASE_READERS } from '../../ethics-review-roles';
import { ETHICS_DB, ETHICS_OPTIONS, type EthicsOptionsShape } from '../../ethics-review.tokens';
import { ApiPageResponse } from '@hpc-access/http';
import { CaseSummaryView } from './case-summary.view';
import { ListCasesQuery } from './list-cases.query';

interface CaseRow {
  case_id: string;
  application_id: string;
  organisation_id: string;
  mode: string;
  status: string;
  outcome: string | null;
  reviewers_required: number;
  reviews_in: number;
  opened_at: Date;
  updated_at: Date;
  revision: number;
}

/**
 * Who the caller may list: a reviewer only their cases, an applicant only their organisation's, a
 * chair every organisation's but their own.
 */
function scopeOf(query: ListCasesQuery, caller: Caller): { organisationId?: string; assignedTo?: string; notOrganisationId?: string } {
  const assignedTo = query.assignedTo === 'me' ? caller.actor.id : query.assignedTo;
  if (caller.actor.role === 'ethics-reviewer') {
    if (assignedTo !== undefined && assignedTo !== caller.actor.id) throw forbidden('not-your-assignments', 'reviewers list only the cases assigned to them');
    return { organisationId: query.organisationId, assignedTo: caller.actor.id };
  }
  if (caller.actor.role === 'applicant') {
    const own = caller.actor.organisationId ?? '';
    if (query.organisationId !== undefined) assertMayAccessOrganisation(caller.actor, query.organisationId);
    if (assignedTo !== undefined) throw forbidden('reviewers-confidential', 'who reviews a case is not shown to applicants');
    return { organisationId: own };
  }
  const own = caller.actor.role === 'ethics-chair' ? caller.actor.organisationId : undefined;
  if (own !== undefined && query.organisationId === own) throw forbidden('own-organisation', 'you may not read the cases of your own organisation');
  return { organisationId: query.organisationId, assignedTo, notOrganisationId: own };
}

@ApiTags('ethics cases')
@ApiBearerAuth()
@Controller('api/ethics/cases')
export class ListCasesController {
  constructor(@Inject(ETHICS_DB) private readonly db: Sql, @Inject(ETHICS_OPTIONS) private readonly options: EthicsOptionsShape) {}

  @Get()
  @Roles(...CASE_READERS)
  @ApiOperation({ operationId: 'ethics.listCases', summary: 'Cases, newest first, filtered by status, mode, organisation and assigned reviewer; paginated' })
  @ApiPageResponse(CaseSummaryView)
  async list(@Query() query: ListCasesQuery, @CurrentCaller() caller: Caller): Promise<{ page: number; pageSize: number; total: number; items: CaseSummaryView[] }> {
    const scope = scopeOf(query, caller);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const { schema } = this.options;
    const params: unknown[] = [];
    const where: string[] = [];
    if (query.status !== undefined) where.push(`c.status = $${params.push(query.status)}`);
    if (query.mode !== undefined) where.push(`c.mode = $${params.push(query.mode)}`);
    if (scope.organisationId !== undefined) where.push(`c.organisation_id = $${params.push(scope.organisationId)}`);
    if (scope.notOrganisationId !== undefined) where.push(`c.organisation_id <> $${params.push(scope.notOrganisationId)}`);
    if (scope.assignedTo !== undefined) {
      where.push(`EXISTS (SELECT 1 FROM ${schema}.ethics_case_reviewers r WHERE r.case_id = c.case_id AND r.reviewer_id = $${params.push(scope.assignedTo)})`);
    }
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const from = `${schema}.ethics_case_summaries c`;
    const count = await this.db.query<{ total: string }>(`SELECT count(*) AS total FROM ${from} ${whereSql}`, params);
    const { rows } = await this.db.query<CaseRow>(
      `SELECT c.* FROM ${from} ${whereSql} ORDER BY c.opened_at DESC, c.case_id DESC LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, pageSize, (page - 1) * pageSize],
    );
    return {
      page,
      pageSize,
      total: Number(count.rows[0].total),
      items: rows.map((r) => ({
        caseId: r.case_id,
        applicationId: r.application_id,
        organisationId: r.organisation_id,
        mode: r.mode,
        status: r.status,
        outcome: r.outcome,
        reviewersRequired: r.reviewers_required,
        reviewsIn: r.reviews_in,
        openedAt: new Date(r.opened_at).toISOString(),
        updatedAt: new Date(r.updated_at).toISOString(),
        revision: r.revision,
      })),
    };
  }
}
