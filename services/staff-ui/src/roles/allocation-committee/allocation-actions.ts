import type { Schemas } from '../../api/client';

export type AllocationView = Schemas['AllocationView'];
export type SuspensionReason = Schemas['SuspensionReasonView'];
export type ClosureKind = Schemas['EarlyClosureDto']['kind'];

/** The causes the committee lifts with "resume"; governance's reason stays until governance reinstates. */
const COMMITTEE_CAUSES: ReadonlyArray<SuspensionReason['cause']> = ['overuse', 'staff-decision'];

export const liftedByCommittee = (reason: SuspensionReason): boolean => COMMITTEE_CAUSES.includes(reason.cause);

/** The reasons "resume" lifts, and those that would remain after it (governance's). */
export function splitReasons(suspensions: readonly SuspensionReason[]): { lifted: SuspensionReason[]; remaining: SuspensionReason[] } {
  return { lifted: suspensions.filter(liftedByCommittee), remaining: suspensions.filter((s) => !liftedByCommittee(s)) };
}

/** Closing early or revoking is offered until the allocation is closed (the API refuses it after). */
export const canEndEarly = (allocation: Pick<AllocationView, 'status'>): boolean => allocation.status !== 'closed';

/** Resuming is offered when a reason the committee may lift is there. */
export const canResume = (allocation: Pick<AllocationView, 'status' | 'suspensions'>): boolean =>
  allocation.status === 'suspended' && allocation.suspensions.some(liftedByCommittee);

/** A reason is required and must say something: the API keeps it in the ledger. */
export const reasonError = (reason: string, message: string): string | null => (reason.trim().length < 3 ? message : null);
