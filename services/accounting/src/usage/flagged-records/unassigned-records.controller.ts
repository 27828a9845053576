import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { Roles } from '@hpc-access/auth';
import type { Sql } from '@hpc-access/sql';
import { ApiPageResponse, SortedPageQuery } from '@hpc-access/http';
import { LEDGER_READERS } from '../../accounting-roles';
import { ACCOUNTING_DB, ACCOUNTING_OPTIONS, type AccountingOptionsShape } from '../../accounting.tokens';
import { JobRecordView } from '../../shared/job-record.view';
import { FLAG_REASONS, RecordConflictView } from '../import-report.view';
import { PageQuery } from '../../shared/page.query';
import { listFlaggedRecords, listRecordConflicts } from '../job-records.queries';

// Conflicting re-sends are kept apart (record-conflicts); every other reason is a flagged ledger row.
const REASONS = FLAG_REASONS.filter((r) => r !== 'conflicting-resend');

const SYSTEM_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;

export class ConflictsQuery extends PageQuery {
  @ApiPropertyOptional() @IsOptional() @Matches(SYSTEM_ID, { message: 'system must be a system id' }) system?: string;
}

// The flagged records are a queue (the accounting home reads it oldest first), so they take sort.
export class UnassignedRecordsQuery extends SortedPageQuery {
  @ApiPropertyOptional() @IsOptional() @Matches(SYSTEM_ID, { message: 'system must be a system id' }) system?: string;
  @ApiPropertyOptional({ enum: REASONS }) @IsOptional() @IsIn(REASONS) reason?: string;
}

@ApiTags('accounting')
@ApiBearerAuth()
@Controller('api/accounting')
export class UnassignedRecordsController {
  constructor(@Inject(ACCOUNTING_DB) private readonly db: Sql, @Inject(ACCOUNTING_OPTIONS) private readonly options: AccountingOptionsShape) {}

  @Get('unassigned-records')
  @Roles(...LEDGER_READERS)
  @ApiOperation({ operationId: 'accounting.listUnassignedRecords', summary: 'Job records kept but not charged (unknown, suspended or closed allocation, no billing rule, a record that cannot be real, outside the allocation\'s dates or in the future), newest received first (sort: by the time received, oldest or newest first)' })
  @ApiPageResponse(JobRecordView)
  async unassigned(@Query() query: UnassignedRecordsQuery) {
    const { rows, ...page } = await listFlaggedRecords(this.db, this.options.schema, { system: query.system, reason: query.reason }, query);
    return { ...page, items: rows };
  }

  @Get('record-conflicts')
  @Roles(...LEDGER_READERS)
  @ApiOperation({ operationId: 'accounting.listRecordConflicts', summary: 'Job records re-sent with other figures than the ones kept: not charged, listed for review' })
  @ApiPageResponse(RecordConflictView)
  async conflicts(@Query() query: ConflictsQuery) {
    const { rows, ...page } = await listRecordConflicts(this.db, this.options.schema, { system: query.system }, query);
    return { ...page, items: rows };
  }
}
