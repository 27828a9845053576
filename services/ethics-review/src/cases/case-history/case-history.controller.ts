import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, type Caller } from '@hpc-access/auth';
import { FULL_READERS } from '../../ethics-review-roles';
import { CaseCommands } from '../case-commands';
import { CASE_ID_PATTERN, CaseIdPipe } from '../case-id.pipe';
import { assertChairMayRead } from '../domain/separation-of-duties';
import { ApiProblems, historyPage, PageQuery } from '@hpc-access/http';
import { CaseHistoryView } from './case-history.view';

@ApiTags('ethics cases')
@ApiBearerAuth()
@Controller('api/ethics/cases')
export class CaseHistoryController {
  constructor(private readonly cases: CaseCommands) {}

  /** Names every reviewer and shows every comment: for the chair (not of the applicant's organisation), the administrator and the auditor only. */
  @Get(':id/history')
  @Roles(...FULL_READERS)
  @ApiOperation({ operationId: 'ethics.getCaseHistory', summary: 'Every event of the case in order, with who acted, in which role, and when' })
  @ApiParam({ name: 'id', schema: { type: 'string', pattern: CASE_ID_PATTERN.source }, description: "The case id (the application's id)" })
  @ApiOkResponse({ type: CaseHistoryView })
  @ApiProblems({ status: 404, description: 'No such case' })
  async history(@Param('id', CaseIdPipe) id: string, @Query() query: PageQuery, @CurrentCaller() caller: Caller): Promise<CaseHistoryView> {
    const { state, events } = await this.cases.load(id);
    assertChairMayRead(state, caller.actor);
    return {
      caseId: id,
      ...historyPage(events, query),
    };
  }
}
