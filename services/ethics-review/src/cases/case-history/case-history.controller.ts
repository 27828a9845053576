import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, type Caller } from '@hpc-access/auth';
import { FULL_READERS } from '../../ethics-review-roles';
import { CaseCommands } from '../case-commands';
import { CaseIdPipe } from '../case-id.pipe';
import { assertChairMayRead } from '../domain/separation-of-duties';
import { historyEntries } from '@hpc-access/http';

@ApiTags('ethics cases')
@ApiBearerAuth()
@Controller('api/ethics/cases')
export class CaseHistoryController {
  constructor(private readonly cases: CaseCommands) {}

  /** Names every reviewer and shows every comment: for the chair (not of the applicant's organisation), the administrator and the auditor only. */
  @Get(':id/history')
  @Roles(...FULL_READERS)
  @ApiOperation({ summary: 'Every event of the case in order, with who acted, in which role, and when' })
  async history(@Param('id', CaseIdPipe) id: string, @CurrentCaller() caller: Caller) {
    const { state, events } = await this.cases.load(id);
    assertChairMayRead(state, caller.actor);
    return {
      caseId: id,
      events: historyEntries(events),
    };
  }
}
