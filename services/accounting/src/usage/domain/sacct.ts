import type { ReadJobRecord, RejectedLine } from './job-record';

/** The `sacct --parsable2` fields an import needs; their order is taken from the header line. */
export const SACCT_FIELDS = ['JobID', 'Account', 'Partition', 'Start', 'End', 'ElapsedRaw', 'State', 'AllocTRES', 'ConsumedEnergyRaw'] as const;

export interface SacctParse {
  /** Times as the file has them: Slurm's local time without a zone, unless the site printed one. */
  records: Array<ReadJobRecord & { line: number }>;
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
 * line number and why. Times stay as written: which zone they are in is the upload's business.
 */
export function parseSacct(text: string, system: string): SacctParse {
  const reader = new SacctReader(system);
  for (const line of text.split(/\r?\n/)) reader.line(line);
  return reader.result();
}

/** The same reading fed one line at a time, as an upload streams in: nothing but the records is kept. */
export class SacctReader {
  private lineNumber = 0;
  private header: string[] | undefined;
  private at: Record<(typeof SACCT_FIELDS)[number], number> | undefined;
  private readonly parse: SacctParse = { records: [], rejected: [], stepsIgnored: 0 };

  constructor(private readonly system: string) {}

  get linesRead(): number {
    return this.lineNumber;
  }

  line(text: string): void {
    this.lineNumber += 1;
    if (this.parse.headerError || text.trim() === '') return;
    if (!this.header) return this.readHeader(text);
    const line = this.lineNumber;
    // PostgreSQL text cannot hold NUL: such a line is listed, never stored.
    if (text.includes('\u0000')) {
      this.parse.rejected.push({ line, reason: 'the line holds a NUL character' });
      return;
    }
    const fields = text.split('|');
    const at = this.at as Record<(typeof SACCT_FIELDS)[number], number>;
    const jobId = (fields[at.JobID] ?? '').trim();
    if (STEP_ID.test(jobId)) {
      this.parse.stepsIgnored += 1;
      return;
    }
    if (fields.length !== this.header.length) {
      this.parse.rejected.push({ line, reason: `expected ${this.header.length} fields, found ${fields.length}` });
      return;
    }
    const get = (f: (typeof SACCT_FIELDS)[number]) => fields[at[f]].trim();
    const outcome = readRecord(this.system, jobId, get);
    if (typeof outcome === 'string') this.parse.rejected.push({ line, reason: outcome });
    else this.parse.records.push({ ...outcome, line });
  }

  result(): SacctParse {
    if (!this.header && !this.parse.headerError) return { records: [], rejected: [], stepsIgnored: 0, headerError: 'the file is empty' };
    return this.parse;
  }

  private readHeader(text: string): void {
    const header = text.split('|').map((h) => h.trim());
    const missing = SACCT_FIELDS.filter((f) => !header.includes(f));
    if (missing.length > 0) {
      this.parse.headerError = `the header line lacks ${missing.join(', ')}`;
      return;
    }
    this.header = header;
    this.at = Object.fromEntries(SACCT_FIELDS.map((f) => [f, header.indexOf(f)])) as Record<(typeof SACCT_FIELDS)[number], number>;
  }
}

function readRecord(system: string, jobId: string, get: (f: (typeof SACCT_FIELDS)[number]) => string): ReadJobRecord | string {
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
    start: TIMESTAMP.test(start) ? start : null,
    end,
    elapsedSeconds: Number(elapsed),
    state,
    allocTres: get('AllocTRES'),
    consumedEnergyJoules: energy === '' ? 0 : Number(energy),
  };
}
