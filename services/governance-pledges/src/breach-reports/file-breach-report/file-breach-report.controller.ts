import { Body, Controller, HttpCode, Post, Res, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, type Caller } from '@hpc-access/auth';
import { ApiProblems, IdempotencyInterceptor, ETAG_HEADER, LOCATION_HEADER } from '@hpc-access/http';
import type { Response } from 'express';
import { BREACH_REPORTERS } from '../../governance-roles';
import { BreachReportView, respondWithBreachReport } from '../breach-report-view';
import { BreachReportsService } from '../breach-reports.service';
import { FileBreachReportDto } from './file-breach-report.dto';

@ApiTags('breach reports')
@ApiBearerAuth()
@Controller('api/governance/breach-reports')
export class FileBreachReportController {
  constructor(private readonly reports: BreachReportsService) {}

  @Post()
  @HttpCode(201)
  @Roles(...BREACH_REPORTERS)
  @UseInterceptors(IdempotencyInterceptor)
  @ApiOperation({ operationId: 'governance.fileBreachReport', summary: 'Report a suspected breach of the pledge; the governance officer decides it' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Same key and body: same answer, one report' })
  @ApiCreatedResponse({ type: BreachReportView, headers: { ...LOCATION_HEADER, ...ETAG_HEADER } })
  @ApiProblems({ status: 404, description: 'The organisation is not known to governance' })
  async file(@Body() body: FileBreachReportDto, @CurrentCaller() caller: Caller, @Res({ passthrough: true }) res: Response): Promise<BreachReportView> {
    const result = await this.reports.file(caller, { organisationId: body.organisationId, description: body.description, evidenceLinks: [...body.evidenceLinks] });
    res.setHeader('Location', `/api/governance/breach-reports/${result.state.report.reportId}`);
    return respondWithBreachReport(res, result);
  }
}
