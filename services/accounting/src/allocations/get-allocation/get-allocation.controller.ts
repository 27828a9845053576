import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, type Caller } from '@hpc-access/auth';
import { etagFor } from '@hpc-access/http';
import type { Response } from 'express';
import { BALANCE_READERS } from '../../accounting-roles';
import { AllocationIdPipe } from '../../shared/id.pipe';
import { AllocationAccounts } from '../allocation-accounts';
import { allocationView } from '../allocation-view';
import { assertMayReadOrganisation } from '../domain/access-policy';

@ApiTags('accounting')
@ApiBearerAuth()
@Controller('api/accounting/allocations')
export class GetAllocationController {
  constructor(private readonly accounts: AllocationAccounts) {}

  /** Read from the stream itself, so the ETag is always the current revision. */
  @Get(':id')
  @Roles(...BALANCE_READERS)
  @ApiOperation({ summary: 'One allocation\'s balance, monthly burn against quota, energy, estimated FLOP, alerts; ETag = stream revision' })
  async get(@Param('id', AllocationIdPipe) id: string, @CurrentCaller() caller: Caller, @Res({ passthrough: true }) res: Response) {
    const { state, revision } = await this.accounts.load(id);
    assertMayReadOrganisation(caller.actor, state.terms.organisationId);
    res.setHeader('ETag', etagFor(revision));
    return allocationView(state, revision);
  }
}
