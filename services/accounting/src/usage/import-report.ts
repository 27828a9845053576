import type { FlagReason } from './domain/assignment';
import type { RejectedLine } from './domain/job-record';

export type { FlagReason } from './domain/assignment';

/** What became of one import; also kept in usage_imports. */
export interface ImportReport {
  importId: string;
  source: 'json' | 'sacct' | 'reassessment';
  system: string | null;
  receivedAt: string;
  /** New records charged to an allocation. */
  accepted: number;
  /** Records already known with the same figures: nothing changed. */
  duplicates: number;
  /** New records kept but not charged, and re-sent records whose figures differ from the kept ones. */
  flagged: number;
  flaggedRecords: Array<{ system: string; jobId: string; reason: FlagReason }>;
  /** Lines that could not be read (sacct imports), with their line number and why. */
  rejected: RejectedLine[];
  stepsIgnored: number;
  /** What was charged, per allocation. */
  charged: Array<{ allocationId: string; jobs: number; gpuHours: number }>;
  /** Accepted jobs in a state their partition does not charge: recorded with 0 GPU-hours (only when there are some). */
  notCharged?: Array<{ system: string; jobId: string; state: string; reason: 'state-not-charged' }>;
  /** The agent's checkpoint, recorded with the batch (only when one was sent). */
  checkpoint?: string;
}
