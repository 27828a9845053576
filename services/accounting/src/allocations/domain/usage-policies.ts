import type { AllocationTerms } from './allocation-account';

// Small named rules of accounting, kept apart so each reads and tests on its own.

const AVERAGE_MONTH_MS = (365.25 / 12) * 24 * 3_600_000;

/** Halfway between start and end: when underuse is looked at. */
export function midTermOf(terms: Pick<AllocationTerms, 'start' | 'end'>): Date {
  const start = new Date(terms.start).getTime();
  const end = new Date(terms.end).getTime();
  return new Date(start + (end - start) / 2);
}

/** Planned use to date: the monthly quota times the months elapsed since start (average months), at most the award. */
export function plannedToDate(terms: Pick<AllocationTerms, 'start' | 'gpuHours' | 'monthlyQuotaGpuHours'>, now: Date): number {
  const months = Math.max(0, (now.getTime() - new Date(terms.start).getTime()) / AVERAGE_MONTH_MS);
  return Math.min(terms.gpuHours, Math.round(terms.monthlyQuotaGpuHours * months * 1e6) / 1e6);
}

/** Thresholds (ascending) newly crossed when the charged total moved to `charged`. */
export function thresholdsCrossed(thresholds: readonly number[], reached: readonly number[], charged: number, awarded: number): number[] {
  return thresholds.filter((t) => !reached.includes(t) && charged * 100 >= t * awarded);
}

/** A month's burn passes its quota by more than the margin (a share of the quota, in percent). */
export function monthOverQuota(burnGpuHours: number, quotaGpuHours: number, marginPercent: number): boolean {
  return burnGpuHours * 100 > quotaGpuHours * (100 + marginPercent);
}
