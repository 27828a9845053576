import { listOrderBy, readModelPage, type Page, type SortedPageQuery } from '@hpc-access/http';
import { rowFrom, type Sql } from '@hpc-access/sql';
import { countedApplications } from './application-counts';
import { applicationSummaryRows, type ApplicationSummaryRow } from './application-summaries.projection';
import type { ApplicationSummaryView } from './application-summary.view';

export interface ApplicationSummaryFilter {
  status?: string;
  mode?: string;
  organisationId?: string;
  /** A chair's list leaves out their own organisation. */
  notOrganisationId?: string;
  /** The dossier readers' condition for a reviewer (DossierReaders.listFilter). */
  readable: [string, unknown];
}

/**
 * A page of the application list from the application_summaries read model: newest drafted first
 * (the id is a UUIDv7), or with sort by updated_at, how long the application has waited in its
 * status (the index on status, updated_at serves both directions: migration intake/004).
 */
export async function listApplicationSummaries(db: Sql, schema: string, filter: ApplicationSummaryFilter, query: SortedPageQuery): Promise<Page<ApplicationSummaryView>> {
  const model = applicationSummaryRows(schema);
  const { rows, ...page } = await readModelPage<Record<string, unknown>>(
    db,
    model.table,
    [['status = ?', filter.status], ['mode = ?', filter.mode], ['organisation_id = ?', filter.organisationId], ['organisation_id <> ?', filter.notOrganisationId], filter.readable],
    listOrderBy(query.sort, { usual: 'application_id DESC', byTime: ['updated_at', 'application_id'] }),
    query,
    // The total from application_counts: a sum over a few rows, not a count over every application.
    await countedApplications(db, schema, { ...filter, readable: filter.readable[1] }),
  );
  return { ...page, rows: rows.map((raw) => summaryView(rowFrom<ApplicationSummaryRow>(model.columns, raw))) };
}

function summaryView(row: ApplicationSummaryRow): ApplicationSummaryView {
  return { ...row, submittedAt: row.submittedAt?.toISOString() ?? null, updatedAt: row.updatedAt.toISOString() };
}
