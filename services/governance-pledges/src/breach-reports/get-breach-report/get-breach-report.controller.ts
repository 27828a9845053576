import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiProblems, ETAG_HEADER } from '@hpc-access/http';
import { Roles } from '@hpc-access/auth';
import type { Response } from 'express';
import { BREACH_REPORT_READERS } from '../../governance-roles';
import { ENTITY_ID, EntityIdPipe } from '../../organisations/organisation-route';
import { BreachReportView, respondWithBreachReport } from '../breach-report-view';
import { BreachReportsService } from '../breach-reports.service';

@ApiTags('breach reports')
@ApiBearerAuth()
@Controller('api/governance/breach-reports')
export class GetBreachReportController {
  constructor(private readonly reports: BreachReportsService) {}

  @Get(':reportId')
  @Roles(...BREACH_REPORT_READERS)
  @ApiOperation({ operationId: 'governance.getBreachReport', summary: 'One breach report and its decision; ETag = stream revision' })
  @ApiParam({ name: 'reportId', schema: { type: 'string', pattern: ENTITY_ID.source }, description: 'The report id (a UUID when filed here)' })
  @ApiOkResponse({ type: BreachReportView, headers: ETAG_HEADER })
  @ApiProblems({ status: 404, description: 'No such report' })
  async get(@Param('reportId', new EntityIdPipe('reportId')) reportId: string, @Res({ passthrough: true }) res: Response): Promise<BreachReportView> {
    return respondWithBreachReport(res, await this.reports.load(reportId));
  }
}
