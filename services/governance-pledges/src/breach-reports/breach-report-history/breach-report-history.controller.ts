import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hpc-access/auth';
import { notFound } from '@hpc-access/eventsourcing';
import { ApiProblems, historyPage, PageQuery } from '@hpc-access/http';
import { BREACH_REPORT_READERS } from '../../governance-roles';
import { GovernanceStreams } from '../../governance-streams';
import { ENTITY_ID, EntityIdPipe } from '../../organisations/organisation-route';
import { breachReportStreamId } from '../domain/breach-report';
import { breachReportDecider } from '../domain/breach-report.decide';
import { BreachReportHistoryView } from './breach-report-history.view';

@ApiTags('breach reports')
@ApiBearerAuth()
@Controller('api/governance/breach-reports')
export class BreachReportHistoryController {
  constructor(private readonly streams: GovernanceStreams) {}

  @Get(':reportId/history')
  @Roles(...BREACH_REPORT_READERS)
  @ApiOperation({ operationId: 'governance.getBreachReportHistory', summary: 'Every event of the breach report in order (filed, decided), with who acted, in which role, and when; paginated' })
  @ApiParam({ name: 'reportId', schema: { type: 'string', pattern: ENTITY_ID.source }, description: 'The report id (a UUID when filed here)' })
  @ApiOkResponse({ type: BreachReportHistoryView })
  @ApiProblems({ status: 404, description: 'No such report' })
  async history(@Param('reportId', new EntityIdPipe('reportId')) reportId: string, @Query() query: PageQuery): Promise<BreachReportHistoryView> {
    const { state, events } = await this.streams.read(breachReportDecider, breachReportStreamId(reportId));
    if (state.status === 'none') throw notFound('breach-report-not-found', `breach report ${reportId} does not exist`);
    return { reportId, ...historyPage(events, query) };
  }
}
