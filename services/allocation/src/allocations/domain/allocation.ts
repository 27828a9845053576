import type { AccessMode } from '@hpc-access/contracts';

/** One award's life at its site: provisioning, suspensions, closure and the final report. */
export interface AllocationTerms {
  allocationId: string;
  applicationId: string;
  organisationId: string;
  projectId: string;
  mode: AccessMode;
  system: string;
  partition: string;
  gpuHours: number;
  monthlyQuotaGpuHours: number;
  start: string;
  end: string;
  partial: boolean;
}

/** Who asked for a suspension: accounting (overuse), governance, or staff (the allocation committee). */
export type SuspendedBy = 'accounting' | 'governance' | 'staff';
export type AllocationStatus = 'none' | 'awarded' | 'active' | 'suspended' | 'closed';
/** Why an allocation is suspended; it is active again only when none remains (ADR 29). */
export type SuspensionCause = 'overuse' | 'governance' | 'staff-decision';
/** Who may lift a cause: the committee lifts overuse and its own decisions, governance its suspension. */
export type ResumedBy = 'staff' | 'governance';

export const causeOf = (by: SuspendedBy): SuspensionCause => (by === 'accounting' ? 'overuse' : by === 'governance' ? 'governance' : 'staff-decision');
export const LIFTED_BY: Record<SuspensionCause, ResumedBy> = { overuse: 'staff', 'staff-decision': 'staff', governance: 'governance' };

/** One reason an allocation is suspended for, with who recorded it and why. */
export interface SuspensionReason {
  cause: SuspensionCause;
  suspendedBy: SuspendedBy;
  /** The actor's id; null on events recorded before reasons were kept apart. */
  actorId: string | null;
  reason: string;
  since: string;
}

/** How an allocation ended before its end date (staff, with a reason); null when the end date closed it. */
export interface EarlyClosure {
  kind: 'closed-early' | 'revoked';
  reason: string;
  closedBy: string;
}

/** Who decided an award: the allocation committee at a cut-off, or the rule of a continuous mode. */
export interface AwardDecision {
  kind: 'committee' | 'rule';
  /** `first-come-first-served` (continuous modes) or `cut-off-ranking` / `reserve-list` (Large Scale). */
  rule: string;
  /** The committee members whose scores ranked it (Large Scale); empty for a rule. */
  decidedBy: string[];
}

export interface AllocationState {
  status: AllocationStatus;
  terms: AllocationTerms | null;
  clockStartedAt: string | null;
  targetWorkingDays: number;
  /** Working days the clock stood still before the award (information requested). */
  pausedWorkingDays: number;
  activatedAt: string | null;
  /** The first remaining reason's maker: kept for readers from before reasons were kept apart. */
  suspendedBy: SuspendedBy | null;
  suspensions: SuspensionReason[];
  /** When the current suspension began (its first reason), whatever reasons came and went since. */
  suspendedSince: string | null;
  closure: EarlyClosure | null;
  decision: AwardDecision | null;
  finalReportDue: string | null;
  finalReportSubmittedAt: string | null;
  finalReportOverdue: boolean;
}

export type AllocationEvent =
  | { type: 'AllocationOpened'; data: AllocationTerms & { awardedAt: string; clockStartedAt: string; targetWorkingDays: number; pausedWorkingDays?: number; decision?: AwardDecision } }
  | { type: 'AllocationActivated'; data: AllocationTerms & { siteReference: string | null; activatedAt: string; workingDaysToAccess: number; targetWorkingDays: number } }
  // `cause`, `actorId` and `reasons` are absent on events recorded before reasons were kept apart (upcastAllocationEvent).
  | { type: 'AllocationSuspended'; data: { allocationId: string; organisationId: string; reason: string; suspendedBy: SuspendedBy; suspendedAt: string; cause?: SuspensionCause; actorId?: string | null; reasons?: SuspensionReason[] } }
  /** Suspended already, for another cause: the allocation stays suspended, now for one more reason. */
  | { type: 'SuspensionReasonAdded'; data: { allocationId: string; organisationId: string; added: SuspensionReason; reasons: SuspensionReason[] } }
  /** A resumption lifted its maker's reasons, others remain: still suspended. */
  | { type: 'SuspensionReasonsLifted'; data: { allocationId: string; organisationId: string; lifted: SuspensionCause[]; liftedBy: ResumedBy; actorId: string; liftedAt: string; remaining: SuspensionReason[] } }
  | { type: 'AllocationResumed'; data: { allocationId: string; organisationId: string; resumedBy: SuspendedBy; resumedAt: string; lifted?: SuspensionCause[]; actorId?: string } }
  | { type: 'AllocationClosed'; data: { allocationId: string; organisationId: string; closedAt: string; finalReportDue: string; early?: EarlyClosure } }
  | { type: 'FinalReportSubmitted'; data: { allocationId: string; organisationId: string; results: string; energyKwh: number; computeFlop: number; acknowledgement: true; submittedAt: string } }
  | { type: 'FinalReportOverdue'; data: { allocationId: string; organisationId: string; finalReportDue: string; at: string } };

