import { listOrderBy, readModelPage, type Page, type SortedPageQuery } from '@hpc-access/http';
import { rowFrom, type Sql } from '@hpc-access/sql';
import type { OrganisationPledgeSummaryView } from './organisation-pledge-summary.view';
import { organisationPledgeRows, type OrganisationPledgeRow } from './organisation-pledges.projection';

export interface OrganisationPledgeFilter {
  status?: string;
  organisationId?: string;
  overdue?: boolean;
  openBreaches?: boolean;
  suspended?: boolean;
}

/**
 * A page of organisations' pledge status from the organisation_pledges read model: by organisation
 * id, or with sort by updated_at, when the pledge last moved (migration governance-pledges/002).
 */
export async function listOrganisationPledges(db: Sql, schema: string, filter: OrganisationPledgeFilter, query: SortedPageQuery): Promise<Page<OrganisationPledgeSummaryView>> {
  const model = organisationPledgeRows(schema);
  const { rows, ...page } = await readModelPage<Record<string, unknown>>(
    db,
    model.table,
    [
      ['status = ?', filter.status],
      ['organisation_id = ?', filter.organisationId],
      ['(attestation_overdue OR overdue_obligations > 0) = ?', filter.overdue],
      ['(open_breaches > 0) = ?', filter.openBreaches],
      ['suspended = ?', filter.suspended],
    ],
    listOrderBy(query.sort, { usual: 'organisation_id', byTime: ['updated_at', 'organisation_id'] }),
    query,
  );
  return { ...page, rows: rows.map((raw) => summaryView(rowFrom<OrganisationPledgeRow>(model.columns, raw))) };
}

function summaryView({ state: _state, ...row }: OrganisationPledgeRow): OrganisationPledgeSummaryView {
  return { ...row, nextAttestationDue: row.nextAttestationDue?.toISOString() ?? null, updatedAt: row.updatedAt.toISOString() };
}
