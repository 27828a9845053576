import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { assertMayAccessOrganisation, CurrentCaller, Roles, type Caller } from '@hpc-access/auth';
import { ApiProblems, historyPage, PageQuery } from '@hpc-access/http';
import { READERS } from '../../allocation-roles';
import { IdPipe } from '../../shared/id.pipe';
import { AllocationReader } from '../allocation-reader';
import { AllocationHistoryView } from '../allocation.view';

@ApiTags('allocations')
@ApiBearerAuth()
@Controller('api/allocation/allocations')
export class AllocationHistoryController {
  constructor(private readonly reader: AllocationReader) {}

  @Get(':id/history')
  @Roles(...READERS)
  @ApiOperation({ operationId: 'allocation.getAllocationHistory', summary: 'Every event of the allocation, with who acted, in which role, and when' })
  @ApiParam({ name: 'id', format: 'uuid', description: 'The allocation id' })
  @ApiOkResponse({ type: AllocationHistoryView })
  @ApiProblems({ status: 404, description: 'No such allocation' })
  async history(@Param('id', IdPipe) id: string, @Query() query: PageQuery, @CurrentCaller() caller: Caller) {
    const { state, events } = await this.reader.loadFor(id, caller);
    assertMayAccessOrganisation(caller.actor, state.terms?.organisationId ?? '');
    return {
      allocationId: id,
      ...historyPage(events, query),
    };
  }
}
