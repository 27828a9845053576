import { listOrderBy, readModelPage, type Page, type SortedPageQuery } from '@hpc-access/http';
import { rowFrom, type Sql } from '@hpc-access/sql';
import { breachReportView, type BreachReportView } from '../breach-report-view';
import { breachReportRows, type BreachReportRow } from './breach-reports.projection';

/** A page of breach reports, newest filed first or by filed_at as sorted, from the breach_reports read model (its index on status, filed_at serves both). */
export async function listBreachReports(db: Sql, schema: string, filter: { status?: string; organisationId?: string }, query: SortedPageQuery): Promise<Page<BreachReportView>> {
  const model = breachReportRows(schema);
  const { rows, ...page } = await readModelPage<Record<string, unknown>>(
    db,
    model.table,
    [['status = ?', filter.status], ['organisation_id = ?', filter.organisationId]],
    listOrderBy(query.sort, { usual: 'filed_at DESC, report_id DESC', byTime: ['filed_at', 'report_id'] }),
    query,
  );
  return { ...page, rows: rows.map((raw) => rowFrom<BreachReportRow>(model.columns, raw)).map((row) => breachReportView(row.state, row.revision)) };
}
