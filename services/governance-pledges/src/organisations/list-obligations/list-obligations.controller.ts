import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hpc-access/auth';
import { ApiPageResponse } from '@hpc-access/http';
import type { Sql } from '@hpc-access/sql';
import { GOVERNANCE_DB, GOVERNANCE_OPTIONS, type GovernanceOptionsShape } from '../../governance-pledges.tokens';
import { OBLIGATION_READERS } from '../../governance-roles';
import { ListObligationsQuery } from './list-obligations.query';
import { listObligations } from './list-obligations.queries';
import { ObligationDueView } from './obligation-due.view';

/**
 * The governance officer's work list across organisations: evidence to judge, obligations due soon
 * or overdue. Staff who follow obligations only; an applicant reads its own on its organisation.
 */
@ApiTags("organisations' pledges")
@ApiBearerAuth()
@Controller('api/governance/obligations')
export class ListObligationsController {
  constructor(@Inject(GOVERNANCE_DB) private readonly db: Sql, @Inject(GOVERNANCE_OPTIONS) private readonly options: GovernanceOptionsShape) {}

  @Get()
  @Roles(...OBLIGATION_READERS)
  @ApiPageResponse(ObligationDueView)
  @ApiOperation({ operationId: 'governance.listObligations', summary: 'Obligations (ethics conditions) across organisations, the soonest due first; filtered by status, overdue, due before, organisation; paginated' })
  async list(@Query() query: ListObligationsQuery): Promise<{ page: number; pageSize: number; total: number; items: ObligationDueView[] }> {
    const { rows, ...page } = await listObligations(this.db, this.options.schema, { status: query.status, overdue: query.overdue, dueBefore: query.dueBefore, organisationId: query.organisationId }, query);
    return { ...page, items: rows };
  }
}
