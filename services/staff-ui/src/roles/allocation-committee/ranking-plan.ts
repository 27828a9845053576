/**
 * The Large Scale ranking board's arithmetic, kept pure so it is unit-tested: where capacity runs
 * out in a given order, who gets a full or partial award, who goes to the reserve list.
 */

/** One application on the board, as the committee sees it before the cut-off. */
export interface BoardEntry {
  applicationId: string;
  gpuHours: number;
  durationMonths: number;
  /** Weighted peer-review score; null while unscored (the cut-off skips it). */
  weightedScore: number | null;
  /** Technical and ethics clear and scored: the cut-off ranks only these. */
  ready: boolean;
}

export type PlannedOutcome = 'awarded' | 'partial' | 'reserve' | 'below-threshold' | 'not-ready';

export interface PlannedRow<T extends BoardEntry> {
  entry: T;
  outcome: PlannedOutcome;
  /** GPU-hours the plan gives it (the whole request, a part of it, or 0). */
  plannedGpuHours: number;
}

export interface PlanRules {
  /** Free Large Scale GPU-hours a month on the partition (the tightest month of the award window). */
  freeMonthly: number;
  /** Scores below it are not funded. */
  threshold: number;
  /** A partial award needs at least this share of the request (0.5 = half). */
  minimumPartialFraction: number;
}

/** The monthly quota an award takes from the partition: total divided by months, rounded up (allocation's rule). */
export function monthlyQuota(gpuHours: number, durationMonths: number): number {
  return Math.ceil(gpuHours / Math.max(1, durationMonths));
}

/**
 * Walks the board in the committee's order and awards within capacity: full when the quota fits,
 * partial when at least the minimum share fits (then capacity is used up), otherwise the reserve list.
 */
export function planAwards<T extends BoardEntry>(order: readonly T[], rules: PlanRules): Array<PlannedRow<T>> {
  let free = Math.max(0, rules.freeMonthly);
  return order.map((entry) => {
    if (!entry.ready || entry.weightedScore === null) return { entry, outcome: 'not-ready', plannedGpuHours: 0 };
    if (entry.weightedScore < rules.threshold) return { entry, outcome: 'below-threshold', plannedGpuHours: 0 };
    const months = Math.max(1, entry.durationMonths);
    const quota = monthlyQuota(entry.gpuHours, months);
    if (quota <= free) {
      free -= quota;
      return { entry, outcome: 'awarded', plannedGpuHours: entry.gpuHours };
    }
    if (free > 0 && free >= rules.minimumPartialFraction * quota) {
      const planned = Math.min(entry.gpuHours, free * months);
      free = 0;
      return { entry, outcome: 'partial', plannedGpuHours: planned };
    }
    return { entry, outcome: 'reserve', plannedGpuHours: 0 };
  });
}

/**
 * Where the line "capacity runs out" goes: after the last row that gets GPU-hours (its index + 1),
 * 0 when none does; null when every ready row fits (capacity does not run out on this board).
 */
export function capacityLineIndex(rows: ReadonlyArray<{ outcome: string }>): number | null {
  if (!rows.some((row) => row.outcome === 'reserve' || row.outcome === 'partial')) return null;
  let last = -1;
  rows.forEach((row, index) => {
    if (row.outcome === 'awarded' || row.outcome === 'partial') last = index;
  });
  return last + 1;
}

/** The spread of the three criteria (highest minus lowest): a wide spread is worth a discussion. */
export function scoreSpread(scores: { excellence: number; innovationAndImpact: number; implementation: number } | null): number | null {
  if (!scores) return null;
  const values = [scores.excellence, scores.innovationAndImpact, scores.implementation];
  return Math.max(...values) - Math.min(...values);
}

/** The order the cut-off itself uses: best weighted score first, unscored last, ties by earlier submission. */
export function byScore<T extends BoardEntry & { submittedAt: string | null }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => (b.weightedScore ?? -Infinity) - (a.weightedScore ?? -Infinity) || (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''));
}
