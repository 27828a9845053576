import type { Caller } from '@hpc-access/auth';
import type { Sql } from '@hpc-access/sql';
import type { JobRecordRow } from '../shared/job-record-view';
import type { Charge } from './domain/charging';
import type { JobRecord } from './domain/job-record';
import type { FlagReason } from './import-report';

// Set-based statements over a JSON parameter: one round trip per chunk, whatever the import's size.

export interface LedgerRow {
  priced: { record: JobRecord; charge: Charge | null; fingerprint: string };
  allocationId: string | null;
  reason: FlagReason | undefined;
}

const CHUNK = 2000;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

const key = (system: string, jobId: string) => `${system}\u0000${jobId}`;

/** Inserts the records not yet in the ledger; answers the keys it inserted. */
export async function insertNewRecords(tx: Sql, schema: string, rows: LedgerRow[], at: { importId: string; now: Date }): Promise<Set<string>> {
  const inserted = new Set<string>();
  for (const chunk of chunks(rows)) {
    const json = chunk.map(({ priced: { record: r, charge: c, fingerprint }, allocationId, reason }) => ({
      system: r.system, job_id: r.jobId, account: r.account, partition: r.partition, started_at: r.start, ended_at: r.end,
      elapsed_seconds: r.elapsedSeconds, state: r.state, alloc_tres: r.allocTres, energy_joules: r.consumedEnergyJoules,
      gpus: c?.gpus ?? 0, gpu_hours: c?.gpuHours ?? 0, energy_kwh: c?.energyKwh ?? r.consumedEnergyJoules / 3_600_000, estimated_flop: c?.estimatedFlop ?? 0,
      // A charged record's reason says why it was charged 0 (a job state its partition does not charge).
      status: reason ? 'flagged' : 'charged', reason: reason ?? c?.notCharged ?? null, allocation_id: allocationId, fingerprint,
    }));
    const { rows: done } = await tx.query<{ system: string; job_id: string }>(
      `INSERT INTO ${schema}.job_records (system, job_id, account, partition, started_at, ended_at, elapsed_seconds, state, alloc_tres,
         energy_joules, gpus, gpu_hours, energy_kwh, estimated_flop, status, reason, allocation_id, import_id, fingerprint, received_at)
       SELECT r.system, r.job_id, r.account, r.partition, r.started_at, r.ended_at, r.elapsed_seconds, r.state, r.alloc_tres,
         r.energy_joules, r.gpus, r.gpu_hours, r.energy_kwh, r.estimated_flop, r.status, r.reason, r.allocation_id, $2, r.fingerprint, $3
       FROM jsonb_to_recordset($1::jsonb) AS r(system text, job_id text, account text, partition text, started_at timestamptz,
         ended_at timestamptz, elapsed_seconds bigint, state text, alloc_tres text, energy_joules double precision, gpus integer,
         gpu_hours double precision, energy_kwh double precision, estimated_flop double precision, status text, reason text,
         allocation_id text, fingerprint text)
       ON CONFLICT (system, job_id) DO NOTHING
       RETURNING system, job_id`,
      [JSON.stringify(json), at.importId, at.now.toISOString()],
    );
    for (const row of done) inserted.add(key(row.system, row.job_id));
  }
  return inserted;
}

/** What the ledger holds for these records' keys, locked until the transaction ends (a reassessment may be looking at them). */
export async function storedRecords(tx: Sql, schema: string, records: JobRecord[]): Promise<Map<string, StoredRecord>> {
  const found = new Map<string, StoredRecord>();
  for (const chunk of chunks(records)) {
    const { rows } = await tx.query<JobRecordRow & { fingerprint: string }>(
      `SELECT j.* FROM ${schema}.job_records j
       JOIN jsonb_to_recordset($1::jsonb) AS r(system text, job_id text) ON j.system = r.system AND j.job_id = r.job_id
       ORDER BY j.system, j.job_id FOR UPDATE OF j`,
      [JSON.stringify(chunk.map((r) => ({ system: r.system, job_id: r.jobId })))],
    );
    for (const row of rows) found.set(key(row.system, row.job_id), { fingerprint: row.fingerprint, status: row.status, reason: row.reason, record: recordOfRow(row) });
  }
  return found;
}

export interface StoredRecord {
  fingerprint: string;
  status: string;
  reason: string | null;
  record: JobRecord;
}

/** A ledger row as the record it was sent as. */
export function recordOfRow(r: JobRecordRow): JobRecord {
  return {
    system: r.system, jobId: r.job_id, account: r.account, partition: r.partition,
    start: r.started_at ? new Date(r.started_at).toISOString() : null, end: new Date(r.ended_at).toISOString(),
    elapsedSeconds: Number(r.elapsed_seconds), state: r.state, allocTres: r.alloc_tres, consumedEnergyJoules: r.energy_joules,
  };
}

/**
 * A flagged record, never charged, re-sent with its account or partition corrected: the new
 * version takes its place and is assessed like a new one (the import that brought it is now its import).
 */
export async function replaceFlaggedRecords(tx: Sql, schema: string, rows: LedgerRow[], at: { importId: string; now: Date }): Promise<void> {
  for (const chunk of chunks(rows)) {
    await tx.query(
      `UPDATE ${schema}.job_records j SET account = u.account, partition = u.partition, fingerprint = u.fingerprint, status = u.status, reason = u.reason,
         allocation_id = u.allocation_id, gpus = u.gpus, gpu_hours = u.gpu_hours, energy_kwh = u.energy_kwh, estimated_flop = u.estimated_flop, import_id = $2, received_at = $3
       FROM jsonb_to_recordset($1::jsonb) AS u(system text, job_id text, account text, partition text, fingerprint text, status text, reason text,
         allocation_id text, gpus integer, gpu_hours double precision, energy_kwh double precision, estimated_flop double precision)
       WHERE j.system = u.system AND j.job_id = u.job_id AND j.status = 'flagged'`,
      [JSON.stringify(chunk.map(({ priced: { record: r, charge: c, fingerprint }, allocationId, reason }) => ({
        system: r.system, job_id: r.jobId, account: r.account, partition: r.partition, fingerprint,
        status: reason ? 'flagged' : 'charged', reason: reason ?? c?.notCharged ?? null, allocation_id: allocationId,
        gpus: c?.gpus ?? 0, gpu_hours: c?.gpuHours ?? 0, energy_kwh: c?.energyKwh ?? r.consumedEnergyJoules / 3_600_000, estimated_flop: c?.estimatedFlop ?? 0,
      }))), at.importId, at.now.toISOString()],
    );
  }
}

/** Keeps re-sent records whose figures differ from the ledger's, once per distinct version. */
export async function recordConflicts(tx: Sql, schema: string, conflicts: Array<{ record: JobRecord; fingerprint: string }>, at: { importId: string; now: Date; caller: Caller }): Promise<void> {
  for (const chunk of chunks(conflicts)) {
    await tx.query(
      `INSERT INTO ${schema}.job_record_conflicts (system, job_id, fingerprint, record, import_id, received_at)
       SELECT r.system, r.job_id, r.fingerprint, r.record, $2, $3
       FROM jsonb_to_recordset($1::jsonb) AS r(system text, job_id text, fingerprint text, record jsonb)
       ON CONFLICT (system, job_id, fingerprint) DO NOTHING`,
      [JSON.stringify(chunk.map((c) => ({ system: c.record.system, job_id: c.record.jobId, fingerprint: c.fingerprint, record: c.record }))), at.importId, at.now.toISOString()],
    );
  }
}
