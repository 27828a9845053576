import type { Caller } from '@hpc-access/auth';
import type { Sql } from '@hpc-access/eventstore-postgres';
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
      status: reason ? 'flagged' : 'charged', reason: reason ?? null, allocation_id: allocationId, fingerprint,
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

/** The fingerprints the ledger holds for these records' keys. */
export async function storedFingerprints(tx: Sql, schema: string, records: JobRecord[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const chunk of chunks(records)) {
    const { rows } = await tx.query<{ system: string; job_id: string; fingerprint: string }>(
      `SELECT j.system, j.job_id, j.fingerprint FROM ${schema}.job_records j
       JOIN jsonb_to_recordset($1::jsonb) AS r(system text, job_id text) ON j.system = r.system AND j.job_id = r.job_id`,
      [JSON.stringify(chunk.map((r) => ({ system: r.system, job_id: r.jobId })))],
    );
    for (const row of rows) found.set(key(row.system, row.job_id), row.fingerprint);
  }
  return found;
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
