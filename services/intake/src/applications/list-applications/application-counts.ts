import type { RowTable, Sql } from '@hpc-access/sql';

/**
 * The application list's totals (table application_counts): per organisation, status and mode,
 * how many applications. Applied after the summary row it counts (same projection, same
 * transaction), it counts the application's organisation again from application_summaries: one
 * statement, and right whatever the event moved (an application never changes organisation).
 */
export function applicationCounts(schema: string, canHandle: readonly string[]): RowTable {
  const table = `${schema}.application_counts`;
  const summaries = `${schema}.application_summaries`;
  // Data-modifying CTEs see the same snapshot: the DELETE removes the old counts, the INSERT adds the new ones.
  const recount = `WITH org AS (SELECT organisation_id FROM ${summaries} WHERE application_id = $1),
      gone AS (DELETE FROM ${table} WHERE organisation_id IN (SELECT organisation_id FROM org))
    INSERT INTO ${table} (organisation_id, status, mode, applications)
    SELECT organisation_id, status, mode, count(*) FROM ${summaries} WHERE organisation_id IN (SELECT organisation_id FROM org)
    GROUP BY organisation_id, status, mode`;
  return {
    table,
    canHandle,
    async apply(tx: Sql, event): Promise<void> {
      const applicationId = (event.data as { applicationId?: unknown }).applicationId;
      if (typeof applicationId !== 'string' || !canHandle.includes(event.type)) return;
      await tx.query(recount, [applicationId]);
    },
  };
}

/** The list's total for these filters from the counts; undefined when a filter is not one the counts know (then count the rows). */
export async function countedApplications(db: Sql, schema: string, filter: { status?: string; mode?: string; organisationId?: string; notOrganisationId?: string; readable?: unknown }): Promise<number | undefined> {
  if (filter.readable !== undefined) return undefined;
  const params: unknown[] = [];
  const where = ([['status =', filter.status], ['mode =', filter.mode], ['organisation_id =', filter.organisationId], ['organisation_id <>', filter.notOrganisationId]] as const)
    .filter(([, value]) => value !== undefined)
    .map(([condition, value]) => `${condition} $${params.push(value)}`);
  const { rows } = await db.query<{ total: string }>(
    `SELECT coalesce(sum(applications), 0)::text AS total FROM ${schema}.application_counts ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`,
    params,
  );
  return Number(rows[0].total);
}
