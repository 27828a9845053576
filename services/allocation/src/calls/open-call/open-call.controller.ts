import { Body, Controller, HttpCode, Inject, Post, Res, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ACCESS_MODES, type AccessMode } from '@hpc-access/contracts';
import { CurrentCaller, Roles, commandContext, type Caller } from '@hpc-access/auth';
import { newEventId, type Clock } from '@hpc-access/eventsourcing';
import { ApiProblems, ETAG_HEADER, etagFor, IdempotencyInterceptor, locationHeader } from '@hpc-access/http';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsISO8601 } from 'class-validator';
import type { Response } from 'express';
import { ALLOCATION_CLOCK } from '../../allocation.tokens';
import { CallCommands } from '../call-commands';
import { callView } from '../call-view';
import { CallView } from '../call.view';

export class OpenCallDto {
  @ApiProperty({ enum: ACCESS_MODES, description: 'Only large-scale has calls' }) @IsIn(ACCESS_MODES) mode!: AccessMode;
  @ApiProperty({ type: [String], description: 'Cut-off timestamps, each at 10:00 CET (Brussels)' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(48) @IsISO8601({ strict: true }, { each: true })
  cutOffs!: string[];
}

@ApiTags('allocation calls')
@ApiBearerAuth()
@Controller('api/allocation/calls')
export class OpenCallController {
  constructor(private readonly calls: CallCommands, @Inject(ALLOCATION_CLOCK) private readonly clock: Clock) {}

  @Post()
  @HttpCode(201)
  @Roles('allocation-committee')
  @UseInterceptors(IdempotencyInterceptor)
  @ApiOperation({ operationId: 'allocation.openCall', summary: 'Open a Large Scale call; each cut-off becomes a persisted deadline' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Same key and body: same answer, one call' })
  @ApiCreatedResponse({ type: CallView, headers: { ...locationHeader('The path of the resource created', '/api/allocation/calls/0192f0c4-7a5e-7c1d-9a4e-2f7b5c3d1e0f'), ...ETAG_HEADER } })
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
}
