import { Body, Controller, Get, HttpCode, Inject, Param, ParseIntPipe, Post, Query, Res, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ACCESS_MODES, type AccessMode } from '@hpc-access/contracts';
import { CurrentCaller, Roles, commandContext, type Caller } from '@hpc-access/auth';
import { newEventId, notFound, type Clock } from '@hpc-access/eventsourcing';
import { ApiPageResponse, ApiProblems, IdempotencyInterceptor, badRequest, etagFor } from '@hpc-access/http';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsISO8601 } from 'class-validator';
import type { Response } from 'express';
import { STAFF_READERS } from '../allocation-roles';
import { ALLOCATION_CLOCK } from '../allocation.tokens';
import { IdPipe } from '../shared/id.pipe';
import { PageQuery } from '../shared/page';
import { CallSummaries } from './read-models/call-summaries';
import { CallCommands } from './call-commands';
import type { CallState } from './domain/call';
import { CallSummaryView, CallView, RankingView } from './call.view';
import { ETAG_HEADER, LOCATION_HEADER } from '../openapi-headers';

export class OpenCallDto {
  @ApiProperty({ enum: ACCESS_MODES, description: 'Only large-scale has calls' }) @IsIn(ACCESS_MODES) mode!: AccessMode;
  @ApiProperty({ type: [String], description: 'Cut-off timestamps, each at 10:00 CET (Brussels)' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(48) @IsISO8601({ strict: true }, { each: true })
  cutOffs!: string[];
}

const callView = (state: CallState, revision: number) => ({
  callId: state.callId,
  mode: state.mode,
  cutOffs: state.cutOffs.map((at, index) => ({ index, at, passed: state.rankings[index] !== undefined })),
  revision,
});

const IndexPipe = new ParseIntPipe({ exceptionFactory: () => badRequest('index', 'must be a whole number') });

@ApiTags('allocation calls')
@ApiBearerAuth()
@Controller('api/allocation/calls')
export class CallsController {
  constructor(
    private readonly calls: CallCommands,
    @Inject(ALLOCATION_CLOCK) private readonly clock: Clock,
    private readonly summaries: CallSummaries,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('allocation-committee')
  @UseInterceptors(IdempotencyInterceptor)
  @ApiOperation({ operationId: 'allocation.openCall', summary: 'Open a Large Scale call; each cut-off becomes a persisted deadline' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Same key and body: same answer, one call' })
  @ApiCreatedResponse({ type: CallView, headers: { ...LOCATION_HEADER, ...ETAG_HEADER } })
  @ApiProblems(
    { status: 409, description: 'A request with this Idempotency-Key is still running' },
    { status: 422, description: 'Not Large Scale; a cut-off repeated, in the past or not at 10:00 in Brussels; or the Idempotency-Key was used with another body' },
  )
  async open(@Body() body: OpenCallDto, @CurrentCaller() caller: Caller, @Res({ passthrough: true }) res: Response) {
    const callId = newEventId();
    const { state, revision } = await this.calls.open(callId, body.mode, body.cutOffs, commandContext(caller, this.clock.now()), { correlationId: caller.correlationId });
    res.setHeader('Location', `/api/allocation/calls/${callId}`);
    res.setHeader('ETag', etagFor(revision));
    return callView(state, revision);
  }

  @Get()
  @Roles(...STAFF_READERS)
  @ApiOperation({ operationId: 'allocation.listCalls', summary: 'Calls, newest first' })
  @ApiPageResponse(CallSummaryView)
  async list(@Query() query: PageQuery) {
    return this.summaries.list(query);
  }

  @Get(':id')
  @Roles(...STAFF_READERS)
  @ApiOperation({ operationId: 'allocation.getCall', summary: 'One call and its cut-offs; ETag = stream revision' })
  @ApiParam({ name: 'id', format: 'uuid', description: 'The call id' })
  @ApiOkResponse({ type: CallView, headers: ETAG_HEADER })
  @ApiProblems({ status: 404, description: 'No such call' })
  async get(@Param('id', IdPipe) id: string, @Res({ passthrough: true }) res: Response) {
    const { state, revision } = await this.calls.load(id);
    res.setHeader('ETag', etagFor(revision));
    return callView(state, revision);
  }

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
