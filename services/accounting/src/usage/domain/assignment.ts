import type { OpenAccount } from '../../allocations/domain/allocation-account';
import type { Charge } from './charging';
import { fingerprintOf, type JobRecord } from './job-record';

/** Why a kept record is not charged. */
export type FlagReason = 'unknown-allocation' | 'allocation-suspended' | 'allocation-closed' | 'system-mismatch' | 'no-billing-rule' | 'conflicting-resend';

/** Kept but not charged, and why; undefined when the record is charged to `account`. */
export function flagReasonFor(record: JobRecord, charge: Charge | null, account: OpenAccount | undefined): FlagReason | undefined {
  if (!charge) return 'no-billing-rule';
  if (!account) return 'unknown-allocation';
  if (account.terms.system !== record.system) return 'system-mismatch';
  if (account.status === 'suspended') return 'allocation-suspended';
  if (account.status === 'closed') return 'allocation-closed';
  return undefined;
}

/** Reasons that can go away: the allocation became known (activated, or its account mapped), the record's system matched, a billing rule was added. */
export const REASSESSABLE: readonly FlagReason[] = ['unknown-allocation', 'system-mismatch', 'no-billing-rule'];

/** A kept record never charged, for a reason that can go away: it may still be assigned. */
export const isReassessable = (status: string, reason: string | null): boolean => status === 'flagged' && (REASSESSABLE as readonly string[]).includes(reason ?? '');

/**
 * A re-send that differs from the kept record only in what decides where it is charged (account,
 * partition): a correction of what was flagged, not other figures for the same job.
 */
export function differsOnlyInAssignment(kept: JobRecord, resent: JobRecord): boolean {
  return fingerprintOf({ ...kept, account: resent.account, partition: resent.partition }) === fingerprintOf(resent);
}