export const allocationStreamId = (allocationId: string): string => `allocation-${allocationId}`;

export const initialAllocationState = (): AllocationState => ({
  status: 'none',
  terms: null,
  clockStartedAt: null,
  targetWorkingDays: 0,
  pausedWorkingDays: 0,
  activatedAt: null,
  suspendedBy: null,
  suspensions: [],
  suspendedSince: null,
  closure: null,
  decision: null,
  finalReportDue: null,
  finalReportSubmittedAt: null,
  finalReportOverdue: false,
});

/**
 * Old shapes read as new ones (stored events are never rewritten): an AllocationSuspended from
 * before reasons were kept apart has its one reason, the cause its maker implies, and no actor.
 */
export function upcastAllocationEvent(event: AllocationEvent): AllocationEvent {
  if (event.type === 'AllocationSuspended' && !event.data.reasons) {
    const { reason, suspendedBy, suspendedAt } = event.data;
    const cause = event.data.cause ?? causeOf(suspendedBy);
    return { ...event, data: { ...event.data, cause, actorId: event.data.actorId ?? null, reasons: [{ cause, suspendedBy, actorId: event.data.actorId ?? null, reason, since: suspendedAt }] } };
  }
  return event;
}

const firstMaker = (reasons: SuspensionReason[]): SuspendedBy | null => reasons[0]?.suspendedBy ?? null;

export function evolveAllocation(state: AllocationState, recorded: AllocationEvent): AllocationState {
  const event = upcastAllocationEvent(recorded);
  switch (event.type) {
    case 'AllocationOpened': {
      const { awardedAt: _at, clockStartedAt, targetWorkingDays, pausedWorkingDays, decision, ...terms } = event.data;
      return { ...state, status: 'awarded', terms, clockStartedAt, targetWorkingDays, pausedWorkingDays: pausedWorkingDays ?? 0, decision: decision ?? null };
    }
    case 'AllocationActivated':
      // Suspended before the site confirmed (governance, staff): it stays suspended, now provisioned.
      return { ...state, status: state.status === 'suspended' ? 'suspended' : 'active', activatedAt: event.data.activatedAt };
    case 'AllocationSuspended': {
      const reasons = event.data.reasons ?? [];
      return { ...state, status: 'suspended', suspendedBy: firstMaker(reasons), suspensions: reasons, suspendedSince: event.data.suspendedAt };
    }
    case 'SuspensionReasonAdded':
      return { ...state, status: 'suspended', suspendedBy: firstMaker(event.data.reasons), suspensions: event.data.reasons };
    case 'SuspensionReasonsLifted':
      return { ...state, suspendedBy: firstMaker(event.data.remaining), suspensions: event.data.remaining };
    case 'AllocationResumed':
      return { ...state, status: state.activatedAt ? 'active' : 'awarded', suspendedBy: null, suspensions: [], suspendedSince: null };
    case 'AllocationClosed':
      return { ...state, status: 'closed', suspendedBy: null, suspensions: [], suspendedSince: null, closure: event.data.early ?? null, finalReportDue: event.data.finalReportDue };
    case 'FinalReportSubmitted':
      return { ...state, finalReportSubmittedAt: event.data.submittedAt, finalReportOverdue: false };
    case 'FinalReportOverdue':
      return { ...state, finalReportOverdue: true };
  }
}
