import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { assertMayAccessOrganisation, CurrentCaller, Roles, type Caller } from '@hpc-access/auth';
import { BALANCE_READERS } from '../../accounting-roles';
import { ALLOCATION_ID_PARAM, AllocationIdPipe } from '../../shared/id.pipe';
import { AllocationAccounts } from '../allocation-accounts';
import { ApiProblems, historyPage, PageQuery } from '@hpc-access/http';
import { AllocationAccountHistoryView } from '../allocation-account.view';

@ApiTags('accounting')
@ApiBearerAuth()
@Controller('api/accounting/allocations')
export class AllocationHistoryController {
  constructor(private readonly accounts: AllocationAccounts) {}

  @Get(':id/history')
  @Roles(...BALANCE_READERS)
  @ApiOperation({ operationId: 'accounting.getAllocationHistory', summary: 'Every event of the allocation\'s account in order, with who acted, in which role, and when' })
  @ApiParam(ALLOCATION_ID_PARAM)
  @ApiOkResponse({ type: AllocationAccountHistoryView })
  @ApiProblems({ status: 404, description: 'Accounting knows no such allocation' })
  async history(@Param('id', AllocationIdPipe) id: string, @Query() query: PageQuery, @CurrentCaller() caller: Caller) {
    const { state, events } = await this.accounts.load(id);
    assertMayAccessOrganisation(caller.actor, state.terms.organisationId);
    return {
      allocationId: id,
      ...historyPage(events, query),
    };
  }
}
