import { Body, Controller, Headers, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiProperty, ApiSchema, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, commandContext, type Caller } from '@hpc-access/auth';
import type { Clock } from '@hpc-access/eventsourcing';
import { ApiProblems, ETAG_HEADER, parseIfMatch } from '@hpc-access/http';
import type { Response } from 'express';
import { ALLOCATION_CLOCK } from '../../allocation.tokens';
import { IdPipe } from '../../shared/id.pipe';
import { IsString, Length } from 'class-validator';
import { AllocationCommands } from '../allocation-commands';
import { AllocationView } from '../allocation.view';
import { respondWithAllocation } from '../respond-with-allocation';

// Governance has a SuspensionDto too: one document holds both, so each schema needs its own name.
@ApiSchema({ name: 'AllocationSuspensionDto' })
export class SuspensionDto {
  @ApiProperty() @IsString() @Length(3, 2000) reason!: string;
}

@ApiTags('allocations')
@ApiBearerAuth()
@Controller('api/allocation/allocations')
export class SuspendAllocationController {
  constructor(private readonly allocations: AllocationCommands, @Inject(ALLOCATION_CLOCK) private readonly clock: Clock) {}

  @Post(':id/suspension')
  @HttpCode(200)
  @Roles('allocation-committee')
  @ApiOperation({ operationId: 'allocation.suspendAllocation', summary: 'Suspend an allocation (staff)' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The ETag last read; 412 if the allocation changed since' })
  @ApiParam({ name: 'id', format: 'uuid', description: 'The allocation id' })
  @ApiOkResponse({ type: AllocationView, headers: ETAG_HEADER, description: 'The allocation, now suspended' })
  @ApiProblems({ status: 404, description: 'No such allocation' }, { status: 409, description: 'Already suspended, or closed' }, 412)
  async suspend(@Param('id', IdPipe) id: string, @Body() body: SuspensionDto, @Headers('if-match') ifMatch: string | undefined, @CurrentCaller() caller: Caller, @Res({ passthrough: true }) res: Response) {
    const expected = parseIfMatch(ifMatch);
    return respondWithAllocation(res, await this.allocations.suspend(id, body.reason, commandContext(caller, this.clock.now()), { correlationId: caller.correlationId }, expected));
  }
}
