import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { CurrentCaller, Roles, type Caller } from '@hpc-access/auth';
import { notFound } from '@hpc-access/eventsourcing';
import type { Sql } from '@hpc-access/sql';
import { ApiPageResponse, ApiProblems } from '@hpc-access/http';
import { IMPORT_READERS, systemScope } from '../../accounting-roles';
import { HostingSites } from '../../sites/hosting-sites';
import { ACCOUNTING_DB, ACCOUNTING_OPTIONS, type AccountingOptionsShape } from '../../accounting.tokens';
import { ImportIdPipe } from '../../shared/id.pipe';
import { PageQuery, paginate } from '../../shared/page.query';
import type { ImportReport } from '../import-report';
import { ImportDetailView, ImportSummaryView } from '../import-report.view';

export class ListImportsQuery extends PageQuery {
  @ApiPropertyOptional() @IsOptional() @Matches(/^[a-z0-9][a-z0-9_-]{0,63}$/, { message: 'system must be a system id' }) system?: string;
  @ApiPropertyOptional({ enum: ['json', 'sacct', 'reassessment'] }) @IsOptional() @IsIn(['json', 'sacct', 'reassessment']) source?: string;
}

interface ImportRow {
  import_id: string;
  source: string;
  system: string | null;
  submitted_by: string;
  site_id: string | null;
  on_behalf_of_site: boolean;
  received_at: Date;
  accepted: number;
  duplicates: number;
  flagged: number;
  rejected: number;
  steps_ignored: number;
  report: ImportReport;
}

@ApiTags('accounting')
@ApiBearerAuth()
@Controller('api/accounting/imports')
export class ListImportsController {
  constructor(
    @Inject(ACCOUNTING_DB) private readonly db: Sql,
    @Inject(ACCOUNTING_OPTIONS) private readonly options: AccountingOptionsShape,
    private readonly sites: HostingSites,
  ) {}

  /** A site sees only the imports sent for it (by it, or on its behalf); staff see all. */
  private async siteOnly(caller: Caller): Promise<string | undefined> {
    const scope = await systemScope(caller, this.sites);
    return scope.kind === 'site' ? scope.siteId : undefined;
  }

  @Get()
  @Roles(...IMPORT_READERS)
  @ApiOperation({ operationId: 'accounting.listImports', summary: "Usage imports, newest first, with their counts; filtered by system and source; paginated. A site sees only its own" })
  @ApiPageResponse(ImportSummaryView)
  async list(@Query() query: ListImportsQuery, @CurrentCaller() caller: Caller) {
    const result = await paginate<ImportRow>(
      this.db,
      `${this.options.schema}.usage_imports`,
      [['system = ?', query.system], ['source = ?', query.source], ['site_id = ?', await this.siteOnly(caller)]],
      'received_at DESC, import_id DESC',
      query,
    );
    return {
      page: result.page,
      pageSize: result.pageSize,
      total: result.total,
      items: result.rows.map((r) => ({
        importId: r.import_id, source: r.source, system: r.system, submittedBy: r.submitted_by, siteId: r.site_id, onBehalfOfSite: r.on_behalf_of_site, receivedAt: new Date(r.received_at).toISOString(),
        accepted: r.accepted, duplicates: r.duplicates, flagged: r.flagged, rejected: r.rejected, stepsIgnored: r.steps_ignored,
      })),
    };
  }

  @Get(':id')
  @Roles(...IMPORT_READERS)
  @ApiOperation({ operationId: 'accounting.getImport', summary: 'One import\'s full report: rejected lines, flagged records, what was charged where; another site\'s import is not found' })
  @ApiOkResponse({ type: ImportDetailView })
  @ApiProblems({ status: 404, description: 'No such import, or another site\'s' })
  async get(@Param('id', ImportIdPipe) id: string, @CurrentCaller() caller: Caller) {
    const { rows } = await this.db.query<ImportRow>(`SELECT * FROM ${this.options.schema}.usage_imports WHERE import_id = $1`, [id]);
    const site = await this.siteOnly(caller);
    // Another site's import answers as one that does not exist: its existence is not the caller's business.
    if (!rows[0] || (site !== undefined && rows[0].site_id !== site)) throw notFound('import-not-found', `no import ${id}`);
    return { ...rows[0].report, submittedBy: rows[0].submitted_by, siteId: rows[0].site_id, onBehalfOfSite: rows[0].on_behalf_of_site };
  }
}
