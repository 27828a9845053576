import { Body, Controller, HttpCode, Post, Res, Query, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiHeader, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { CurrentCaller, Roles, assertMayActOnSystem, type Caller } from '@hpc-access/auth';
import { ApiProblems, IdempotencyInterceptor, ProblemException, ReadBodyWith, problem } from '@hpc-access/http';
import type { SacctParse } from '../domain/sacct';
import type { Response } from 'express';
import { IMPORT_REPORT_LOCATION, respondCreated } from '../respond-created';
import type { ImportReport } from '../import-report';
import { UsageLedger } from '../usage-ledger';
import { ImportReportView } from '../import-report.view';
import { readSacctUpload } from './sacct-upload';
import { USAGE_UPLOADERS } from '../../accounting-roles';
import { HostingSites } from '../../sites/hosting-sites';
import { UploadSiteQuery, systemScopeOfUpload, uploadScopeOf } from '../upload-scope';

export class SacctImportQuery extends UploadSiteQuery {
  @ApiProperty({ example: 'lumi' }) @Matches(/^[a-z0-9][a-z0-9_-]{0,63}$/, { message: 'system must be 1 to 64 lower-case letters, digits, _ or -' }) system!: string;
}

@ApiTags('accounting')
@ApiBearerAuth()
@Controller('api/accounting/usage/sacct')
export class ImportSacctController {
  constructor(private readonly ledger: UsageLedger, private readonly sites: HostingSites) {}

  @Post()
  @HttpCode(201)
  @Roles(...USAGE_UPLOADERS)
  @UseInterceptors(IdempotencyInterceptor)
  @ReadBodyWith(readSacctUpload)
  @ApiOperation({ operationId: 'accounting.importSacct', summary: "Import `sacct --parsable2` output (text/plain) from the site hosting the system, or from an accounting officer on a named site's behalf (`siteId`); good lines are taken, bad ones listed with line number and reason" })
  @ApiConsumes('text/plain')
  @ApiBody({ schema: { type: 'string', example: 'JobID|Account|Partition|Start|End|ElapsedRaw|State|AllocTRES|ConsumedEnergyRaw\n4711|EHPC-AIF-2026PG01-1147|lumi-g|2026-11-02T10:00:00|2026-11-02T12:00:00|7200|COMPLETED|billing=128,cpu=128,gres/gpu=8,node=1|36000000' } })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Same key and file: the same report, no second import' })
  @ApiCreatedResponse({ type: ImportReportView, headers: IMPORT_REPORT_LOCATION, description: 'The import report' })
  @ApiProblems(
    { status: 409, description: 'A request with this Idempotency-Key is still running, or the charge met concurrent changes too often' },
    { status: 422, description: 'Nothing readable: an empty file, a header without the needed fields, no finished job allocation; zone-less times of a site with no known zone; a site nobody hosts; or the Idempotency-Key was used with another file' },
  )
  async import(@Query() query: SacctImportQuery, @Body() parsed: SacctParse, @CurrentCaller() caller: Caller, @Res({ passthrough: true }) res: Response): Promise<ImportReport> {
    const upload = await uploadScopeOf(caller, query.siteId, this.sites);
    assertMayActOnSystem(systemScopeOfUpload(upload), query.system);
    // Read and parsed line by line as it streamed in (readSacctUpload); an empty body reads as nothing.
    if (!parsed?.records) throw new ProblemException(problem(422, 'sacct-unreadable', 'The request cannot be carried out', 'the file is empty', [{ field: 'line 1', reason: 'the file is empty' }]));
    if (parsed.headerError) {
      throw new ProblemException(problem(422, 'sacct-unreadable', 'The request cannot be carried out', parsed.headerError, [{ field: 'line 1', reason: parsed.headerError }]));
    }
    if (parsed.records.length === 0) {
      const errors = parsed.rejected.map((r) => ({ field: `line ${r.line}`, reason: r.reason }));
      throw new ProblemException(problem(422, 'nothing-parseable', 'The request cannot be carried out', 'no line of the file is a finished job allocation that could be read', errors.length ? errors : [{ field: 'body', reason: 'no job records' }]));
    }
    return respondCreated(res, await this.ledger.import({ source: 'sacct', system: query.system, records: parsed.records, rejected: parsed.rejected, stepsIgnored: parsed.stepsIgnored, upload, timeZone: query.timeZone, checkpoint: query.checkpoint }, caller));
  }
}
