import type { JobRecord, RejectedLine } from './job-record';

/** The `sacct --parsable2` fields an import needs; their order is taken from the header line. */
export const SACCT_FIELDS = ['JobID', 'Account', 'Partition', 'Start', 'End', 'ElapsedRaw', 'State', 'AllocTRES', 'ConsumedEnergyRaw'] as const;

export interface SacctParse {
  records: Array<JobRecord & { line: number }>;
  rejected: RejectedLine[];
  /** Job steps (`1234.batch`, `1234.0`): part of their job's allocation, not charged apart. */
  stepsIgnored: number;
  /** Set when the header itself is unusable: nothing else was read. */
  headerError?: string;
}

// Job allocations: `1234`, array tasks `1234_7`, heterogeneous components `1234+0`.
const JOB_ID = /^\d+(?:_\d+|\+\d+)?$/;
const STEP_ID = /^\d+(?:_\d+|\+\d+)?\.[A-Za-z0-9+_-]+$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Reads `sacct --parsable2` output. Good lines become records, bad ones are listed with their
 * line number and why; Slurm timestamps without a zone are read as UTC.
 */
export function parseSacct(text: string, system: string): SacctParse {
  const lines = text.split(/\r?\n/);
  const headerIndex = lines.findIndex((l) => l.trim() !== '');
  if (headerIndex < 0) return { records: [], rejected: [], stepsIgnored: 0, headerError: 'the file is empty' };
  const header = lines[headerIndex].split('|').map((h) => h.trim());
  const missing = SACCT_FIELDS.filter((f) => !header.includes(f));
  if (missing.length > 0) return { records: [], rejected: [], stepsIgnored: 0, headerError: `the header line lacks ${missing.join(', ')}` };
  const at = Object.fromEntries(SACCT_FIELDS.map((f) => [f, header.indexOf(f)])) as Record<(typeof SACCT_FIELDS)[number], number>;
  const result: SacctParse = { records: [], rejected: [], stepsIgnored: 0 };
  for (let i = headerIndex + 1; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    const line = i + 1;
    const fields = lines[i].split('|');
    const jobId = (fields[at.JobID] ?? '').trim();
    if (STEP_ID.test(jobId)) {
      result.stepsIgnored += 1;
      continue;
    }
    if (fields.length !== header.length) {
      result.rejected.push({ line, reason: `expected ${header.length} fields, found ${fields.length}` });
      continue;
    }
    const get = (f: (typeof SACCT_FIELDS)[number]) => fields[at[f]].trim();
    const outcome = readRecord(system, jobId, get);
    if (typeof outcome === 'string') result.rejected.push({ line, reason: outcome });
    else result.records.push({ ...outcome, line });
  }
  return result;
}

function readRecord(system: string, jobId: string, get: (f: (typeof SACCT_FIELDS)[number]) => string): JobRecord | string {
  if (!JOB_ID.test(jobId)) return `JobID '${jobId}' is not a job id`;
  const account = get('Account');
  if (account === '') return 'Account is empty';
  const partition = get('Partition');
  if (partition === '') return 'Partition is empty';
  const end = get('End');
  if (end === 'Unknown' || end === 'None' || end === '') return 'the job has not ended (End is Unknown)';
  if (!TIMESTAMP.test(end)) return `End '${end}' is not a timestamp`;
  const start = get('Start');
  if (start !== 'Unknown' && start !== 'None' && start !== '' && !TIMESTAMP.test(start)) return `Start '${start}' is not a timestamp`;
  const elapsed = get('ElapsedRaw');
  if (!/^\d+$/.test(elapsed)) return `ElapsedRaw '${elapsed}' is not a whole number of seconds`;
  const energy = get('ConsumedEnergyRaw');
  if (energy !== '' && !/^\d+(?:\.\d+)?$/.test(energy)) return `ConsumedEnergyRaw '${energy}' is not a number of joules`;
  const state = get('State');
  if (state === '') return 'State is empty';
  return {
    system,
    jobId,
    account,
    partition,
    start: TIMESTAMP.test(start) ? utc(start) : null,
    end: utc(end),
    elapsedSeconds: Number(elapsed),
    state,
    allocTres: get('AllocTRES'),
    consumedEnergyJoules: energy === '' ? 0 : Number(energy),
  };
}

const utc = (timestamp: string): string => new Date(/[Zz]|[+-]\d{2}:?\d{2}$/.test(timestamp) ? timestamp : `${timestamp}Z`).toISOString();
