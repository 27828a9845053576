import { listOrderBy, readModelPage, type Page, type PageQuery, type SortedPageQuery } from '@hpc-access/http';
import type { Sql } from '@hpc-access/sql';
import { jobRecordView, type JobRecordRow } from '../shared/job-record-view';
import type { JobRecordView } from '../shared/job-record.view';
import type { RecordConflictView } from './import-report.view';

// The reads of the job-record ledger (job_records and job_record_conflicts), beside the statements
// that write it (job-records.sql.ts), so a change to those tables meets every query that reads them.

/** One row of job_record_conflicts: a record re-sent with other figures than the ones kept. */
interface ConflictRow {
  system: string;
  job_id: string;
  record: Record<string, unknown>;
  import_id: string;
  received_at: Date;
}

/** A page of one allocation's job records, charged or flagged, latest end first. */
export async function listAllocationJobRecords(db: Sql, schema: string, allocationId: string, filter: { status?: string }, query: PageQuery): Promise<Page<JobRecordView>> {
  const { rows, ...page } = await readModelPage<JobRecordRow>(
    db,
    `${schema}.job_records`,
    [['allocation_id = ?', allocationId], ['status = ?', filter.status]],
    'ended_at DESC, job_id DESC',
    query,
  );
  return { ...page, rows: rows.map(jobRecordView) };
}

/** A page of the records kept but not charged (status flagged), newest first or by received_at as sorted, by system and reason. */
export async function listFlaggedRecords(db: Sql, schema: string, filter: { system?: string; reason?: string }, query: SortedPageQuery): Promise<Page<JobRecordView>> {
  const { rows, ...page } = await readModelPage<JobRecordRow>(
    db,
    `${schema}.job_records`,
    [['status = ?', 'flagged'], ['system = ?', filter.system], ['reason = ?', filter.reason]],
    // Sorted, the partial index job_records_flagged (received_at, system, job_id) serves both directions.
    listOrderBy(query.sort, { usual: 'received_at DESC, system, job_id', byTime: ['received_at', 'system', 'job_id'] }),
    query,
  );
  return { ...page, rows: rows.map(jobRecordView) };
}

/** A page of the re-sent records kept for review, newest first, by system. */
export async function listRecordConflicts(db: Sql, schema: string, filter: { system?: string }, query: PageQuery): Promise<Page<RecordConflictView>> {
  const { rows, ...page } = await readModelPage<ConflictRow>(db, `${schema}.job_record_conflicts`, [['system = ?', filter.system]], 'received_at DESC, system, job_id', query);
  return {
    ...page,
    rows: rows.map((r) => ({ system: r.system, jobId: r.job_id, resent: r.record, importId: r.import_id, receivedAt: new Date(r.received_at).toISOString() })),
  };
}
