import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hpc-access/auth';
import { ApiProblems, ETAG_HEADER, etagFor } from '@hpc-access/http';
import type { Response } from 'express';
import { STAFF_READERS } from '../../allocation-roles';
import { IdPipe } from '../../shared/id.pipe';
import { CallCommands } from '../call-commands';
import { callView } from '../call-view';
import { CallView } from '../call.view';

@ApiTags('allocation calls')
@ApiBearerAuth()
@Controller('api/allocation/calls')
export class GetCallController {
  constructor(private readonly calls: CallCommands) {}

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
}
