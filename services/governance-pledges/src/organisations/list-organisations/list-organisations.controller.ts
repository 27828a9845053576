import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import { CurrentCaller, Roles, type Caller } from '@hpc-access/auth';
import type { Sql } from '@hpc-access/eventstore-postgres';
import { GOVERNANCE_DB, GOVERNANCE_OPTIONS, type GovernanceOptionsShape } from '../../governance-pledges.tokens';
import { READERS, assertMayAccessOrganisation } from '../../governance-roles';
import { OrganisationController } from '../organisation-route';
import { ListOrganisationsQuery } from './list-organisations.query';

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
  @ApiOperation({ summary: 'Organisations\' pledge status, filtered by status, overdue, open breaches, suspension; paginated' })
  async list(@Query() query: ListOrganisationsQuery, @CurrentCaller() caller: Caller) {
    // An applicant's list is their organisation's, whatever they ask for.
    const organisationId = caller.actor.role === 'applicant' ? (query.organisationId ?? caller.actor.organisationId ?? '') : query.organisationId;
    if (organisationId !== undefined) assertMayAccessOrganisation(caller.actor, organisationId);
    const params: unknown[] = [];
    const where: string[] = [];
    const add = (sql: (p: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (query.status !== undefined) add((p) => `status = ${p}`, query.status);
    if (organisationId !== undefined) add((p) => `organisation_id = ${p}`, organisationId);
    if (query.overdue !== undefined) add((p) => `(attestation_overdue OR overdue_obligations > 0) = ${p}`, query.overdue);
    if (query.openBreaches !== undefined) add((p) => `(open_breaches > 0) = ${p}`, query.openBreaches);
    if (query.suspended !== undefined) add((p) => `suspended = ${p}`, query.suspended);
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const table = `${this.options.schema}.organisation_pledges`;
    const count = await this.db.query<{ total: string }>(`SELECT count(*) AS total FROM ${table} ${whereSql}`, params);
    const { rows } = await this.db.query<Row>(
      `SELECT * FROM ${table} ${whereSql} ORDER BY organisation_id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, pageSize, (page - 1) * pageSize],
    );
    return {
      page,
      pageSize,
      total: Number(count.rows[0].total),
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
