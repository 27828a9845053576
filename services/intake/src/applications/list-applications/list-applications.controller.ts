import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hpc-access/auth';
import { ApiPageResponse } from '@hpc-access/http';
import type { Sql } from '@hpc-access/sql';
import { CurrentCaller, type Caller } from '../../caller';
import { READERS } from '../../intake-roles';
import { INTAKE_DB, INTAKE_OPTIONS, type IntakeOptionsShape } from '../../intake.tokens';
import { assertMayReadRecordsOf } from '../access-policy';
import { DossierReaders } from '../dossier-readers/dossier-readers';
import { listApplicationSummaries } from './application-summaries.queries';
import { ApplicationSummaryView } from './application-summary.view';
import { ListApplicationsQuery } from './list-applications.query';

@ApiTags('applications')
@ApiBearerAuth()
@Controller('api/applications')
export class ListApplicationsController {
  constructor(
    @Inject(INTAKE_DB) private readonly db: Sql,
    @Inject(INTAKE_OPTIONS) private readonly options: IntakeOptionsShape,
    private readonly dossierReaders: DossierReaders,
  ) {}

  @Get()
  @Roles(...READERS)
  @ApiPageResponse(ApplicationSummaryView)
  @ApiOperation({
    operationId: 'intake.listApplications',
    summary: 'Applications, newest first (sort: by the time of the last change, oldest or newest first), filtered by status, mode and organisation; paginated. Applicants: their own; reviewers: those they are cleared on; chairs: none of their own organisation',
  })
  async list(@Query() query: ListApplicationsQuery, @CurrentCaller() caller: Caller): Promise<{ page: number; pageSize: number; total: number; items: ApplicationSummaryView[] }> {
    // An applicant's list is their organisation's, whatever they ask for.
    const organisationId = caller.actor.role === 'applicant' ? (query.organisationId ?? caller.actor.organisationId ?? '') : query.organisationId;
    if (organisationId !== undefined) assertMayReadRecordsOf(caller.actor, organisationId);
    const chairOf = caller.actor.role === 'ethics-chair' ? caller.actor.organisationId : undefined;
    const { rows, ...page } = await listApplicationSummaries(
      this.db,
      this.options.schema,
      { status: query.status, mode: query.mode, organisationId, notOrganisationId: chairOf, readable: this.dossierReaders.listFilter(caller.actor) },
      query,
    );
    return { ...page, items: rows };
  }
}
