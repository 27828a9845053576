import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam } from '@nestjs/swagger';
import { CurrentCaller, Roles, type Caller } from '@hpc-access/auth';
import { READERS } from '../../governance-roles';
import { OrganisationPledgesService } from '../organisation-pledges.service';
import { ENTITY_ID, EntityIdPipe, OrganisationController } from '../organisation-route';
import { OrganisationPledgeHistoryView } from './organisation-history.view';
import { ApiProblems, historyEntries } from '@hpc-access/http';

@OrganisationController()
@Controller('api/governance/organisations')
export class OrganisationHistoryController {
  constructor(private readonly organisations: OrganisationPledgesService) {}

  @Get(':organisationId/history')
  @Roles(...READERS)
  @ApiOperation({ operationId: 'governance.getOrganisationHistory', summary: 'Every event of the organisation\'s pledge record in order, with who acted, in which role, and when' })
  @ApiParam({ name: 'organisationId', schema: { type: 'string', pattern: ENTITY_ID.source } })
  @ApiOkResponse({ type: OrganisationPledgeHistoryView })
  @ApiProblems({ status: 404, description: 'The organisation is not known to governance' })
  async history(@Param('organisationId', new EntityIdPipe('organisationId')) organisationId: string, @CurrentCaller() caller: Caller): Promise<OrganisationPledgeHistoryView> {
    const { events } = await this.organisations.loadFor(organisationId, caller);
    return {
      organisationId,
      events: historyEntries(events),
    };
  }
}
