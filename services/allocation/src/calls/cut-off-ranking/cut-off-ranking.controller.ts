import { Controller, Get, Param, ParseIntPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hpc-access/auth';
import { notFound } from '@hpc-access/eventsourcing';
import { ApiProblems, badRequest } from '@hpc-access/http';
import { STAFF_READERS } from '../../allocation-roles';
import { IdPipe } from '../../shared/id.pipe';
import { CallCommands } from '../call-commands';
import { RankingView } from '../call.view';

const IndexPipe = new ParseIntPipe({ exceptionFactory: () => badRequest('index', 'must be a whole number') });

@ApiTags('allocation calls')
@ApiBearerAuth()
@Controller('api/allocation/calls')
export class CutOffRankingController {
  constructor(private readonly calls: CallCommands) {}

  @Get(':id/cut-offs/:index/ranking')
  @Roles(...STAFF_READERS)
  @ApiOperation({ operationId: 'allocation.getCutOffRanking', summary: 'The ranking recorded at a cut-off: weighted score, outcome and GPU-hours awarded' })
  @ApiParam({ name: 'id', format: 'uuid', description: 'The call id' })
  @ApiParam({ name: 'index', type: 'integer', description: 'The cut-off, from 0 (earliest)' })
  @ApiOkResponse({ type: RankingView })
  @ApiProblems({ status: 404, description: 'No such call or cut-off, or the cut-off has not passed yet' })
  async ranking(@Param('id', IdPipe) id: string, @Param('index', IndexPipe) index: number) {
    const { state } = await this.calls.load(id);
    const ranking = state.rankings[index];
    if (!ranking) throw notFound('ranking-not-found', state.cutOffs[index] === undefined ? `the call has no cut-off ${index}` : `cut-off ${index} has not passed yet`);
    return { callId: id, index, cutOffAt: ranking.cutOffAt, entries: ranking.entries };
  }
}
