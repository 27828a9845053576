import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hpc-access/auth';
import type { Response } from 'express';
import { BREACH_REPORT_READERS } from '../../governance-roles';
import { EntityIdPipe } from '../../organisations/organisation-route';
import { respondWithBreachReport } from '../breach-report-view';
import { BreachReportsService } from '../breach-reports.service';

@ApiTags('breach reports')
@ApiBearerAuth()
@Controller('api/governance/breach-reports')
export class GetBreachReportController {
  constructor(private readonly reports: BreachReportsService) {}

  @Get(':reportId')
  @Roles(...BREACH_REPORT_READERS)
  @ApiOperation({ summary: 'One breach report and its decision; ETag = stream revision' })
  async get(@Param('reportId', new EntityIdPipe('reportId')) reportId: string, @Res({ passthrough: true }) res: Response) {
    return respondWithBreachReport(res, await this.reports.load(reportId));
  }
}
