import type { JobRecord, ReadJobRecord } from './job-record';
import { instantOf } from './time-zones';

/** The first time of an upload that says no zone when none is known: the upload is refused naming it. */
export interface ZonelessTime {
  index: number;
  field: 'start' | 'end';
  value: string;
}

/**
 * The records with their times as UTC instants, zone-less times read in `zone` (the site's, or
 * the one the sender named); the first zone-less time when there is no zone to read it in.
 */
export function recordsInZone<T extends ReadJobRecord>(read: T[], zone: string | undefined): { records: Array<Omit<T, 'start' | 'end'> & JobRecord> } | { zoneless: ZonelessTime } {
  const records: Array<Omit<T, 'start' | 'end'> & JobRecord> = [];
  for (const [index, record] of read.entries()) {
    const start = record.start === null ? null : instantOf(record.start, zone);
    if (start === undefined) return { zoneless: { index, field: 'start', value: record.start as string } };
    const end = instantOf(record.end, zone);
    if (end === undefined) return { zoneless: { index, field: 'end', value: record.end } };
    records.push({ ...record, start, end });
  }
  return { records };
}
