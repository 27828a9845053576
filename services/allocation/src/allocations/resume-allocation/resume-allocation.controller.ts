import { Controller, Headers, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, commandContext, type Caller } from '@hpc-access/auth';
import type { Clock } from '@hpc-access/eventsourcing';
import { ApiProblems, ETAG_HEADER, parseIfMatch } from '@hpc-access/http';
import type { Response } from 'express';
import { ALLOCATION_CLOCK } from '../../allocation.tokens';
import { IdPipe } from '../../shared/id.pipe';
import { AllocationCommands } from '../allocation-commands';
import { AllocationView } from '../allocation.view';
import { respondWithAllocation } from '../respond-with-allocation';

@ApiTags('allocations')
@ApiBearerAuth()
@Controller('api/allocation/allocations')
export class ResumeAllocationController {
  constructor(private readonly allocations: AllocationCommands, @Inject(ALLOCATION_CLOCK) private readonly clock: Clock) {}

  @Post(':id/resumption')
  @HttpCode(200)
  @Roles('allocation-committee')
  @ApiOperation({ operationId: 'allocation.resumeAllocation', summary: 'Lift the committee\'s suspension reasons (overuse, staff decision); active once none remains, governance\'s reason stays until governance reinstates' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The ETag last read; 412 if the allocation changed since' })
  @ApiParam({ name: 'id', format: 'uuid', description: 'The allocation id' })
  @ApiOkResponse({ type: AllocationView, headers: ETAG_HEADER, description: 'The allocation: active again (or awarded, if never activated), or still suspended for the reasons `suspensions` lists' })
  @ApiProblems({ status: 404, description: 'No such allocation' }, { status: 409, description: 'Not suspended, or suspended only for reasons the committee does not lift (suspended-by-others)' }, 412)
  async resume(@Param('id', IdPipe) id: string, @Headers('if-match') ifMatch: string | undefined, @CurrentCaller() caller: Caller, @Res({ passthrough: true }) res: Response) {
    const expected = parseIfMatch(ifMatch);
    return respondWithAllocation(res, await this.allocations.resume(id, commandContext(caller, this.clock.now()), { correlationId: caller.correlationId }, expected));
  }
}
