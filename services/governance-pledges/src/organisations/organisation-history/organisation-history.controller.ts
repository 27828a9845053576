import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { CurrentCaller, Roles, type Caller } from '@hpc-access/auth';
import { READERS } from '../../governance-roles';
import { OrganisationPledgesService } from '../organisation-pledges.service';
import { OrganisationController } from '../organisation-route';
import { OrganisationPledgeHistoryView } from './organisation-history.view';
import { ApiProblems, historyPage, PageQuery, OrganisationIdPipe } from '@hpc-access/http';

@OrganisationController()
@Controller('api/governance/organisations')
export class OrganisationHistoryController {
  constructor(private readonly organisations: OrganisationPledgesService) {}

  @Get(':organisationId/history')
  @Roles(...READERS)
  @ApiOperation({ operationId: 'governance.getOrganisationHistory', summary: 'Every event of the organisation\'s pledge record in order, with who acted, in which role, and when' })
  @ApiOkResponse({ type: OrganisationPledgeHistoryView })
  @ApiProblems({ status: 404, description: 'The organisation is not known to governance' })
  async history(@Param('organisationId', OrganisationIdPipe()) organisationId: string, @Query() query: PageQuery, @CurrentCaller() caller: Caller): Promise<OrganisationPledgeHistoryView> {
    const { events } = await this.organisations.loadFor(organisationId, caller);
    return {
      organisationId,
      ...historyPage(events, query),
    };
  }
}
