import { readModelPage, type Page, type PageQuery } from '@hpc-access/http';
import { rowFrom, type Sql } from '@hpc-access/sql';
import type { ReviewerView } from '../register-reviewer/reviewer.view';
import { reviewerRows, type ReviewerRow } from './reviewer-summaries.projection';

/** A page of registered reviewers by id, from the ethics_reviewers read model. */
export async function listReviewers(db: Sql, schema: string, filter: { organisationId?: string; expertise?: string }, query: PageQuery): Promise<Page<ReviewerView>> {
  const model = reviewerRows(schema);
  const { rows, ...page } = await readModelPage<Record<string, unknown>>(
    db,
    model.table,
    [['organisation_id = ?', filter.organisationId], ['? = ANY(expertise)', filter.expertise]],
    'reviewer_id',
    query,
  );
  return { ...page, rows: rows.map((raw) => reviewerView(rowFrom<ReviewerRow>(model.columns, raw))) };
}

function reviewerView(row: ReviewerRow): ReviewerView {
  return { ...row, registeredAt: row.registeredAt.toISOString() };
}
