import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, type Caller } from '@hpc-access/auth';
import type { Response } from 'express';
import { CASE_READERS } from '../../ethics-review-roles';
import { CaseCommands } from '../case-commands';
import { CaseIdPipe } from '../case-id.pipe';
import { respondWithCase } from '../respond-with-case';

@ApiTags('ethics cases')
@ApiBearerAuth()
@Controller('api/ethics/cases')
export class GetCaseController {
  constructor(private readonly cases: CaseCommands) {}

  /** Read from the stream itself, so the ETag is always the current revision. */
  @Get(':id')
  @Roles(...CASE_READERS)
  @ApiOperation({ summary: 'One case as the caller may see it (a reviewer: the dossier only after declaring no conflict); ETag = stream revision' })
  async get(@Param('id', CaseIdPipe) id: string, @CurrentCaller() caller: Caller, @Res({ passthrough: true }) res: Response) {
    return respondWithCase(res, caller, await this.cases.load(id));
  }
}
