import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ACCESS_MODES, type AccessMode } from '@hpc-access/contracts';
import { CurrentCaller, Roles, type Caller } from '@hpc-access/auth';
import type { Sql } from '@hpc-access/sql';
import { ApiPageResponse, IsOrganisationId } from '@hpc-access/http';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { READERS, assertMayAccessOrganisation, assertNotChairOfApplicant, notChairsOwnOrganisation, systemCondition, systemScope } from '../../allocation-roles';
import { ConfigurationService } from '../../configuration/configuration.service';
import { ALLOCATION_DB, ALLOCATION_OPTIONS, type AllocationOptionsShape } from '../../allocation.tokens';
import { PageQuery, iso, num, pageOf } from '../../read-models/page';
import { APPLICATION_STATUSES, AllocationApplicationSummaryView } from './application-summary.view';

export { APPLICATION_STATUSES } from './application-summary.view';

export class ListApplicationsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: APPLICATION_STATUSES }) @IsOptional() @IsIn(APPLICATION_STATUSES) status?: string;
  @ApiPropertyOptional({ enum: ACCESS_MODES }) @IsOptional() @IsIn(ACCESS_MODES) mode?: AccessMode;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) system?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) partition?: string;
  @IsOrganisationId({ optional: true }) organisationId?: string;
}

export interface ApplicationRow {
  application_id: string;
  organisation_id: string;
  mode: string | null;
  system: string | null;
  partition: string | null;
  gpu_hours: string | null;
  duration_months: number | null;
  status: string;
  submitted_at: Date | null;
  technical_outcome: string | null;
  ethics_outcome: string | null;
  weighted_score: string | null;
  hold_id: string | null;
  hold_expires_at: Date | null;
  queued_at: Date | null;
  allocation_id: string | null;
  project_id: string | null;
  awarded_gpu_hours: string | null;
  not_funded_reason: string | null;
  clock_started_at: Date | null;
  awarded_at: Date | null;
  working_days_to_award: number | null;
  activated_at: Date | null;
  working_days_to_access: number | null;
  target_working_days: number | null;
  updated_at: Date;
}

export function applicationSummary(r: ApplicationRow) {
  const days = r.working_days_to_access ?? r.working_days_to_award;
  return {
    applicationId: r.application_id,
    organisationId: r.organisation_id,
    mode: r.mode,
    system: r.system,
    partition: r.partition,
    gpuHours: num(r.gpu_hours),
    durationMonths: r.duration_months,
    status: r.status,
    submittedAt: iso(r.submitted_at),
    technicalOutcome: r.technical_outcome,
    ethicsOutcome: r.ethics_outcome,
    weightedScore: num(r.weighted_score),
    hold: r.hold_id ? { holdId: r.hold_id, expiresAt: iso(r.hold_expires_at) } : null,
    queuedAt: iso(r.queued_at),
    allocationId: r.allocation_id,
    projectId: r.project_id,
    awardedGpuHours: num(r.awarded_gpu_hours),
    notFundedReason: r.not_funded_reason,
    timeToAccess: r.awarded_at
      ? {
          clockStartedAt: iso(r.clock_started_at),
          awardedAt: iso(r.awarded_at),
          workingDaysToAward: r.working_days_to_award,
          activatedAt: iso(r.activated_at),
          workingDaysToAccess: r.working_days_to_access,
          targetWorkingDays: r.target_working_days,
          withinTarget: days !== null && r.target_working_days !== null ? days <= r.target_working_days : null,
        }
      : null,
    updatedAt: iso(r.updated_at),
  };
}

@ApiTags('allocation applications')
@ApiBearerAuth()
@Controller('api/allocation/applications')
export class ListApplicationsController {
  constructor(
    @Inject(ALLOCATION_DB) private readonly db: Sql,
    @Inject(ALLOCATION_OPTIONS) private readonly options: AllocationOptionsShape,
    private readonly configs: ConfigurationService,
  ) {}

  @Get()
  @Roles(...READERS)
  @ApiOperation({ operationId: 'allocation.listApplications', summary: "Applications in allocation (held, queued, awarded, not funded...), filtered and paginated, with their time to access; a site (or its technical assessor) sees only its systems'" })
  @ApiPageResponse(AllocationApplicationSummaryView)
  async list(@Query() query: ListApplicationsQuery, @CurrentCaller() caller: Caller) {
    // An applicant's list is their organisation's, whatever they ask for.
    const organisationId = caller.actor.role === 'applicant' ? (query.organisationId ?? caller.actor.organisationId ?? '') : query.organisationId;
    if (organisationId !== undefined) assertMayAccessOrganisation(caller.actor, organisationId);
    if (organisationId !== undefined) assertNotChairOfApplicant(caller.actor, organisationId);
    const scope = await systemScope(caller, this.configs);
    const filters = { status: query.status, mode: query.mode, system: query.system, partition: query.partition, organisation_id: organisationId };
    const { rows, ...page } = await pageOf<ApplicationRow>(this.db, `${this.options.schema}.application_summaries`, filters, 'application_id', query, [...systemCondition(scope), ...notChairsOwnOrganisation(caller.actor)]);
    return { ...page, items: rows.map(applicationSummary) };
  }
}
