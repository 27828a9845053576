import { assertNever, conflict, invalid, notFound, type CommandContext, type Decider } from '@hpc-access/eventsourcing';
import type { OveruseAction } from '@hpc-access/contracts';
import {
  evolveAllocationAccount,
  initialAllocationAccountState,
  round6,
  type AllocationAccountEvent,
  type AllocationAccountState,
  type AllocationTerms,
  type JobCharge,
  type OpenAccount,
  type UsageUpload,
} from './allocation-account';
import { monthOverQuota, plannedToDate, thresholdsCrossed } from './usage-policies';

export type AllocationAccountCommand =
  | { type: 'OpenAllocationAccount'; data: { terms: AllocationTerms; activatedAt: string }; context: CommandContext }
  | { type: 'RecordAllocationSuspended'; data: { reason: string; suspendedAt: string }; context: CommandContext }
  | { type: 'RecordAllocationResumed'; data: { resumedAt: string }; context: CommandContext }
  | { type: 'RecordAllocationClosed'; data: { closedAt: string }; context: CommandContext }
  | {
      type: 'ChargeUsage';
      /** The configuration in force comes with the command: the decider stays pure. */
      data: { importId: string; jobs: JobCharge[]; thresholdsPercent: number[]; overuseAction: OveruseAction; upload?: UsageUpload; monthlyQuotaMarginPercent?: number };
      context: CommandContext;
    }
  | { type: 'ReviewMidTermUsage'; data: { underuseSharePercent: number }; context: CommandContext };

function decide(command: AllocationAccountCommand, state: AllocationAccountState): AllocationAccountEvent[] {
  if (command.type === 'OpenAllocationAccount') {
    // The activation is delivered at least once: a second one finds the account open.
    if (state.status !== 'none') return [];
    const { terms, activatedAt } = command.data;
    if (!(new Date(terms.end).getTime() > new Date(terms.start).getTime())) throw invalid('allocation-period-invalid', 'the allocation must end after it starts', 'end');
    return [{ type: 'AllocationAccountOpened', data: { ...terms, activatedAt } }];
  }
  if (state.status === 'none') throw notFound('allocation-account-not-found', 'accounting knows no active allocation with this id');
  const allocationId = state.terms.allocationId;
  switch (command.type) {
    case 'RecordAllocationSuspended':
      if (state.status !== 'active') return [];
      return [{ type: 'AllocationAccountSuspended', data: { allocationId, reason: command.data.reason, suspendedAt: command.data.suspendedAt } }];
    case 'RecordAllocationResumed':
      if (state.status !== 'suspended') return [];
      return [{ type: 'AllocationAccountResumed', data: { allocationId, resumedAt: command.data.resumedAt } }];
    case 'RecordAllocationClosed':
      if (state.status === 'closed') return [];
      return [{ type: 'AllocationAccountClosed', data: { allocationId, closedAt: command.data.closedAt } }];
    case 'ChargeUsage':
      return charge(state, command.data, command.context.now);
    case 'ReviewMidTermUsage':
      return reviewMidTerm(state, command.data.underuseSharePercent, command.context.now);
    default:
      return assertNever(command);
  }
}

