import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { assertMayAccessOrganisation, CurrentCaller, Roles, type Caller } from '@hpc-access/auth';
import { ACCESS_MODES } from '@hpc-access/contracts';
import type { Sql } from '@hpc-access/sql';
import { ApiPageResponse, IsOrganisationId } from '@hpc-access/http';
import { BALANCE_READERS } from '../../accounting-roles';
import { ACCOUNTING_DB, ACCOUNTING_OPTIONS, type AccountingOptionsShape } from '../../accounting.tokens';
import { PageQuery, paginate } from '../../shared/page.query';
import { AllocationBalanceView } from '../allocation-account.view';

export class ListAllocationsQuery extends PageQuery {
  @IsOrganisationId({ optional: true }) organisationId?: string;
  @ApiPropertyOptional({ enum: ['active', 'suspended', 'closed'] }) @IsOptional() @IsIn(['active', 'suspended', 'closed']) status?: string;
  @ApiPropertyOptional({ enum: ACCESS_MODES }) @IsOptional() @IsIn(ACCESS_MODES) mode?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(/^[a-z0-9][a-z0-9_-]{0,63}$/, { message: 'system must be a system id' }) system?: string;
}

interface BalanceRow {
  allocation_id: string;
  organisation_id: string;
  project_id: string;
  mode: string;
  system: string;
  partition: string;
  status: string;
  awarded_gpu_hours: number;
  charged_gpu_hours: number;
  monthly_quota_gpu_hours: number;
  energy_kwh: number;
  estimated_flop: number;
  jobs: string | number;
  highest_threshold: number | null;
  overuse: boolean;
  underuse: boolean;
  starts_on: string;
  ends_on: string;
  updated_at: Date;
  revision: number;
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
    const result = await paginate<BalanceRow>(
      this.db,
      `${this.options.schema}.allocation_balances`,
      [['organisation_id = ?', organisationId], ['status = ?', query.status], ['mode = ?', query.mode], ['system = ?', query.system]],
      'allocation_id',
      query,
    );
    return {
      page: result.page,
      pageSize: result.pageSize,
      total: result.total,
      items: result.rows.map((r) => ({
        allocationId: r.allocation_id, organisationId: r.organisation_id, projectId: r.project_id, mode: r.mode, system: r.system, partition: r.partition,
        status: r.status, awardedGpuHours: r.awarded_gpu_hours, chargedGpuHours: r.charged_gpu_hours,
        balanceGpuHours: Math.round((r.awarded_gpu_hours - r.charged_gpu_hours) * 1e6) / 1e6, monthlyQuotaGpuHours: r.monthly_quota_gpu_hours,
        energyKwh: r.energy_kwh, estimatedTrainingFlop: r.estimated_flop, jobs: Number(r.jobs), highestThresholdReached: r.highest_threshold,
        overuse: r.overuse, underuse: r.underuse, start: r.starts_on, end: r.ends_on, updatedAt: new Date(r.updated_at).toISOString(), revision: r.revision,
      })),
    };
  }
}
