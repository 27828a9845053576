import { readModelPage, type Page, type PageQuery } from '@hpc-access/http';
import { rowFrom, type Sql } from '@hpc-access/sql';
import { breachReportView, type BreachReportView } from '../breach-report-view';
import { breachReportRows, type BreachReportRow } from './breach-reports.projection';

/** A page of breach reports, newest first, from the breach_reports read model. */
export async function listBreachReports(db: Sql, schema: string, filter: { status?: string; organisationId?: string }, query: PageQuery): Promise<Page<BreachReportView>> {
  const model = breachReportRows(schema);
  const { rows, ...page } = await readModelPage<Record<string, unknown>>(
    db,
    model.table,
    [['status = ?', filter.status], ['organisation_id = ?', filter.organisationId]],
    'filed_at DESC, report_id DESC',
    query,
  );
  return { ...page, rows: rows.map((raw) => rowFrom<BreachReportRow>(model.columns, raw)).map((row) => breachReportView(row.state, row.revision)) };
}
