/** A finished Slurm job allocation as a site reports it (one `sacct` line, steps excluded). */
export interface JobRecord {
  system: string;
  jobId: string;
  /** The Slurm account: the allocation's project id. */
  account: string;
  partition: string;
  start: string | null;
  end: string;
  elapsedSeconds: number;
  state: string;
  allocTres: string;
  consumedEnergyJoules: number;
}

/** A record as sent: its times as the sender wrote them, perhaps without a zone (sacct's local time). */
export interface ReadJobRecord extends Omit<JobRecord, 'start' | 'end'> {
  start: string | null;
  end: string;
}

/** The figures that make a record what it is: a re-sent record with the same fingerprint is a duplicate. */
export function fingerprintOf(record: JobRecord): string {
  return JSON.stringify([record.account, record.partition, record.start, record.end, record.elapsedSeconds, record.state, record.allocTres, record.consumedEnergyJoules]);
}

/** A line of an import that could not be read, by 1-based line number. */
export interface RejectedLine {
  line: number;
  reason: string;
}
