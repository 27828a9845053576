import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hpc-access/auth';
import { ApiPageResponse } from '@hpc-access/http';
import { STAFF_READERS } from '../../allocation-roles';
import { PageQuery } from '../../shared/page';
import { CallSummaryView } from '../call.view';
import { CallSummaries } from '../read-models/call-summaries';

@ApiTags('allocation calls')
@ApiBearerAuth()
@Controller('api/allocation/calls')
export class ListCallsController {
  constructor(private readonly summaries: CallSummaries) {}

  @Get()
  @Roles(...STAFF_READERS)
  @ApiOperation({ operationId: 'allocation.listCalls', summary: 'Calls, newest first' })
  @ApiPageResponse(CallSummaryView)
  async list(@Query() query: PageQuery) {
    return this.summaries.list(query);
  }
}
