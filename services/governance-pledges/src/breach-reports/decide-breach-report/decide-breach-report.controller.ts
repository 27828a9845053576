import { Body, Controller, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ApiProblems, ETAG_HEADER } from '@hpc-access/http';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { CurrentCaller, Roles, type Caller } from '@hpc-access/auth';
import type { Response } from 'express';
import { ENTITY_ID, EntityIdPipe } from '../../organisations/organisation-route';
import { BreachReportView, respondWithBreachReport } from '../breach-report-view';
import { BreachReportsService } from '../breach-reports.service';

export class BreachDecisionDto {
  @ApiProperty({ enum: ['confirmed', 'dismissed'] }) @IsIn(['confirmed', 'dismissed']) decision!: 'confirmed' | 'dismissed';
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(2000) note!: string;
}

@ApiTags('breach reports')
@ApiBearerAuth()
@Controller('api/governance/breach-reports')
export class DecideBreachReportController {
  constructor(private readonly reports: BreachReportsService) {}

  @Post(':reportId/decision')
  @HttpCode(200)
  @Roles('governance-officer')
  @ApiOperation({ operationId: 'governance.decideBreachReport', summary: 'Confirm (PledgeBreached on the organisation, breachId = report id) or dismiss a report; not by who filed it' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The ETag last read; 412 if the report changed since' })
  @ApiParam({ name: 'reportId', schema: { type: 'string', pattern: ENTITY_ID.source }, description: 'The report id (a UUID when filed here)' })
  @ApiOkResponse({ type: BreachReportView, headers: ETAG_HEADER })
  @ApiProblems(
    { status: 404, description: 'No such report, or its organisation is not known to governance' },
    { status: 409, description: 'The report was decided already, or a concurrent change won' },
    412,
  )
  async decide(
    @Param('reportId', new EntityIdPipe('reportId')) reportId: string,
    @Body() body: BreachDecisionDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) res: Response,
  ): Promise<BreachReportView> {
    const result = await this.reports.decide(reportId, caller, ifMatch, body.decision, body.note);
    return respondWithBreachReport(res, { state: result.state as Parameters<typeof respondWithBreachReport>[1]['state'], revision: result.revision });
  }
}
