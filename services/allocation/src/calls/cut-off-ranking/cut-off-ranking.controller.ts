import { Body, Controller, Get, Headers, HttpCode, Inject, Param, ParseIntPipe, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiProperty, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, commandContext, type Caller } from '@hpc-access/auth';
import { notFound, type Clock } from '@hpc-access/eventsourcing';
import { ApiProblems, ETAG_HEADER, badRequest, etagFor, parseIfMatch } from '@hpc-access/http';
import { ArrayMaxSize, IsArray, IsString, IsUUID, Length } from 'class-validator';
import type { Response } from 'express';
import { STAFF_READERS } from '../../allocation-roles';
import { ALLOCATION_CLOCK } from '../../allocation.tokens';
import { IdPipe } from '../../shared/id.pipe';
import { CallCommands } from '../call-commands';
import { callView } from '../call-view';
import { CallView, RankingView } from '../call.view';

const IndexPipe = new ParseIntPipe({ exceptionFactory: () => badRequest('index', 'must be a whole number') });

export class RankingOrderDto {
  @ApiProperty({ type: [String], format: 'uuid', description: 'Every application the cut-off ranks now, each once, best first' })
  @IsArray() @ArrayMaxSize(2000) @IsUUID('all', { each: true })
  order!: string[];
  @ApiProperty({ minLength: 3, maxLength: 2000, description: 'Why the order differs from the scores (recorded with the order)' }) @IsString() @Length(3, 2000) reason!: string;
}

@ApiTags('allocation calls')
@ApiBearerAuth()
@Controller('api/allocation/calls')
export class CutOffRankingController {
  constructor(private readonly calls: CallCommands, @Inject(ALLOCATION_CLOCK) private readonly clock: Clock) {}

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

  @Post(':id/cut-offs/:index/ranking-order')
  @HttpCode(200)
  @Roles('allocation-committee')
  @ApiOperation({ operationId: 'allocation.setRankingOrder', summary: "The committee's order for a cut-off not yet passed; the cut-off awards in this order (ADR 35)" })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The ETag of the call last read; 412 if the call changed since' })
  @ApiParam({ name: 'id', format: 'uuid', description: 'The call id' })
  @ApiParam({ name: 'index', type: 'integer', description: 'The cut-off, from 0 (earliest)' })
  @ApiOkResponse({ type: CallView, headers: ETAG_HEADER, description: 'The call, with the order recorded at its cut-off' })
  @ApiProblems(
    { status: 404, description: 'No such call or cut-off' },
    { status: 409, description: 'The cut-off has passed' },
    412,
    { status: 422, description: 'The order is not a permutation of the applications the cut-off ranks now' },
  )
  async set(
    @Param('id', IdPipe) id: string,
    @Param('index', IndexPipe) index: number,
    @Body() body: RankingOrderDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) res: Response,
  ) {
    const expected = parseIfMatch(ifMatch);
    const { state, revision } = await this.calls.setRankingOrder(id, index, body.order, body.reason, commandContext(caller, this.clock.now()), { correlationId: caller.correlationId }, expected);
    res.setHeader('ETag', etagFor(revision));
    return callView(state, revision);
  }
}
