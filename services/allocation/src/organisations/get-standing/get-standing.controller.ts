import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { assertMayAccessOrganisation, CurrentCaller, Roles, visibleSystems, type Caller } from '@hpc-access/auth';
import type { EventStore } from '@hpc-access/eventsourcing';
import { fold } from '@hpc-access/eventsourcing';
import { ORGANISATION_ID_PATTERN, badRequest } from '@hpc-access/http';
import { READERS, systemScope } from '../../allocation-roles';
import { ALLOCATION_STORE } from '../../allocation.tokens';
import { AllocationSummaries } from '../../allocations/read-models/allocation-summaries';
import { ConfigurationService } from '../../configuration/configuration.service';
import { isBarred, standingDecider, standingStreamId, type StandingEvent } from '../domain/standing';
import { StandingView } from './standing.view';

@ApiTags('allocation organisations')
@ApiBearerAuth()
@Controller('api/allocation/organisations')
export class GetStandingController {
  constructor(
    @Inject(ALLOCATION_STORE) private readonly store: EventStore,
    private readonly allocationSummaries: AllocationSummaries,
    private readonly configs: ConfigurationService,
  ) {}

  @Get(':id/standing')
  @Roles(...READERS)
  @ApiOperation({ operationId: 'allocation.getOrganisationStanding', summary: "An organisation's allocations (a site: those on its systems) and whether it is barred for an overdue final report" })
  @ApiParam({ name: 'id', description: 'The organisation id', schema: { type: 'string', pattern: ORGANISATION_ID_PATTERN.source, minLength: 3, maxLength: 64, example: 'org-aurora' } })
  @ApiOkResponse({ type: StandingView, description: 'Its standing; an organisation without awards has no allocations and is not barred' })
  async standing(@Param('id') id: string, @CurrentCaller() caller: Caller) {
    if (!ORGANISATION_ID_PATTERN.test(id)) throw badRequest('id', 'must be an organisation id: 3 to 64 lower-case letters, digits or dashes');
    assertMayAccessOrganisation(caller.actor, id);
    const events = await this.store.readStream(standingStreamId(id));
    const state = fold(standingDecider, events.map((e) => ({ type: e.type, data: e.data }) as StandingEvent));
    return { organisationId: id, allocations: await this.visibleTo(caller, state.allocations), barred: isBarred(state), overdueFinalReports: state.barredFor };
  }

  /** A site or its technical assessor sees the organisation's allocations on its own systems only. */
  private async visibleTo(caller: Caller, allocations: string[]): Promise<string[]> {
    const systems = visibleSystems(await systemScope(caller, this.configs));
    if (systems === undefined || allocations.length === 0) return allocations;
    const visible = await this.allocationSummaries.onSystems(allocations, systems);
    return allocations.filter((a) => visible.has(a));
  }
}
