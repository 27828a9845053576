import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { assertMayAccessOrganisation, CurrentCaller, Roles, type Caller } from '@hpc-access/auth';
import { ApiProblems, etagFor, ETAG_HEADER } from '@hpc-access/http';
import type { Response } from 'express';
import { BALANCE_READERS } from '../../accounting-roles';
import { ALLOCATION_ID_PARAM, AllocationIdPipe } from '../../shared/id.pipe';
import { AllocationAccounts } from '../allocation-accounts';
import { allocationView } from '../allocation-view';
import { AllocationAccountView } from '../allocation-account.view';

@ApiTags('accounting')
@ApiBearerAuth()
@Controller('api/accounting/allocations')
export class GetAllocationController {
  constructor(private readonly accounts: AllocationAccounts) {}

  /** Read from the stream itself, so the ETag is always the current revision. */
  @Get(':id')
  @Roles(...BALANCE_READERS)
  @ApiOperation({ operationId: 'accounting.getAllocation', summary: 'One allocation\'s balance, monthly burn against quota, energy, estimated FLOP, alerts; ETag = stream revision' })
  @ApiParam(ALLOCATION_ID_PARAM)
  @ApiOkResponse({ type: AllocationAccountView, headers: ETAG_HEADER })
  @ApiProblems({ status: 404, description: 'Accounting knows no such allocation' })
  async get(@Param('id', AllocationIdPipe) id: string, @CurrentCaller() caller: Caller, @Res({ passthrough: true }) res: Response) {
    const { state, revision } = await this.accounts.load(id);
    assertMayAccessOrganisation(caller.actor, state.terms.organisationId);
    res.setHeader('ETag', etagFor(revision));
    return allocationView(state, revision);
  }
}
