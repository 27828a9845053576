import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { assertMayAccessOrganisation, CurrentCaller, Roles, type Caller } from '@hpc-access/auth';
import { ApiProblems, ETAG_HEADER } from '@hpc-access/http';
import type { Response } from 'express';
import { READERS } from '../../allocation-roles';
import { IdPipe } from '../../shared/id.pipe';
import { AllocationReader } from '../allocation-reader';
import { AllocationView } from '../allocation.view';
import { respondWithAllocation } from '../respond-with-allocation';

@ApiTags('allocations')
@ApiBearerAuth()
@Controller('api/allocation/allocations')
export class GetAllocationController {
  constructor(private readonly reader: AllocationReader) {}

  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({ operationId: 'allocation.getAllocation', summary: 'One allocation as it stands; ETag = stream revision' })
  @ApiParam({ name: 'id', format: 'uuid', description: 'The allocation id' })
  @ApiOkResponse({ type: AllocationView, headers: ETAG_HEADER })
  @ApiProblems({ status: 404, description: 'No such allocation' })
  async get(@Param('id', IdPipe) id: string, @CurrentCaller() caller: Caller, @Res({ passthrough: true }) res: Response) {
    const result = await this.reader.loadFor(id, caller);
    assertMayAccessOrganisation(caller.actor, result.state.terms?.organisationId ?? '');
    return respondWithAllocation(res, result);
  }
}
