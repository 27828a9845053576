import { Body, Controller, HttpCode, Post, Query, Res, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, type Caller } from '@hpc-access/auth';
import { ApiProblems, IdempotencyInterceptor, ReadBodyWith } from '@hpc-access/http';
import type { Response } from 'express';
import { IMPORT_REPORT_LOCATION, respondCreated } from '../respond-created';
import type { ImportReport } from '../import-report';
import { UsageLedger } from '../usage-ledger';
import { ImportReportView } from '../import-report.view';
import { USAGE_UPLOADERS } from '../../accounting-roles';
import { HostingSites } from '../../sites/hosting-sites';
import { UploadSiteQuery, uploadScopeOf } from '../upload-scope';
import { RecordUsageDto } from './record-usage.dto';
import { readUsageUpload } from './usage-upload';

@ApiTags('accounting')
@ApiBearerAuth()
@Controller('api/accounting/usage')
export class RecordUsageController {
  constructor(private readonly ledger: UsageLedger, private readonly sites: HostingSites) {}

  @Post()
  @HttpCode(201)
  @Roles(...USAGE_UPLOADERS)
  @UseInterceptors(IdempotencyInterceptor)
  @ReadBodyWith(readUsageUpload)
  @ApiOperation({ operationId: 'accounting.recordUsage', summary: "Job records from a site (only for the systems it hosts), or from an accounting officer on a named site's behalf, as JSON; each (system, jobId) counts once however often it is sent" })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Same key and body: the same report, no second import' })
  @ApiConsumes('application/json')
  @ApiCreatedResponse({ type: ImportReportView, headers: IMPORT_REPORT_LOCATION, description: 'The import report' })
  @ApiProblems(
    { status: 409, description: 'A request with this Idempotency-Key is still running, or the charge met concurrent changes too often' },
    { status: 422, description: 'Zone-less times of a site with no known zone; a site nobody hosts; or the Idempotency-Key was used with another body' },
  )
  async record(@Body() body: RecordUsageDto, @Query() query: UploadSiteQuery, @CurrentCaller() caller: Caller, @Res({ passthrough: true }) res: Response): Promise<ImportReport> {
    const upload = await uploadScopeOf(caller, query.siteId, this.sites);
    // Invalid records refuse the whole request (400, nothing recorded): JSON senders can fix and resend.
    const records = body.records.map((r) => ({
      system: r.system,
      jobId: r.jobId,
      account: r.account,
      partition: r.partition,
      // As sent: a time without a zone is read in the upload's zone by the ledger (never the server's).
      start: r.start ?? null,
      end: r.end,
      elapsedSeconds: r.elapsedRaw,
      state: r.state,
      allocTres: r.allocTres,
      consumedEnergyJoules: r.consumedEnergyRaw,
    }));
    const systems = [...new Set(records.map((r) => r.system))];
    return respondCreated(res, await this.ledger.import({ source: 'json', system: systems.length === 1 ? systems[0] : null, records, rejected: [], stepsIgnored: 0, upload, timeZone: query.timeZone, checkpoint: query.checkpoint }, caller));
  }
}
