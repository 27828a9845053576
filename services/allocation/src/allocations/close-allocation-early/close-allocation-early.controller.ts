import { Body, Controller, Headers, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiProperty, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, commandContext, type Caller } from '@hpc-access/auth';
import type { Clock } from '@hpc-access/eventsourcing';
import { ApiProblems, ETAG_HEADER, parseIfMatch } from '@hpc-access/http';
import { IsIn, IsString, Length } from 'class-validator';
import type { Response } from 'express';
import { ALLOCATION_CLOCK } from '../../allocation.tokens';
import { IdPipe } from '../../shared/id.pipe';
import { AllocationCommands } from '../allocation-commands';
import { AllocationView, EARLY_CLOSURES } from '../allocation.view';
import { respondWithAllocation } from '../respond-with-allocation';

export class EarlyClosureDto {
  @ApiProperty({ enum: EARLY_CLOSURES, description: 'closed-early: the work ended sooner; revoked: the award is withdrawn' }) @IsIn(EARLY_CLOSURES) kind!: (typeof EARLY_CLOSURES)[number];
  @ApiProperty() @IsString() @Length(3, 2000) reason!: string;
}

@ApiTags('allocations')
@ApiBearerAuth()
@Controller('api/allocation/allocations')
export class CloseAllocationEarlyController {
  constructor(private readonly allocations: AllocationCommands, @Inject(ALLOCATION_CLOCK) private readonly clock: Clock) {}

  @Post(':id/early-closure')
  @HttpCode(200)
  @Roles('allocation-committee')
  @ApiOperation({ operationId: 'allocation.closeAllocationEarly', summary: 'Close an allocation before its end date, or revoke it (staff); its capacity goes back to the pool at once' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The ETag last read; 412 if the allocation changed since' })
  @ApiParam({ name: 'id', format: 'uuid', description: 'The allocation id' })
  @ApiOkResponse({ type: AllocationView, headers: ETAG_HEADER, description: 'The allocation, now closed, its final report due' })
  @ApiProblems({ status: 404, description: 'No such allocation' }, { status: 409, description: 'Already closed' }, 412)
  async close(@Param('id', IdPipe) id: string, @Body() body: EarlyClosureDto, @Headers('if-match') ifMatch: string | undefined, @CurrentCaller() caller: Caller, @Res({ passthrough: true }) res: Response) {
    const expected = parseIfMatch(ifMatch);
    return respondWithAllocation(res, await this.allocations.closeEarly(id, body.kind, body.reason, commandContext(caller, this.clock.now()), { correlationId: caller.correlationId }, expected));
  }
}
