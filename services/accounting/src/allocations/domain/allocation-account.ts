import type { AccessMode, OveruseAction } from '@hpc-access/contracts';

/** One function builds the stream id of an allocation's account. */
export const allocationAccountStreamId = (allocationId: string): string => `accounting-allocation-${allocationId}`;

/** What allocation awarded and the site activated: the account's fixed terms. */
export interface AllocationTerms {
  allocationId: string;
  applicationId: string;
  organisationId: string;
  /** The Slurm account jobs are charged to. */
  projectId: string;
  mode: AccessMode;
  system: string;
  partition: string;
  gpuHours: number;
  monthlyQuotaGpuHours: number;
  start: string;
  end: string;
}

export interface UsageTotals {
  chargedGpuHours: number;
  energyKwh: number;
  estimatedTrainingFlop: number;
  jobs: number;
}

/** One job's charge, as the ledger computed it from the record and the billing rules. */
export interface JobCharge {
  jobId: string;
  gpuHours: number;
  energyKwh: number;
  estimatedFlop: number;
  /** `YYYY-MM` of the job's end: the month it burns quota in. */
  month: string;
}

/** Whose usage a batch is: the hosting site, and whether an accounting officer sent it on the site's behalf. */
export interface UsageUpload {
  siteId: string;
  onBehalfOfSite: boolean;
}

export type AllocationAccountEvent =
  | { type: 'AllocationAccountOpened'; data: AllocationTerms & { activatedAt: string } }
  | { type: 'AllocationAccountSuspended'; data: { allocationId: string; reason: string; suspendedAt: string } }
  | { type: 'AllocationAccountResumed'; data: { allocationId: string; resumedAt: string } }
  | { type: 'AllocationAccountClosed'; data: { allocationId: string; closedAt: string } }
  | {
      type: 'UsageBatchCharged';
      data: {
        allocationId: string;
        organisationId: string;
        projectId: string;
        importId: string;
        jobIds: string[];
        gpuHours: number;
        energyKwh: number;
        estimatedFlop: number;
        byMonth: Record<string, number>;
        /** Running totals after this batch, so readers need not fold. */
        totals: UsageTotals;
        chargedAt: string;
        /** The site the usage was sent for (absent on reassessments and on batches charged before sites existed). */
        siteId?: string;
        /** True when an accounting officer (the event's actor) uploaded it on that site's behalf. */
        uploadedOnBehalfOfSite?: boolean;
      };
    }
  | { type: 'UsageThresholdReached'; data: { allocationId: string; organisationId: string; thresholdPercent: number; chargedGpuHours: number; awardedGpuHours: number } }
  | { type: 'OveruseDetected'; data: { allocationId: string; organisationId: string; action: OveruseAction; chargedGpuHours: number; awardedGpuHours: number; detectedAt: string } }
  | {
      type: 'MonthlyQuotaExceeded';
      /** A month's burn passed its quota by more than the configured margin: flagged once per month, for the accounting officer. */
      data: { allocationId: string; organisationId: string; month: string; gpuHours: number; quotaGpuHours: number; percentOfQuota: number; marginPercent: number; flaggedAt: string };
    }
  | { type: 'UnderuseFlagged'; data: { allocationId: string; organisationId: string; chargedGpuHours: number; plannedGpuHours: number; flaggedAt: string } }
  | { type: 'MidTermUsageOnPlan'; data: { allocationId: string; chargedGpuHours: number; plannedGpuHours: number; reviewedAt: string } };

export type AccountStatus = 'active' | 'suspended' | 'closed';

export interface OpenAccount {
  status: AccountStatus;
  terms: AllocationTerms;
  activatedAt: string;
  totals: UsageTotals;
  byMonth: Record<string, number>;
  importIds: string[];
  thresholdsReached: number[];
  overuse: { action: OveruseAction; detectedAt: string } | null;
  midTerm: { underuse: boolean; chargedGpuHours: number; plannedGpuHours: number; at: string } | null;
  suspension: { reason: string; since: string } | null;
  /** Months (`YYYY-MM`) flagged for burning more than their quota plus the margin. */
  monthsOverQuota: string[];
}

export type AllocationAccountState = { status: 'none' } | OpenAccount;

export const initialAllocationAccountState = (): AllocationAccountState => ({ status: 'none' });

/** Sums of charged figures keep six decimals: enough for a second of one GPU, no float noise. */
export const round6 = (n: number): number => Math.round(n * 1e6) / 1e6;

export function evolveAllocationAccount(state: AllocationAccountState, event: AllocationAccountEvent): AllocationAccountState {
  if (event.type === 'AllocationAccountOpened') {
    const { activatedAt, ...terms } = event.data;
    return {
      status: 'active', terms, activatedAt, totals: { chargedGpuHours: 0, energyKwh: 0, estimatedTrainingFlop: 0, jobs: 0 }, byMonth: {},
      importIds: [], thresholdsReached: [], overuse: null, midTerm: null, suspension: null, monthsOverQuota: [],
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'AllocationAccountSuspended':
      return { ...state, status: 'suspended', suspension: { reason: event.data.reason, since: event.data.suspendedAt } };
    case 'AllocationAccountResumed':
      return { ...state, status: 'active', suspension: null };
    case 'AllocationAccountClosed':
      return { ...state, status: 'closed' };
    case 'UsageBatchCharged': {
      const byMonth = { ...state.byMonth };
      for (const [month, hours] of Object.entries(event.data.byMonth)) byMonth[month] = round6((byMonth[month] ?? 0) + hours);
      return { ...state, totals: event.data.totals, byMonth, importIds: [...state.importIds, event.data.importId] };
    }
    case 'UsageThresholdReached':
      return { ...state, thresholdsReached: [...state.thresholdsReached, event.data.thresholdPercent] };
    case 'OveruseDetected':
      return { ...state, overuse: { action: event.data.action, detectedAt: event.data.detectedAt } };
    case 'MonthlyQuotaExceeded':
      return { ...state, monthsOverQuota: [...state.monthsOverQuota, event.data.month] };
    case 'UnderuseFlagged':
      return { ...state, midTerm: { underuse: true, chargedGpuHours: event.data.chargedGpuHours, plannedGpuHours: event.data.plannedGpuHours, at: event.data.flaggedAt } };
    case 'MidTermUsageOnPlan':
      return { ...state, midTerm: { underuse: false, chargedGpuHours: event.data.chargedGpuHours, plannedGpuHours: event.data.plannedGpuHours, at: event.data.reviewedAt } };
  }
}
