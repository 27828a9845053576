import { Controller, HttpCode, Post, Query, Res, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { CurrentCaller, Roles, type Caller } from '@hpc-access/auth';
import { ApiProblems, IdempotencyInterceptor } from '@hpc-access/http';
import type { Response } from 'express';
import { CONFIGURATION_WRITERS } from '../../accounting-roles';
import type { ImportReport } from '../import-report';
import { IMPORT_REPORT_LOCATION, respondCreated } from '../respond-created';
import { ImportReportView } from '../import-report.view';
import { RecordReassessment } from './record-reassessment';

export class ReassessQuery {
  @ApiPropertyOptional({ example: 'lumi' }) @IsOptional() @Matches(/^[a-z0-9][a-z0-9_-]{0,63}$/, { message: 'system must be a system id' }) system?: string;
}

@ApiTags('accounting')
@ApiBearerAuth()
@Controller('api/accounting/unassigned-records')
export class ReassessRecordsController {
  constructor(private readonly reassessment: RecordReassessment) {}

  @Post('reassess')
  @HttpCode(201)
  @Roles(...CONFIGURATION_WRITERS)
  @UseInterceptors(IdempotencyInterceptor)
  @ApiOperation({ operationId: 'accounting.reassessRecords', summary: 'Charge flagged records whose allocation is now known and active, or whose partition now has a billing rule (up to 20,000 per call)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Same key: the same report, no second reassessment' })
  @ApiCreatedResponse({ type: ImportReportView, headers: IMPORT_REPORT_LOCATION, description: 'The reassessment\'s report (source reassessment)' })
  @ApiProblems({ status: 409, description: 'A request with this Idempotency-Key is still running, or the charge met concurrent changes too often' })
  async reassess(@Query() query: ReassessQuery, @CurrentCaller() caller: Caller, @Res({ passthrough: true }) res: Response): Promise<ImportReport> {
    return respondCreated(res, await this.reassessment.reassess(query.system, caller));
  }
}
