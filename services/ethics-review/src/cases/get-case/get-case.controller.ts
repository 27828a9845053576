import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiProblems, ETAG_HEADER } from '@hpc-access/http';
import { CurrentCaller, Roles, type Caller } from '@hpc-access/auth';
import type { Response } from 'express';
import { CASE_READERS } from '../../ethics-review-roles';
import { CaseCommands } from '../case-commands';
import { CASE_ID_PATTERN, CaseIdPipe } from '../case-id.pipe';
import { EthicsCaseView } from '../case-view';
import { respondWithCase } from '../respond-with-case';

@ApiTags('ethics cases')
@ApiBearerAuth()
@Controller('api/ethics/cases')
export class GetCaseController {
  constructor(private readonly cases: CaseCommands) {}

  /** Read from the stream itself, so the ETag is always the current revision. */
  @Get(':id')
  @Roles(...CASE_READERS)
  @ApiOperation({ operationId: 'ethics.getCase', summary: 'One case as the caller may see it (a reviewer: the dossier only after declaring no conflict); ETag = stream revision' })
  @ApiParam({ name: 'id', schema: { type: 'string', pattern: CASE_ID_PATTERN.source }, description: "The case id (the application's id)" })
  @ApiOkResponse({ type: EthicsCaseView, headers: ETAG_HEADER })
  @ApiProblems({ status: 404, description: 'No such case' })
  async get(@Param('id', CaseIdPipe) id: string, @CurrentCaller() caller: Caller, @Res({ passthrough: true }) res: Response): Promise<EthicsCaseView> {
    return respondWithCase(res, caller, await this.cases.load(id));
  }
}
