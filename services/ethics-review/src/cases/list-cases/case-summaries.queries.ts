import { listOrderBy, type Page, type SortedPageQuery } from '@hpc-access/http';
import { rowFrom, type Sql } from '@hpc-access/sql';
import type { CaseSummaryView } from './case-summary.view';
import { caseReviewerRows, caseSummaryRows, type CaseSummaryRow } from './case-summaries.projection';

export interface CaseSummaryFilter {
  status?: string;
  mode?: string;
  organisationId?: string;
  /** A chair's list leaves out their own organisation. */
  notOrganisationId?: string;
  /** Only cases this reviewer is on. */
  assignedTo?: string;
}

/**
 * A page of cases from the ethics_case_summaries and ethics_case_reviewers read models, newest
 * opened first; with sort, by opened_at either way (the index on status, opened_at serves both).
 */
export async function listCaseSummaries(db: Sql, schema: string, filter: CaseSummaryFilter, query: SortedPageQuery): Promise<Page<CaseSummaryView>> {
  const cases = caseSummaryRows(schema);
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  const params: unknown[] = [];
  const where: string[] = [];
  if (filter.status !== undefined) where.push(`c.status = $${params.push(filter.status)}`);
  if (filter.mode !== undefined) where.push(`c.mode = $${params.push(filter.mode)}`);
  if (filter.organisationId !== undefined) where.push(`c.organisation_id = $${params.push(filter.organisationId)}`);
  if (filter.notOrganisationId !== undefined) where.push(`c.organisation_id <> $${params.push(filter.notOrganisationId)}`);
  if (filter.assignedTo !== undefined) {
    where.push(`EXISTS (SELECT 1 FROM ${caseReviewerRows(schema).table} r WHERE r.case_id = c.case_id AND r.reviewer_id = $${params.push(filter.assignedTo)})`);
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const from = `${cases.table} c`;
  const count = await db.query<{ total: string }>(`SELECT count(*) AS total FROM ${from} ${whereSql}`, params);
  const { rows } = await db.query<Record<string, unknown>>(
    `SELECT c.* FROM ${from} ${whereSql} ORDER BY ${listOrderBy(query.sort, { usual: 'c.opened_at DESC, c.case_id DESC', byTime: ['c.opened_at', 'c.case_id'] })} LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, pageSize, (page - 1) * pageSize],
  );
  return { page, pageSize, total: Number(count.rows[0]!.total), rows: rows.map((raw) => caseView(rowFrom<CaseSummaryRow>(cases.columns, raw))) };
}

function caseView(row: CaseSummaryRow): CaseSummaryView {
  return { ...row, openedAt: row.openedAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}
