import type { OpenAccount } from '../../allocations/domain/allocation-account';
import type { Charge } from './charging';
import type { JobRecord } from './job-record';

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
