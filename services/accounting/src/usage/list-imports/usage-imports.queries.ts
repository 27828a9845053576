import { readModelPage, type Page, type PageQuery } from '@hpc-access/http';
import type { Sql } from '@hpc-access/sql';
import type { ImportReport } from '../import-report';
import type { ImportSummaryView } from '../import-report.view';

/** One row of the usage_imports table the usage ledger writes with each import. */
export interface ImportRow {
  import_id: string;
  source: string;
  system: string | null;
  submitted_by: string;
  site_id: string | null;
  on_behalf_of_site: boolean;
  received_at: Date;
  accepted: number;
  duplicates: number;
  flagged: number;
  rejected: number;
  steps_ignored: number;
  report: ImportReport;
}

/** A page of imports, newest first, with their counts. */
export async function listUsageImports(db: Sql, schema: string, filter: { system?: string; source?: string; siteId?: string }, query: PageQuery): Promise<Omit<Page<never>, 'rows'> & { items: ImportSummaryView[] }> {
  const { rows, ...page } = await readModelPage<ImportRow>(
    db,
    `${schema}.usage_imports`,
    [['system = ?', filter.system], ['source = ?', filter.source], ['site_id = ?', filter.siteId]],
    'received_at DESC, import_id DESC',
    query,
  );
  return {
    ...page,
    items: rows.map((r) => ({
      importId: r.import_id, source: r.source, system: r.system, submittedBy: r.submitted_by, siteId: r.site_id, onBehalfOfSite: r.on_behalf_of_site, receivedAt: new Date(r.received_at).toISOString(),
      accepted: r.accepted, duplicates: r.duplicates, flagged: r.flagged, rejected: r.rejected, stepsIgnored: r.steps_ignored,
    })),
  };
}

/** One import with its full report, or undefined. */
export async function findUsageImport(db: Sql, schema: string, importId: string): Promise<ImportRow | undefined> {
  const { rows } = await db.query<ImportRow>(`SELECT * FROM ${schema}.usage_imports WHERE import_id = $1`, [importId]);
  return rows[0];
}
