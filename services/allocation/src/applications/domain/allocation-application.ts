import type { AwardDecision } from '../../allocations/domain/allocation';
import type { AccessMode, EthicsOutcome, TechnicalOutcome } from '@hpc-access/contracts';

/**
 * Allocation's record of one application: what it asks for, and whether the site, ethics and
 * (Large Scale) peer review let it through. Holds and queue places live in the partition ledger.
 */
export interface ApplicationRequest {
  system: string;
  partition: string;
  gpuHours: number;
  durationMonths: number;
  start: string;
  monthlyUsagePlan: number[];
}

export interface Scores {
  excellence: number;
  innovationAndImpact: number;
  implementation: number;
  weightedScore: number;
}

export type ApplicationStatus = 'none' | 'submitted' | 'registered' | 'reserve' | 'awarded' | 'not-funded' | 'rejected' | 'refused' | 'withdrawn';

export interface ApplicationState {
  status: ApplicationStatus;
  applicationId: string;
  organisationId: string;
  mode: AccessMode | null;
  submittedAt: string | null;
  request: ApplicationRequest | null;
  technical: { outcome: TechnicalOutcome; remarks: string } | null;
  ethics: EthicsOutcome | null;
  scores: Scores | null;
  /** The committee member who scored it: who decides its award at a cut-off (null before it was kept). */
  scoredBy?: string | null;
  allocationId: string | null;
  /** When the clock stood still, waiting for the applicant's answer (DOMAIN.md step 3). */
  clockStops: ClockStop[];
}

export interface ClockStop {
  from: string;
  to: string | null;
}

export type ApplicationEvent =
  | { type: 'ApplicationSubmissionRecorded'; data: { applicationId: string; organisationId: string; mode: AccessMode; submittedAt: string } }
  | { type: 'ApplicationRegistered'; data: { applicationId: string; organisationId: string; mode: AccessMode; registeredAt: string } & ApplicationRequest }
  | { type: 'TechnicalAssessmentCompleted'; data: { applicationId: string; organisationId: string; outcome: TechnicalOutcome; remarks: string; assessedAt: string } }
  | { type: 'EthicsOutcomeRecorded'; data: { applicationId: string; organisationId: string; outcome: EthicsOutcome; decidedAt: string } }
  // `scoredBy` is absent on scores recorded before it was kept.
  | { type: 'PeerReviewScored'; data: { applicationId: string; scoredAt: string; scoredBy?: string } & Scores }
  // `decision` is absent on awards recorded before it was kept: who decided then reads as unknown.
  | { type: 'ApplicationAwarded'; data: { applicationId: string; allocationId: string; projectId: string; gpuHours: number; partial: boolean; awardedAt: string; clockStartedAt: string; workingDays: number; targetWorkingDays: number; decision?: AwardDecision } }
  | { type: 'ApplicationNotFunded'; data: { applicationId: string; organisationId: string; reason: string; reserve: boolean; decidedAt: string } }
  | { type: 'ApplicationWithdrawalRecorded'; data: { applicationId: string; withdrawnAt: string } }
  | { type: 'ClockStopped'; data: { applicationId: string; stoppedAt: string; reason: string } }
  | { type: 'ClockRestarted'; data: { applicationId: string; restartedAt: string } };

export const applicationStreamId = (applicationId: string): string => `allocation-application-${applicationId}`;

export const initialApplicationState = (): ApplicationState => ({
  status: 'none',
  applicationId: '',
  organisationId: '',
  mode: null,
  submittedAt: null,
  request: null,
  technical: null,
  ethics: null,
  scores: null,
  allocationId: null,
  clockStops: [],
});

export function evolveApplication(state: ApplicationState, event: ApplicationEvent): ApplicationState {
  switch (event.type) {
    case 'ApplicationSubmissionRecorded': {
      const { applicationId, organisationId, mode, submittedAt } = event.data;
      return { ...state, applicationId, organisationId, mode, submittedAt, status: state.status === 'none' ? 'submitted' : state.status };
    }
    case 'ApplicationRegistered': {
      const { applicationId, organisationId, mode, registeredAt: _at, ...request } = event.data;
      return { ...state, applicationId, organisationId, mode, request, status: 'registered' };
    }
    case 'TechnicalAssessmentCompleted':
      return { ...state, technical: { outcome: event.data.outcome, remarks: event.data.remarks }, status: event.data.outcome === 'rejected' ? 'rejected' : state.status };
    case 'EthicsOutcomeRecorded':
      return { ...state, applicationId: event.data.applicationId, organisationId: event.data.organisationId, ethics: event.data.outcome, status: event.data.outcome === 'refused' ? 'refused' : state.status };
    case 'PeerReviewScored': {
      const { applicationId: _id, scoredAt: _at, scoredBy, ...scores } = event.data;
      return { ...state, scores, scoredBy: scoredBy ?? null };
    }
    case 'ApplicationAwarded':
      return { ...state, status: 'awarded', allocationId: event.data.allocationId };
    case 'ApplicationNotFunded':
      return { ...state, status: event.data.reserve ? 'reserve' : 'not-funded' };
    case 'ApplicationWithdrawalRecorded':
      return { ...state, status: 'withdrawn' };
    case 'ClockStopped':
      return { ...state, applicationId: event.data.applicationId, clockStops: [...(state.clockStops ?? []), { from: event.data.stoppedAt, to: null }] };
    case 'ClockRestarted':
      return { ...state, clockStops: (state.clockStops ?? []).map((stop) => (stop.to === null ? { ...stop, to: event.data.restartedAt } : stop)) };
  }
}

const OPEN: ReadonlySet<ApplicationStatus> = new Set(['none', 'submitted', 'registered', 'reserve']);

/** Still in the running: not awarded, refused, rejected, withdrawn or finally not funded. */
export const isOpen = (state: ApplicationState): boolean => OPEN.has(state.status);

/** Everything an award waits for besides capacity (and, for Large Scale, its cut-off). */
export function isReadyForAward(state: ApplicationState): boolean {
  if (state.status !== 'registered' && state.status !== 'reserve') return false;
  const technicalOk = state.technical !== null && state.technical.outcome !== 'rejected';
  const ethicsOk = state.ethics === 'cleared' || state.ethics === 'cleared-with-conditions';
  const scored = state.mode !== 'large-scale' || state.scores !== null;
  return technicalOk && ethicsOk && scored;
}
