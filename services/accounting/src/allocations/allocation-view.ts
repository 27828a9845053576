import { round6, type OpenAccount } from './domain/allocation-account';

/** An allocation's account as the API shows it: balance, burn per month against quota, energy, compute. */
export function allocationView(state: OpenAccount, revision: number) {
  const { terms, totals } = state;
  return {
    ...terms,
    status: state.status,
    activatedAt: state.activatedAt,
    revision,
    awardedGpuHours: terms.gpuHours,
    chargedGpuHours: totals.chargedGpuHours,
    balanceGpuHours: round6(terms.gpuHours - totals.chargedGpuHours),
    usedPercent: round6((totals.chargedGpuHours * 100) / terms.gpuHours),
    energyKwh: totals.energyKwh,
    estimatedTrainingFlop: totals.estimatedTrainingFlop,
    jobs: totals.jobs,
    monthlyBurn: Object.entries(state.byMonth)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([month, gpuHours]) => ({
        month, gpuHours, quotaGpuHours: terms.monthlyQuotaGpuHours, percentOfQuota: round6((gpuHours * 100) / terms.monthlyQuotaGpuHours),
        overQuota: (state.monthsOverQuota ?? []).includes(month),
      })),
    thresholdsReached: state.thresholdsReached,
    overuse: state.overuse,
    midTerm: state.midTerm,
    suspension: state.suspension,
  };
}
