import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { assertMayAccessOrganisation, CurrentCaller, Roles, assertMayActOnSystem, type Caller } from '@hpc-access/auth';
import type { Sql } from '@hpc-access/sql';
import { ApiPageResponse, ApiProblems } from '@hpc-access/http';
import { JOB_RECORD_READERS, systemScope } from '../../accounting-roles';
import { HostingSites } from '../../sites/hosting-sites';
import { ACCOUNTING_DB, ACCOUNTING_OPTIONS, type AccountingOptionsShape } from '../../accounting.tokens';
import { ALLOCATION_ID_PARAM, AllocationIdPipe } from '../../shared/id.pipe';
import { JobRecordView } from '../../shared/job-record.view';
import { PageQuery } from '../../shared/page.query';
import { listAllocationJobRecords } from '../../usage/job-records.queries';
import { AllocationAccounts } from '../allocation-accounts';

export class ListJobRecordsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['charged', 'flagged'] }) @IsOptional() @IsIn(['charged', 'flagged']) status?: string;
}

@ApiTags('accounting')
@ApiBearerAuth()
@Controller('api/accounting/allocations')
export class ListJobRecordsController {
  constructor(
    @Inject(ACCOUNTING_DB) private readonly db: Sql,
    @Inject(ACCOUNTING_OPTIONS) private readonly options: AccountingOptionsShape,
    private readonly accounts: AllocationAccounts,
    private readonly sites: HostingSites,
  ) {}

  @Get(':id/job-records')
  @Roles(...JOB_RECORD_READERS)
  @ApiOperation({ operationId: 'accounting.listAllocationJobRecords', summary: 'The job records of an allocation (charged, and flagged while it was suspended or closed), latest end first; paginated. A site reads those of its systems only' })
  @ApiParam(ALLOCATION_ID_PARAM)
  @ApiPageResponse(JobRecordView, { extraProperties: { allocationId: { type: 'string', description: 'The allocation the records are of' } } })
  @ApiProblems({ status: 404, description: 'Accounting knows no such allocation' })
  async list(@Param('id', AllocationIdPipe) id: string, @Query() query: ListJobRecordsQuery, @CurrentCaller() caller: Caller) {
    const { state } = await this.accounts.load(id);
    assertMayAccessOrganisation(caller.actor, state.terms.organisationId);
    assertMayActOnSystem(await systemScope(caller, this.sites), state.terms.system);
    const { rows, ...page } = await listAllocationJobRecords(this.db, this.options.schema, id, { status: query.status }, query);
    return { allocationId: id, ...page, items: rows };
  }
}
