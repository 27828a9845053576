import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hpc-access/auth';
import { ApiProblems, historyPage, HistoryPageView, PageQuery } from '@hpc-access/http';
import { STAFF_READERS } from '../../allocation-roles';
import { IdPipe } from '../../shared/id.pipe';
import { CallCommands } from '../call-commands';

/** One page of a call's history (`page`, `pageSize`, as the lists). */
export class CallHistoryView extends HistoryPageView {
  @ApiProperty({ format: 'uuid' }) callId!: string;
}

@ApiTags('allocation calls')
@ApiBearerAuth()
@Controller('api/allocation/calls')
export class CallHistoryController {
  constructor(private readonly calls: CallCommands) {}

  @Get(':id/history')
  @Roles(...STAFF_READERS)
  @ApiOperation({ operationId: 'allocation.getCallHistory', summary: 'Every event of the call in order (opened, each cut-off run), with who acted, in which role, and when; paginated' })
  @ApiParam({ name: 'id', format: 'uuid', description: 'The call id' })
  @ApiOkResponse({ type: CallHistoryView })
  @ApiProblems({ status: 404, description: 'No such call' })
  async history(@Param('id', IdPipe) id: string, @Query() query: PageQuery): Promise<CallHistoryView> {
    const { events } = await this.calls.load(id);
    return { callId: id, ...historyPage(events, query) };
  }
}
