import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { Roles } from '@hpc-access/auth';
import { notFound } from '@hpc-access/eventsourcing';
import type { Sql } from '@hpc-access/eventstore-postgres';
import { IMPORT_READERS } from '../../accounting-roles';
import { ACCOUNTING_DB, ACCOUNTING_OPTIONS, type AccountingOptionsShape } from '../../accounting.tokens';
import { ImportIdPipe } from '../../shared/id.pipe';
import { PageQuery, paginate } from '../../shared/page.query';
import type { ImportReport } from '../import-report';

export class ListImportsQuery extends PageQuery {
  @ApiPropertyOptional() @IsOptional() @Matches(/^[a-z0-9][a-z0-9_-]{0,63}$/, { message: 'system must be a system id' }) system?: string;
  @ApiPropertyOptional({ enum: ['json', 'sacct', 'reassessment'] }) @IsOptional() @IsIn(['json', 'sacct', 'reassessment']) source?: string;
}

interface ImportRow {
  import_id: string;
  source: string;
  system: string | null;
  submitted_by: string;
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
  constructor(@Inject(ACCOUNTING_DB) private readonly db: Sql, @Inject(ACCOUNTING_OPTIONS) private readonly options: AccountingOptionsShape) {}

  @Get()
  @Roles(...IMPORT_READERS)
  @ApiOperation({ summary: 'Usage imports, newest first, with their counts; filtered by system and source; paginated' })
  async list(@Query() query: ListImportsQuery) {
    const result = await paginate<ImportRow>(
      this.db,
      `${this.options.schema}.usage_imports`,
      [['system = ?', query.system], ['source = ?', query.source]],
      'received_at DESC, import_id DESC',
      query,
    );
    return {
      page: result.page,
      pageSize: result.pageSize,
      total: result.total,
      items: result.rows.map((r) => ({
        importId: r.import_id, source: r.source, system: r.system, submittedBy: r.submitted_by, receivedAt: new Date(r.received_at).toISOString(),
        accepted: r.accepted, duplicates: r.duplicates, flagged: r.flagged, rejected: r.rejected, stepsIgnored: r.steps_ignored,
      })),
    };
  }

  @Get(':id')
  @Roles(...IMPORT_READERS)
  @ApiOperation({ summary: 'One import\'s full report: rejected lines, flagged records, what was charged where' })
  async get(@Param('id', ImportIdPipe) id: string) {
    const { rows } = await this.db.query<ImportRow>(`SELECT * FROM ${this.options.schema}.usage_imports WHERE import_id = $1`, [id]);
    if (!rows[0]) throw notFound('import-not-found', `no import ${id}`);
    return { ...rows[0].report, submittedBy: rows[0].submitted_by };
  }
}
