/**
 * The fields the platform's sacct import needs (accounting's SACCT_FIELDS), in this order: the
 * header line sent with every batch names them.
 */
export const SACCT_FIELDS = ['JobID', 'Account', 'Partition', 'Start', 'End', 'ElapsedRaw', 'State', 'AllocTRES', 'ConsumedEnergyRaw'] as const;
export const SACCT_HEADER = SACCT_FIELDS.join('|');

/** One finished job allocation, as read from sacct. */
export interface FinishedJob {
  jobId: string;
  account: string;
  partition: string;
  /** Seconds since the epoch, UTC. */
  end: number;
  elapsedSeconds: number;
  state: string;
  allocTres: string;
  /** The line as sent to the platform: sacct's fields, times with their zone (Z). */
  line: string;
}

/** Slurm's time format for -S/-E, read in the zone of TZ (the agent runs sacct with TZ=UTC). */
export const slurmTime = (at: Date): string => at.toISOString().slice(0, 19);

/**
 * `TZ=UTC sacct -a -X --parsable2 --noheader --clusters <c> -S <from> -E <to> --format=...`:
 * every user's jobs (-a), allocations without their steps (-X), in UTC. Jobs running at any
 * time in the window come back; which of them ended inside it is decided by {@link readWindow}.
 */
export function sacctArgs(cluster: string, from: Date, to: Date): string[] {
  return ['-a', '-X', '--parsable2', '--noheader', `--clusters=${cluster}`, `--starttime=${slurmTime(from)}`, `--endtime=${slurmTime(to)}`, `--format=${SACCT_FIELDS.join(',')}`];
}

export const SACCT_ENV = { TZ: 'UTC' };

const SLURM_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;
const ALLOCATION_ID = /^\d+(?:_\d+|\+\d+)?$/;

export interface WindowRead {
  jobs: FinishedJob[];
  /** Lines that are not a finished allocation in the window (still running, a step, another account). */
  skipped: number;
  /** Lines that could not be read at all. */
  unreadable: Array<{ line: string; reason: string }>;
}

/** Whether a Slurm account (lower case) is one of the programme's projects. */
export interface ProgrammeAccounts {
  has(account: string): boolean;
}

/**
 * The jobs of sacct's output that ended in [from, to) under one of `accounts` (the programme's
 * projects: the site's other jobs are not the platform's business), sorted by end then job id.
 * A job ending exactly at `to` belongs to the next window, so none is read twice or missed.
 */
export function readWindow(output: string, from: Date, to: Date, accounts: ProgrammeAccounts): WindowRead {
  const result: WindowRead = { jobs: [], skipped: 0, unreadable: [] };
  const fromSeconds = Math.floor(from.getTime() / 1000);
  const toSeconds = Math.floor(to.getTime() / 1000);
  for (const raw of output.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') continue;
    const fields = line.split('|');
    if (fields.length !== SACCT_FIELDS.length) {
      result.unreadable.push({ line, reason: `expected ${SACCT_FIELDS.length} fields, found ${fields.length}` });
      continue;
    }
    const [jobId, account, partition, start, end, elapsed, state, allocTres, energy] = fields.map((f) => f.trim()) as [string, string, string, string, string, string, string, string, string];
    if (!ALLOCATION_ID.test(jobId) || !accounts.has(account.toLowerCase())) {
      result.skipped += 1;
      continue;
    }
    if (!SLURM_TIME.test(end)) {
      // Unknown: still running or pending.
      result.skipped += 1;
      continue;
    }
    const endSeconds = Date.parse(`${end}Z`) / 1000;
    if (endSeconds < fromSeconds || endSeconds >= toSeconds) {
      result.skipped += 1;
      continue;
    }
    if (!/^\d+$/.test(elapsed)) {
      result.unreadable.push({ line, reason: `ElapsedRaw '${elapsed}' is not a number of seconds` });
      continue;
    }
    const zoned = (time: string) => (SLURM_TIME.test(time) ? `${time}Z` : time);
    result.jobs.push({
      jobId,
      account,
      partition,
      end: endSeconds,
      elapsedSeconds: Number(elapsed),
      state,
      allocTres,
      line: [jobId, account, partition, zoned(start), zoned(end), elapsed, state, allocTres, energy].join('|'),
    });
  }
  result.jobs.sort((a, b) => a.end - b.end || compareJobIds(a.jobId, b.jobId));
  return result;
}

function compareJobIds(a: string, b: string): number {
  const [aMain = 0, aRest = 0] = a.split(/[_+]/).map(Number);
  const [bMain = 0, bRest = 0] = b.split(/[_+]/).map(Number);
  return aMain - bMain || aRest - bRest || a.localeCompare(b);
}
