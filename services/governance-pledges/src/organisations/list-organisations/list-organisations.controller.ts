import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import { assertMayAccessOrganisation, CurrentCaller, Roles, type Caller } from '@hpc-access/auth';
import type { Sql } from '@hpc-access/sql';
import { GOVERNANCE_DB, GOVERNANCE_OPTIONS, type GovernanceOptionsShape } from '../../governance-pledges.tokens';
import { READERS } from '../../governance-roles';
import { OrganisationController } from '../organisation-route';
import { ListOrganisationsQuery } from './list-organisations.query';
import { ApiPageResponse } from '@hpc-access/http';
import { OrganisationPledgeSummaryView } from './organisation-pledge-summary.view';
import { listOrganisationPledges } from './organisation-pledges.queries';

@OrganisationController()
@Controller('api/governance/organisations')
export class ListOrganisationsController {
  constructor(@Inject(GOVERNANCE_DB) private readonly db: Sql, @Inject(GOVERNANCE_OPTIONS) private readonly options: GovernanceOptionsShape) {}

  @Get()
  @Roles(...READERS)
  @ApiPageResponse(OrganisationPledgeSummaryView)
  @ApiOperation({ operationId: 'governance.listOrganisations', summary: 'Organisations\' pledge status by organisation id (sort: by the time the pledge last changed, oldest or newest first), filtered by status, overdue, open breaches, suspension; paginated' })
  async list(@Query() query: ListOrganisationsQuery, @CurrentCaller() caller: Caller): Promise<{ page: number; pageSize: number; total: number; items: OrganisationPledgeSummaryView[] }> {
    // An applicant's list is their organisation's, whatever they ask for.
    const organisationId = caller.actor.role === 'applicant' ? (query.organisationId ?? caller.actor.organisationId ?? '') : query.organisationId;
    if (organisationId !== undefined) assertMayAccessOrganisation(caller.actor, organisationId);
    const { rows, ...page } = await listOrganisationPledges(
      this.db,
      this.options.schema,
      { status: query.status, organisationId, overdue: query.overdue, openBreaches: query.openBreaches, suspended: query.suspended },
      query,
    );
    return { ...page, items: rows };
  }
}