function charge(state: OpenAccount, data: Extract<AllocationAccountCommand, { type: 'ChargeUsage' }>['data'], now: Date): AllocationAccountEvent[] {
  if (state.status !== 'active') throw conflict('allocation-not-active', `usage cannot be charged to a ${state.status} allocation`);
  if (state.importIds.includes(data.importId)) return [];
  if (data.jobs.length === 0) return [];
  const negative = data.jobs.findIndex((j) => j.gpuHours < 0 || j.energyKwh < 0 || j.estimatedFlop < 0);
  if (negative >= 0) throw invalid('negative-usage', 'charged figures cannot be negative', `jobs.${negative}`);
  const { allocationId, organisationId, projectId, gpuHours: awarded } = state.terms;
  const sum = (pick: (j: JobCharge) => number) => round6(data.jobs.reduce((total, j) => total + pick(j), 0));
  const batch = { gpuHours: sum((j) => j.gpuHours), energyKwh: sum((j) => j.energyKwh), estimatedFlop: data.jobs.reduce((t, j) => t + j.estimatedFlop, 0) };
  const byMonth: Record<string, number> = {};
  for (const job of data.jobs) byMonth[job.month] = round6((byMonth[job.month] ?? 0) + job.gpuHours);
  const totals = {
    chargedGpuHours: round6(state.totals.chargedGpuHours + batch.gpuHours),
    energyKwh: round6(state.totals.energyKwh + batch.energyKwh),
    estimatedTrainingFlop: state.totals.estimatedTrainingFlop + batch.estimatedFlop,
    jobs: state.totals.jobs + data.jobs.length,
  };
  const events: AllocationAccountEvent[] = [{
    type: 'UsageBatchCharged',
    data: {
      allocationId, organisationId, projectId, importId: data.importId, jobIds: data.jobs.map((j) => j.jobId), ...batch, byMonth, totals, chargedAt: now.toISOString(),
      ...(data.upload ? { siteId: data.upload.siteId, uploadedOnBehalfOfSite: data.upload.onBehalfOfSite } : {}),
    },
  }];
  for (const thresholdPercent of thresholdsCrossed(data.thresholdsPercent, state.thresholdsReached, totals.chargedGpuHours, awarded)) {
    events.push({ type: 'UsageThresholdReached', data: { allocationId, organisationId, thresholdPercent, chargedGpuHours: totals.chargedGpuHours, awardedGpuHours: awarded } });
  }
  for (const month of monthsOverQuota(state, byMonth, data.monthlyQuotaMarginPercent)) {
    const gpuHours = round6((state.byMonth[month] ?? 0) + byMonth[month]);
    const quotaGpuHours = state.terms.monthlyQuotaGpuHours;
    events.push({
      type: 'MonthlyQuotaExceeded',
      data: { allocationId, organisationId, month, gpuHours, quotaGpuHours, percentOfQuota: round6((gpuHours * 100) / quotaGpuHours), marginPercent: data.monthlyQuotaMarginPercent as number, flaggedAt: now.toISOString() },
    });
  }
  // Overuse is the award used up, once, whatever thresholds are configured.
  if (!state.overuse && totals.chargedGpuHours >= awarded) {
    events.push({ type: 'OveruseDetected', data: { allocationId, organisationId, action: data.overuseAction, chargedGpuHours: totals.chargedGpuHours, awardedGpuHours: awarded, detectedAt: now.toISOString() } });
  }
  return events;
}

/**
 * Months this batch pushed past their quota plus the margin, each once. Thresholds and overuse look
 * at the whole award, so a month far over its quota early in a long allocation was never flagged.
 */
function monthsOverQuota(state: OpenAccount, batch: Record<string, number>, marginPercent: number | undefined): string[] {
  if (marginPercent === undefined) return [];
  const flagged = state.monthsOverQuota ?? [];
  return Object.keys(batch).sort()
    .filter((month) => !flagged.includes(month) && monthOverQuota(round6((state.byMonth[month] ?? 0) + batch[month]), state.terms.monthlyQuotaGpuHours, marginPercent));
}

function reviewMidTerm(state: OpenAccount, underuseSharePercent: number, now: Date): AllocationAccountEvent[] {
  // The deadline may fire twice (two instances, a retry): the first review stands.
  if (state.midTerm || state.status === 'closed') return [];
  const { allocationId, organisationId } = state.terms;
  const plannedGpuHours = plannedToDate(state.terms, now);
  const chargedGpuHours = state.totals.chargedGpuHours;
  if (chargedGpuHours * 100 < underuseSharePercent * plannedGpuHours) {
    return [{ type: 'UnderuseFlagged', data: { allocationId, organisationId, chargedGpuHours, plannedGpuHours, flaggedAt: now.toISOString() } }];
  }
  return [{ type: 'MidTermUsageOnPlan', data: { allocationId, chargedGpuHours, plannedGpuHours, reviewedAt: now.toISOString() } }];
}

export const allocationAccountDecider: Decider<AllocationAccountCommand, AllocationAccountState, AllocationAccountEvent> = {
  initialState: initialAllocationAccountState,
  evolve: evolveAllocationAccount,
  decide,
};
