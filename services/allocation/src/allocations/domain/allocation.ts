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

export type SuspendedBy = 'accounting' | 'governance' | 'staff';
export type AllocationStatus = 'none' | 'awarded' | 'active' | 'suspended' | 'closed';

export interface AllocationState {
  status: AllocationStatus;
  terms: AllocationTerms | null;
  clockStartedAt: string | null;
  targetWorkingDays: number;
  /** Working days the clock stood still before the award (information requested). */
  pausedWorkingDays: number;
  activatedAt: string | null;
  suspendedBy: SuspendedBy | null;
  finalReportDue: string | null;
  finalReportSubmittedAt: string | null;
  finalReportOverdue: boolean;
}

export type AllocationEvent =
  | { type: 'AllocationOpened'; data: AllocationTerms & { awardedAt: string; clockStartedAt: string; targetWorkingDays: number; pausedWorkingDays?: number } }
  | { type: 'AllocationActivated'; data: AllocationTerms & { siteReference: string | null; activatedAt: string; workingDaysToAccess: number; targetWorkingDays: number } }
  | { type: 'AllocationSuspended'; data: { allocationId: string; organisationId: string; reason: string; suspendedBy: SuspendedBy; suspendedAt: string } }
  | { type: 'AllocationResumed'; data: { allocationId: string; organisationId: string; resumedBy: SuspendedBy; resumedAt: string } }
  | { type: 'AllocationClosed'; data: { allocationId: string; organisationId: string; closedAt: string; finalReportDue: string } }
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
  finalReportDue: null,
  finalReportSubmittedAt: null,
  finalReportOverdue: false,
});

export function evolveAllocation(state: AllocationState, event: AllocationEvent): AllocationState {
  switch (event.type) {
    case 'AllocationOpened': {
      const { awardedAt: _at, clockStartedAt, targetWorkingDays, pausedWorkingDays, ...terms } = event.data;
      return { ...state, status: 'awarded', terms, clockStartedAt, targetWorkingDays, pausedWorkingDays: pausedWorkingDays ?? 0 };
    }
    case 'AllocationActivated':
      // Suspended before the site confirmed (governance, staff): it stays suspended, now provisioned.
      return { ...state, status: state.status === 'suspended' ? 'suspended' : 'active', activatedAt: event.data.activatedAt };
    case 'AllocationSuspended':
      return { ...state, status: 'suspended', suspendedBy: event.data.suspendedBy };
    case 'AllocationResumed':
      return { ...state, status: state.activatedAt ? 'active' : 'awarded', suspendedBy: null };
    case 'AllocationClosed':
      return { ...state, status: 'closed', suspendedBy: null, finalReportDue: event.data.finalReportDue };
    case 'FinalReportSubmitted':
      return { ...state, finalReportSubmittedAt: event.data.submittedAt, finalReportOverdue: false };
    case 'FinalReportOverdue':
      return { ...state, finalReportOverdue: true };
  }
}
