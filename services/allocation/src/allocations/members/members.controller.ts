import { Body, Controller, Get, Headers, Inject, Param, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { assertMayAccessOrganisation, assertMayActOnSystem, commandContext, CurrentCaller, Roles, type Caller, type Role } from '@hpc-access/auth';
import { ERASED, newEventId, type Clock } from '@hpc-access/eventsourcing';
import { ApiProblems, etagFor, parseIfMatch } from '@hpc-access/http';
import type { Response } from 'express';
import { systemScope } from '../../allocation-roles';
import { ALLOCATION_CLOCK } from '../../allocation.tokens';
import { IdPipe } from '../../shared/id.pipe';
import { ConfigurationService } from '../../configuration/configuration.service';
import { UnitOfWork } from '../../shared/unit-of-work';
import { AllocationCommands } from '../allocation-commands';
import { allocationDecider } from '../domain/allocation.decide';
import { allocationStreamId } from '../domain/allocation';
import { membersDecider, membersStreamId, type Member } from '../domain/members';
import { AllocationMembersView, SetAllocationMembersDto } from './members.view';

/** Who sets the members: the organisation itself (its applicant) and programme staff. */
const SETTERS: Role[] = ['applicant', 'allocation-committee', 'administrator'];
/** User names are personal data: only the site, programme staff, auditors and the organisation read them. */
const MEMBER_READERS: Role[] = [...SETTERS, 'site', 'auditor'];

function view(res: Response, allocationId: string, members: readonly Member[], revision: number): AllocationMembersView {
  res.setHeader('ETag', etagFor(revision));
  return { allocationId, members: members.map((m) => m.userName).filter((name) => name !== ERASED), revision };
}

@ApiTags('allocations')
@ApiBearerAuth()
@Controller('api/allocation/allocations')
export class MembersController {
  constructor(
    private readonly units: UnitOfWork,
    private readonly allocations: AllocationCommands,
    private readonly configs: ConfigurationService,
    @Inject(ALLOCATION_CLOCK) private readonly clock: Clock,
  ) {}

  /** The allocation, refused to another organisation's applicant and to a site not hosting its system. */
  private async allocationFor(id: string, caller: Caller) {
    const { state } = await this.allocations.load(id);
    assertMayActOnSystem(await systemScope(caller, this.configs), state.terms?.system);
    assertMayAccessOrganisation(caller.actor, state.terms?.organisationId ?? '');
    return state;
  }

  @Get(':id/members')
  @Roles(...MEMBER_READERS)
  @ApiOperation({ operationId: 'allocation.getMembers', summary: "The allocation's members (site user names). The organisation's applicant, the site hosting its system, programme staff, auditors" })
  @ApiOkResponse({ type: AllocationMembersView })
  @ApiProblems(404)
  async get(@Param('id', IdPipe) id: string, @CurrentCaller() caller: Caller, @Res({ passthrough: true }) res: Response): Promise<AllocationMembersView> {
    await this.allocationFor(id, caller);
    const { state, revision } = await this.units.run({ correlationId: caller.correlationId }, (w) => w.load(membersDecider, membersStreamId(id)));
    return view(res, id, state.members, revision);
  }

  @Put(':id/members')
  @Roles(...SETTERS)
  @ApiOperation({ operationId: 'allocation.setMembers', summary: "Sets the allocation's members (site user names, the whole list); the hosting site is ordered to match. The organisation's applicant or programme staff" })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The ETag of the member list last read; 412 if it changed since' })
  @ApiOkResponse({ type: AllocationMembersView })
  @ApiProblems(404, { status: 409, description: 'The allocation is closed' }, 412)
  async set(@Param('id', IdPipe) id: string, @Body() body: SetAllocationMembersDto, @Headers('if-match') ifMatch: string | undefined, @CurrentCaller() caller: Caller, @Res({ passthrough: true }) res: Response): Promise<AllocationMembersView> {
    const expected = parseIfMatch(ifMatch);
    await this.allocationFor(id, caller);
    const context = commandContext(caller, this.clock.now());
    const { state, revision } = await this.units.run({ correlationId: caller.correlationId }, async (w) => {
      // Read again inside the transaction: a closure committed meanwhile is seen.
      const { state: allocation } = await w.load(allocationDecider, allocationStreamId(id));
      const data = { allocationId: id, organisationId: allocation.terms?.organisationId ?? '', allocationStatus: allocation.status, userNames: body.members, newPersonIds: body.members.map(() => `person-${newEventId()}`) };
      return w.exec(membersDecider, membersStreamId(id), { type: 'SetMembers', data, context }, expected);
    });
    return view(res, id, state.members, revision);
  }
}
