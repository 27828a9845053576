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
import { PageQuery } from '../../shared/page.query';
import { ImportDetailView, ImportSummaryView } from '../import-report.view';
import { findUsageImport, listUsageImports } from './usage-imports.queries';

export class ListImportsQuery extends PageQuery {
  @ApiPropertyOptional() @IsOptional() @Matches(/^[a-z0-9][a-z0-9_-]{0,63}$/, { message: 'system must be a system id' }) system?: string;
  @ApiPropertyOptional({ enum: ['json', 'sacct', 'reassessment'] }) @IsOptional() @IsIn(['json', 'sacct', 'reassessment']) source?: string;
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
    return listUsageImports(this.db, this.options.schema, { system: query.system, source: query.source, siteId: await this.siteOnly(caller) }, query);
  }

  @Get(':id')
  @Roles(...IMPORT_READERS)
  @ApiOperation({ operationId: 'accounting.getImport', summary: 'One import\'s full report: rejected lines, flagged records, what was charged where; another site\'s import is not found' })
  @ApiOkResponse({ type: ImportDetailView })
  @ApiProblems({ status: 404, description: 'No such import, or another site\'s' })
  async get(@Param('id', ImportIdPipe) id: string, @CurrentCaller() caller: Caller) {
    const found = await findUsageImport(this.db, this.options.schema, id);
    const site = await this.siteOnly(caller);
    // Another site's import answers as one that does not exist: its existence is not the caller's business.
    if (!found || (site !== undefined && found.site_id !== site)) throw notFound('import-not-found', `no import ${id}`);
    return { ...found.report, submittedBy: found.submitted_by, siteId: found.site_id, onBehalfOfSite: found.on_behalf_of_site };
  }
}
