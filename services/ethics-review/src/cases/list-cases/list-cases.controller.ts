import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { assertMayAccessOrganisation, CurrentCaller, Roles, type Caller } from '@hpc-access/auth';
import { forbidden } from '@hpc-access/eventsourcing';
import type { Sql } from '@hpc-access/sql';
import { CASE_READERS } from '../../ethics-review-roles';
import { ETHICS_DB, ETHICS_OPTIONS, type EthicsOptionsShape } from '../../ethics-review.tokens';
import { ApiPageResponse } from '@hpc-access/http';
import { listCaseSummaries } from './case-summaries.queries';
import { CaseSummaryView } from './case-summary.view';
import { ListCasesQuery } from './list-cases.query';

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
  @ApiOperation({ operationId: 'ethics.listCases', summary: 'Cases, newest opened first (sort: by the time opened, oldest or newest first), filtered by status, mode, organisation and assigned reviewer; paginated' })
  @ApiPageResponse(CaseSummaryView)
  async list(@Query() query: ListCasesQuery, @CurrentCaller() caller: Caller): Promise<{ page: number; pageSize: number; total: number; items: CaseSummaryView[] }> {
    const scope = scopeOf(query, caller);
    const { rows, ...page } = await listCaseSummaries(this.db, this.options.schema, { status: query.status, mode: query.mode, ...scope }, query);
    return { ...page, items: rows };
  }
}
