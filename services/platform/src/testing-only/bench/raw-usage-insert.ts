import type { Database } from '@hpc-access/sql';

export interface UsageRow {
  system: string;
  jobId: string;
  account: string;
  partition: string;
  start: string;
  end: string;
  elapsedRaw: number;
  state: string;
  allocTres: string;
  consumedEnergyRaw: number;
}

const COLUMNS = ['system', 'job_id', 'account', 'partition', 'started_at', 'ended_at', 'elapsed_raw', 'state', 'alloc_tres', 'consumed_energy_raw'];
/** 1,000 rows of 10 parameters: well under the protocol's 65,535, few round trips. */
const ROWS_PER_INSERT = 1000;

/** The baseline of the ingest bench: a plain table of the records' fields, keyed as a site's job is. */
export async function createRawUsageTable(db: Database, table: string): Promise<void> {
  await db.query(`CREATE TABLE IF NOT EXISTS ${table} (system text NOT NULL, job_id text NOT NULL, account text NOT NULL, partition text NOT NULL,
    started_at timestamptz, ended_at timestamptz NOT NULL, elapsed_raw bigint NOT NULL, state text NOT NULL, alloc_tres text NOT NULL,
    consumed_energy_raw double precision NOT NULL, PRIMARY KEY (system, job_id))`);
}

/** The same rows in multi-row INSERTs of 1,000, in one transaction: what storing them costs at the least. */
export async function rawUsageInsert(db: Database, table: string, rows: readonly UsageRow[]): Promise<void> {
  await db.transaction(async (tx) => {
    for (let at = 0; at < rows.length; at += ROWS_PER_INSERT) {
      const slice = rows.slice(at, at + ROWS_PER_INSERT);
      const params: unknown[] = [];
      const values = slice.map((r, i) => {
        params.push(r.system, r.jobId, r.account, r.partition, r.start, r.end, r.elapsedRaw, r.state, r.allocTres, r.consumedEnergyRaw);
        return `(${COLUMNS.map((_, c) => `$${i * COLUMNS.length + c + 1}`).join(', ')})`;
      });
      await tx.query(`INSERT INTO ${table} (${COLUMNS.join(', ')}) VALUES ${values.join(', ')}`, params);
    }
  });
}
