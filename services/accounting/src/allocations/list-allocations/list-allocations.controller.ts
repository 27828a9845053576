import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { assertMayAccessOrganisation, CurrentCaller, Roles, type Caller } from '@hpc-access/auth';
import { ACCESS_MODES } from '@hpc-access/contracts';
import type { Sql } from '@hpc-access/sql';
import { ApiPageResponse, IsOrganisationId } from '@hpc-access/http';
import { BALANCE_READERS } from '../../accounting-roles';
import { ACCOUNTING_DB, ACCOUNTING_OPTIONS, type AccountingOptionsShape } from '../../accounting.tokens';
import { PageQuery } from '../../shared/page.query';
import { AllocationBalanceView } from '../allocation-account.view';
import { listAllocationBalances } from './allocation-balances.queries';

export class ListAllocationsQuery extends PageQuery {
  @IsOrganisationId({ optional: true }) organisationId?: string;
  @ApiPropertyOptional({ enum: ['active', 'suspended', 'closed'] }) @IsOptional() @IsIn(['active', 'suspended', 'closed']) status?: string;
  @ApiPropertyOptional({ enum: ACCESS_MODES }) @IsOptional() @IsIn(ACCESS_MODES) mode?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(/^[a-z0-9][a-z0-9_-]{0,63}$/, { message: 'system must be a system id' }) system?: string;
}

@ApiTags('accounting')
@ApiBearerAuth()
@Controller('api/accounting/allocations')
export class ListAllocationsController {
  constructor(@Inject(ACCOUNTING_DB) private readonly db: Sql, @Inject(ACCOUNTING_OPTIONS) private readonly options: AccountingOptionsShape) {}

  @Get()
  @Roles(...BALANCE_READERS)
  @ApiOperation({ operationId: 'accounting.listAllocations', summary: 'Allocations with their balances, filtered by organisation, status, mode and system; paginated' })
  @ApiPageResponse(AllocationBalanceView)
  async list(@Query() query: ListAllocationsQuery, @CurrentCaller() caller: Caller) {
    // An applicant's list is their organisation's, whatever they ask for.
    const organisationId = caller.actor.role === 'applicant' ? (query.organisationId ?? caller.actor.organisationId ?? '') : query.organisationId;
    if (organisationId !== undefined) assertMayAccessOrganisation(caller.actor, organisationId);
    const { rows, ...page } = await listAllocationBalances(this.db, this.options.schema, { organisationId, status: query.status, mode: query.mode, system: query.system }, query);
    return { ...page, items: rows };
  }
}
