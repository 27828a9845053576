import type { OpenAccount } from '../../allocations/domain/allocation-account';
import { billingRuleFor, usageChecksOf, type AccountingConfiguration } from '../../configuration/domain/configuration';
import type { Charge } from './charging';
import { fingerprintOf, type JobRecord } from './job-record';
import { implausibilityOf, isInFuture, outsideDatesOf, type DatesReason, type ImplausibleReason } from './record-checks';

/** Why a kept record is not charged. */
export type FlagReason = 'unknown-allocation' | 'allocation-suspended' | 'allocation-closed' | 'system-mismatch' | 'no-billing-rule' | 'conflicting-resend' | ImplausibleReason | DatesReason;

/** What a record is judged against besides its allocation: the configuration in force and the time it is looked at. */
export interface AssessmentContext {
  configuration: AccountingConfiguration;
  now: Date;
}

/**
 * Kept but not charged, and why; undefined when the record is charged to `account`. A record that
 * cannot be real is never charged anywhere; one outside its allocation's dates is kept, shown to the
 * accounting officer and not charged.
 */
export function flagReasonFor(record: JobRecord, charge: Charge | null, account: OpenAccount | undefined, at: AssessmentContext): FlagReason | undefined {
  const checks = usageChecksOf(at.configuration);
  const implausible = implausibilityOf(record, billingRuleFor(at.configuration, record.system, record.partition));
  if (implausible === 'end-before-start') return implausible;
  if (isInFuture(record, at.now, checks)) return 'in-future';
  if (!charge) return 'no-billing-rule';
  if (implausible) return implausible;
  if (!account) return 'unknown-allocation';
  if (account.terms.system !== record.system) return 'system-mismatch';
  // The dates before the status: a job after the end is that, whether or not the closure arrived first.
  const outside = outsideDatesOf(record, account.terms, checks);
  if (outside) return outside;
  if (account.status === 'suspended') return 'allocation-suspended';
  if (account.status === 'closed') return 'allocation-closed';
  return undefined;
}

/**
 * Reasons that can go away, so a reassessment looks at them again: the allocation became known
 * (activated, or its account mapped), the record's system matched, a billing rule or the
 * partition's shape was corrected, the grace period changed, or a record's future became the past.
 */
export const REASSESSABLE: readonly FlagReason[] = [
  'unknown-allocation', 'system-mismatch', 'no-billing-rule',
  'more-gpus-per-node-than-partition', 'more-nodes-than-partition', 'before-start', 'after-end', 'in-future',
];

/** A kept record never charged, for a reason that can go away: it may still be assigned. */
export const isReassessable = (status: string, reason: string | null): boolean => status === 'flagged' && (REASSESSABLE as readonly string[]).includes(reason ?? '');

/**
 * A re-send that differs from the kept record only in what decides where it is charged (account,
 * partition): a correction of what was flagged, not other figures for the same job.
 */
export function differsOnlyInAssignment(kept: JobRecord, resent: JobRecord): boolean {
  return fingerprintOf({ ...kept, account: resent.account, partition: resent.partition }) === fingerprintOf(resent);
}
