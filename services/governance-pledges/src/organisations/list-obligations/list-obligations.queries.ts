import { readModelPage, type Page, type PageQuery } from '@hpc-access/http';
import type { Sql } from '@hpc-access/sql';
import type { ObligationDueView } from './obligation-due.view';

export interface ObligationFilter {
  status?: string;
  overdue?: boolean;
  dueBefore?: string;
  organisationId?: string;
}

interface ObligationRow {
  organisation_id: string;
  legal_name: string | null;
  revision: number;
  ob: {
    obligationId: string; applicationId: string; text: string; dueDate: string; dueAt: string; status: string;
    overdueSince: string | null; breachAt: string | null; evidence: { submittedAt: string } | null;
  };
}

/**
 * Obligations across organisations, the soonest due first (the most overdue at the top), read from
 * the folded state each organisation_pledges row keeps: one row per obligation, no table of its own.
 */
export async function listObligations(db: Sql, schema: string, filter: ObligationFilter, query: PageQuery): Promise<Page<ObligationDueView>> {
  const from = `(SELECT p.organisation_id, p.legal_name, p.revision, o.ob FROM ${schema}.organisation_pledges p CROSS JOIN LATERAL jsonb_array_elements(p.state->'obligations') AS o(ob)) AS obligations`;
  const { rows, ...page } = await readModelPage<ObligationRow>(
    db,
    from,
    [
      ["ob->>'status' = ?", filter.status],
      ["(ob->>'overdueSince' IS NOT NULL AND ob->>'status' <> 'fulfilled') = ?", filter.overdue],
      ["(ob->>'dueAt')::timestamptz < ?::timestamptz", filter.dueBefore],
      ['organisation_id = ?', filter.organisationId],
    ],
    "(ob->>'dueAt')::timestamptz, organisation_id, ob->>'obligationId'",
    query,
  );
  return { ...page, rows: rows.map(view) };
}

function view({ organisation_id, legal_name, revision, ob }: ObligationRow): ObligationDueView {
  return {
    organisationId: organisation_id, legalName: legal_name, obligationId: ob.obligationId, applicationId: ob.applicationId, text: ob.text,
    dueDate: ob.dueDate, dueAt: ob.dueAt, status: ob.status, overdue: ob.overdueSince !== null && ob.status !== 'fulfilled',
    overdueSince: ob.overdueSince, breachAt: ob.breachAt, evidenceSubmittedAt: ob.status === 'evidence-submitted' ? (ob.evidence?.submittedAt ?? null) : null,
    revision: Number(revision),
  };
}
