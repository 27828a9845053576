import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, type Caller } from '@hpc-access/auth';
import { BALANCE_READERS } from '../../accounting-roles';
import { AllocationIdPipe } from '../../shared/id.pipe';
import { AllocationAccounts } from '../allocation-accounts';
import { assertMayReadOrganisation } from '../domain/access-policy';
import { historyEntries } from '@hpc-access/http';

@ApiTags('accounting')
@ApiBearerAuth()
@Controller('api/accounting/allocations')
export class AllocationHistoryController {
  constructor(private readonly accounts: AllocationAccounts) {}

  @Get(':id/history')
  @Roles(...BALANCE_READERS)
  @ApiOperation({ summary: 'Every event of the allocation\'s account in order, with who acted, in which role, and when' })
  async history(@Param('id', AllocationIdPipe) id: string, @CurrentCaller() caller: Caller) {
    const { state, events } = await this.accounts.load(id);
    assertMayReadOrganisation(caller.actor, state.terms.organisationId);
    return {
      allocationId: id,
      events: historyEntries(events),
    };
  }
}
