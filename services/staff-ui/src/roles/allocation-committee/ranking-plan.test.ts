import { describe, expect, it } from 'vitest';
import { byScore, capacityLineIndex, monthlyQuota, planAwards, scoreSpread, type BoardEntry } from './ranking-plan';

const entry = (id: string, gpuHours: number, durationMonths: number, weightedScore: number | null, ready = true): BoardEntry & { submittedAt: string } => ({
  applicationId: id,
  gpuHours,
  durationMonths,
  weightedScore,
  ready,
  submittedAt: `2026-11-0${id.length}T10:00:00Z`,
});
const rules = { freeMonthly: 100_000, threshold: 3, minimumPartialFraction: 0.5 };

describe('ranking board plan', () => {
  it('takes total divided by months, rounded up, from each month', () => {
    expect(monthlyQuota(600_000, 6)).toBe(100_000);
    expect(monthlyQuota(100_001, 2)).toBe(50_001);
  });

  it('awards in the given order until capacity runs out, then one partial award, then the reserve list', () => {
    const rows = planAwards([entry('a', 300_000, 6, 4.6), entry('b', 240_000, 6, 4.2), entry('c', 120_000, 6, 4.1), entry('d', 60_000, 6, 3.9)], rules);
    expect(rows.map((r) => [r.entry.applicationId, r.outcome, r.plannedGpuHours])).toEqual([
      ['a', 'awarded', 300_000],
      ['b', 'awarded', 240_000],
      ['c', 'partial', 60_000],
      ['d', 'reserve', 0],
    ]);
    expect(capacityLineIndex(rows)).toBe(3);
  });

  it('gives a partial award when at least the minimum share fits, and uses the rest of the capacity', () => {
    // Too little for b's minimum share: b waits on the reserve list, the smaller c below it still fits.
    const rows = planAwards([entry('a', 480_000, 6, 4.5), entry('b', 300_000, 6, 4), entry('c', 60_000, 6, 3.5)], rules);
    expect(rows.map((r) => r.outcome)).toEqual(['awarded', 'reserve', 'awarded']);
    const partial = planAwards([entry('a', 360_000, 6, 4.5), entry('b', 300_000, 6, 4), entry('c', 60_000, 6, 3.5)], rules);
    expect(partial.map((r) => [r.outcome, r.plannedGpuHours])).toEqual([['awarded', 360_000], ['partial', 240_000], ['reserve', 0]]);
    expect(capacityLineIndex(partial)).toBe(2);
  });

  it('follows the committee order: moving an entry up moves the line', () => {
    const board = [entry('a', 480_000, 6, 4.5), entry('b', 120_000, 6, 4), entry('c', 600_000, 6, 3.5)];
    expect(capacityLineIndex(planAwards(board, rules))).toBe(2);
    const reordered = planAwards([board[2]!, board[0]!, board[1]!], rules);
    expect(reordered.map((r) => r.outcome)).toEqual(['awarded', 'reserve', 'reserve']);
    expect(capacityLineIndex(reordered)).toBe(1);
  });

  it('skips unscored or not-ready entries and those below the threshold, without using capacity', () => {
    const rows = planAwards([entry('a', 60_000, 6, null), entry('b', 60_000, 6, 2.9), entry('c', 60_000, 6, 4, false), entry('d', 600_000, 6, 4)], rules);
    expect(rows.map((r) => r.outcome)).toEqual(['not-ready', 'below-threshold', 'not-ready', 'awarded']);
    expect(capacityLineIndex(rows)).toBeNull();
  });

  it('puts the line at the top when nothing fits', () => {
    expect(capacityLineIndex(planAwards([entry('a', 600_000, 6, 4)], { ...rules, freeMonthly: 0 }))).toBe(0);
  });

  it('orders by score as the cut-off does, unscored last, ties by earlier submission', () => {
    expect(byScore([entry('aa', 1, 1, 4), entry('b', 1, 1, null), entry('c', 1, 1, 4.5), entry('d', 1, 1, 4)]).map((e) => e.applicationId)).toEqual(['c', 'd', 'aa', 'b']);
  });

  it('shows the spread of the criteria', () => {
    expect(scoreSpread({ excellence: 5, innovationAndImpact: 3, implementation: 4 })).toBe(2);
    expect(scoreSpread(null)).toBeNull();
  });
});
