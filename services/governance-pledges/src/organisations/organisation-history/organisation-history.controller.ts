import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import { CurrentCaller, Roles, type Caller } from '@hpc-access/auth';
import { READERS } from '../../governance-roles';
import { OrganisationPledgesService } from '../organisation-pledges.service';
import { EntityIdPipe, OrganisationController } from '../organisation-route';
import { historyEntries } from '@hpc-access/http';

@OrganisationController()
@Controller('api/governance/organisations')
export class OrganisationHistoryController {
  constructor(private readonly organisations: OrganisationPledgesService) {}

  @Get(':organisationId/history')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Every event of the organisation\'s pledge record in order, with who acted, in which role, and when' })
  async history(@Param('organisationId', new EntityIdPipe('organisationId')) organisationId: string, @CurrentCaller() caller: Caller) {
    const { events } = await this.organisations.loadFor(organisationId, caller);
    return {
      organisationId,
      events: historyEntries(events),
    };
  }
}
