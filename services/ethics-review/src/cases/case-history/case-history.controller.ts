import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hpc-access/auth';
import { FULL_READERS } from '../../ethics-review-roles';
import { CaseCommands } from '../case-commands';
import { CaseIdPipe } from '../case-id.pipe';
import { historyEntries } from '@hpc-access/http';

@ApiTags('ethics cases')
@ApiBearerAuth()
@Controller('api/ethics/cases')
export class CaseHistoryController {
  constructor(private readonly cases: CaseCommands) {}

  /** Names every reviewer and shows every comment: for the chair, the administrator and the auditor only. */
  @Get(':id/history')
  @Roles(...FULL_READERS)
  @ApiOperation({ summary: 'Every event of the case in order, with who acted, in which role, and when' })
  async history(@Param('id', CaseIdPipe) id: string) {
    const { events } = await this.cases.load(id);
    return {
      caseId: id,
      events: historyEntries(events),
    };
  }
}
