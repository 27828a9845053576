import { newEventId } from '@hpc-access/eventsourcing';
import type { Database } from '@hpc-access/sql';
import { listApplicationSummaries } from '@hpc-access/intake';

const COLUMNS = 'application_id, organisation_id, status, mode, title, system, partition, gpu_hours, submitted_at, updated_at, revision';
const ROWS_PER_INSERT = 1000;
const STATUSES = ['draft', 'submitted', 'screening', 'eligible', 'awarded', 'refused'];

/**
 * The lists bench's read model (issue 20): `count` application rows written straight into intake's
 * application_summaries table (as its projection writes them), in statements of 1,000, spread over
 * 200 organisations and six statuses. Not 100,000 commands: the list reads the table, not the log.
 */
export async function seedApplicationSummaries(db: Database, schema: string, count: number): Promise<void> {
  const at = new Date('2026-11-01T08:00:00Z');
  for (let from = 0; from < count; from += ROWS_PER_INSERT) {
    const params: unknown[] = [];
    const values: string[] = [];
    for (let i = from; i < Math.min(count, from + ROWS_PER_INSERT); i += 1) {
      const status = STATUSES[i % STATUSES.length];
      const row = [newEventId(), `org-bench-${i % 200}`, status, 'playground', `Bench application ${i}`, 'lumi', 'lumi-g', 4000, status === 'draft' ? null : at, at, 1];
      values.push(`(${row.map((_, c) => `$${params.length + c + 1}`).join(', ')})`);
      params.push(...row);
    }
    await db.query(`INSERT INTO ${schema}.application_summaries (${COLUMNS}) VALUES ${values.join(', ')}`, params);
  }
  // The list's totals (application_counts), as the projection keeps them for the rows it writes.
  await db.query(`DELETE FROM ${schema}.application_counts`);
  await db.query(`INSERT INTO ${schema}.application_counts (organisation_id, status, mode, applications)
    SELECT organisation_id, status, mode, count(*) FROM ${schema}.application_summaries GROUP BY organisation_id, status, mode`);
  await db.query(`ANALYZE ${schema}.application_summaries`);
}

/** The baseline of the lists bench: the same page by the plain indexed query, no count, no framework. */
export async function plainApplicationPage(db: Database, schema: string, filter: { status?: string; organisationId?: string }, pageSize: number): Promise<unknown[]> {
  const params: unknown[] = [];
  const where = Object.entries({ status: filter.status, organisation_id: filter.organisationId })
    .filter(([, value]) => value !== undefined)
    .map(([column, value]) => `${column} = $${params.push(value)}`);
  const { rows } = await db.query(
    `SELECT * FROM ${schema}.application_summaries ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY application_id DESC LIMIT $${params.length + 1}`,
    [...params, pageSize],
  );
  return rows;
}

/**
 * The list's SQL alone, beside the plain query, in the same process and database: intake's own
 * list query (its total, then the page by LIMIT/OFFSET, newest first). Mean milliseconds per page over `rounds` sequential reads of each.
 */
export async function timeListSql(db: Database, schema: string, filter: { status?: string; organisationId?: string }, rounds: number): Promise<{ listMs: number; plainMs: number }> {
  const time = async (read: () => Promise<unknown>) => {
    await read();
    const started = performance.now();
    for (let i = 0; i < rounds; i += 1) await read();
    return (performance.now() - started) / rounds;
  };
  const listMs = await time(() => listApplicationSummaries(db, schema, { ...filter, readable: ['true', undefined] }, { page: 1, pageSize: 20 }));
  const plainMs = await time(() => plainApplicationPage(db, schema, filter, 20));
  return { listMs, plainMs };
}
