import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hpc-access/auth';
import { readModelPage } from '@hpc-access/http';
import type { Sql } from '@hpc-access/eventstore-postgres';
import { CurrentCaller, type Caller } from '../../caller';
import { READERS } from '../../intake-roles';
import { INTAKE_DB, INTAKE_OPTIONS, type IntakeOptionsShape } from '../../intake.tokens';
import { assertMayAccessOrganisation } from '../domain/access-policy';
import { ListApplicationsQuery } from './list-applications.query';

interface SummaryRow {
  application_id: string;
  organisation_id: string;
  status: string;
  mode: string | null;
  title: string | null;
  system: string | null;
  partition: string | null;
  gpu_hours: string | null;
  submitted_at: Date | null;
  updated_at: Date;
  revision: number;
}

@ApiTags('applications')
@ApiBearerAuth()
@Controller('api/applications')
export class ListApplicationsController {
  constructor(@Inject(INTAKE_DB) private readonly db: Sql, @Inject(INTAKE_OPTIONS) private readonly options: IntakeOptionsShape) {}

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'Applications, newest first, filtered by status, mode and organisation; paginated' })
  async list(@Query() query: ListApplicationsQuery, @CurrentCaller() caller: Caller) {
    // An applicant's list is their organisation's, whatever they ask for.
    const organisationId = caller.actor.role === 'applicant' ? (query.organisationId ?? caller.actor.organisationId ?? '') : query.organisationId;
    if (organisationId !== undefined) assertMayAccessOrganisation(caller.actor, organisationId);
    const { page, pageSize, total, rows } = await readModelPage<SummaryRow>(
      this.db,
      `${this.options.schema}.application_summaries`,
      [['status = ?', query.status], ['mode = ?', query.mode], ['organisation_id = ?', organisationId]],
      'application_id DESC',
      query,
    );
    return {
      page,
      pageSize,
      total,
      items: rows.map((r) => ({
        applicationId: r.application_id,
        organisationId: r.organisation_id,
        status: r.status,
        mode: r.mode,
        title: r.title,
        system: r.system,
        partition: r.partition,
        gpuHours: r.gpu_hours === null ? null : Number(r.gpu_hours),
        submittedAt: r.submitted_at?.toISOString() ?? null,
        updatedAt: r.updated_at.toISOString(),
        revision: r.revision,
      })),
    };
  }
}
