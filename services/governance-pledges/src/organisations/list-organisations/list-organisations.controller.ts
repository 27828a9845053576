import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import { assertMayAccessOrganisation, CurrentCaller, Roles, type Caller } from '@hpc-access/auth';
import type { Sql } from '@hpc-access/sql';
import { GOVERNANCE_DB, GOVERNANCE_OPTIONS, type GovernanceOptionsShape } from '../../governance-pledges.tokens';
import { READERS } from '../../governance-roles';
import { OrganisationController } from '../organisation-route';
import { ListOrganisationsQuery } from './list-organisations.query';
import { ApiPageResponse, readModelPage } from '@hpc-access/http';
import { OrganisationPledgeSummaryView } from './organisation-pledge-summary.view';

interface Row {
  organisation_id: string;
  legal_name: string | null;
  status: string;
  signed_version: number | null;
  next_attestation_due: Date | null;
  attestation_overdue: boolean;
  open_breaches: number;
  open_obligations: number;
  overdue_obligations: number;
  suspended: boolean;
  updated_at: Date;
  revision: number;
}

@OrganisationController()
@Controller('api/governance/organisations')
export class ListOrganisationsController {
  constructor(@Inject(GOVERNANCE_DB) private readonly db: Sql, @Inject(GOVERNANCE_OPTIONS) private readonly options: GovernanceOptionsShape) {}

  @Get()
  @Roles(...READERS)
  @ApiPageResponse(OrganisationPledgeSummaryView)
  @ApiOperation({ operationId: 'governance.listOrganisations', summary: 'Organisations\' pledge status, filtered by status, overdue, open breaches, suspension; paginated' })
  async list(@Query() query: ListOrganisationsQuery, @CurrentCaller() caller: Caller): Promise<{ page: number; pageSize: number; total: number; items: OrganisationPledgeSummaryView[] }> {
    // An applicant's list is their organisation's, whatever they ask for.
    const organisationId = caller.actor.role === 'applicant' ? (query.organisationId ?? caller.actor.organisationId ?? '') : query.organisationId;
    if (organisationId !== undefined) assertMayAccessOrganisation(caller.actor, organisationId);
    const { page, pageSize, total, rows } = await readModelPage<Row>(
      this.db,
      `${this.options.schema}.organisation_pledges`,
      [
        ['status = ?', query.status],
        ['organisation_id = ?', organisationId],
        ['(attestation_overdue OR overdue_obligations > 0) = ?', query.overdue],
        ['(open_breaches > 0) = ?', query.openBreaches],
        ['suspended = ?', query.suspended],
      ],
      'organisation_id',
      query,
    );
    return {
      page,
      pageSize,
      total,
      items: rows.map((r) => ({
        organisationId: r.organisation_id,
        legalName: r.legal_name,
        status: r.status,
        signedVersion: r.signed_version,
        nextAttestationDue: r.next_attestation_due?.toISOString() ?? null,
        attestationOverdue: r.attestation_overdue,
        openBreaches: r.open_breaches,
        openObligations: r.open_obligations,
        overdueObligations: r.overdue_obligations,
        suspended: r.suspended,
        updatedAt: r.updated_at.toISOString(),
        revision: r.revision,
      })),
    };
  }
}
