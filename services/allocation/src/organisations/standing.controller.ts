import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, type Caller } from '@hpc-access/auth';
import type { EventStore } from '@hpc-access/eventsourcing';
import { fold } from '@hpc-access/eventsourcing';
import { badRequest } from '@hpc-access/http';
import { READERS, assertMayAccessOrganisation } from '../allocation-roles';
import { ALLOCATION_STORE } from '../allocation.tokens';
import { isBarred, standingDecider, standingStreamId, type StandingEvent } from './domain/standing';

@ApiTags('allocation organisations')
@ApiBearerAuth()
@Controller('api/allocation/organisations')
export class StandingController {
  constructor(@Inject(ALLOCATION_STORE) private readonly store: EventStore) {}

  @Get(':id/standing')
  @Roles(...READERS)
  @ApiOperation({ summary: "An organisation's allocations and whether it is barred for an overdue final report" })
  async standing(@Param('id') id: string, @CurrentCaller() caller: Caller) {
    if (!/^[A-Za-z0-9][A-Za-z0-9-]{0,127}$/.test(id)) throw badRequest('id', 'must be an organisation id');
    assertMayAccessOrganisation(caller.actor, id);
    const events = await this.store.readStream(standingStreamId(id));
    const state = fold(standingDecider, events.map((e) => ({ type: e.type, data: e.data }) as StandingEvent));
    return { organisationId: id, allocations: state.allocations, barred: isBarred(state), overdueFinalReports: state.barredFor };
  }
}
