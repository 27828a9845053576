import { describe, expect, it } from 'vitest';
import { followOrder, weaveOrders } from './committee-order';
import { capacityLineIndex, planAwards, type BoardEntry } from './ranking-plan';

const entry = (applicationId: string, gpuHours: number, weightedScore: number): BoardEntry & { applicationId: string } => ({ applicationId, gpuHours, durationMonths: 3, weightedScore, ready: true });

describe("the committee's order", () => {
  it('puts the named applications in the places they hold, in its order; the others keep theirs', () => {
    const list = ['a', 'b', 'late', 'c'].map((id) => ({ applicationId: id }));
    expect(followOrder(list, ['c', 'gone', 'a', 'b']).map((i) => i.applicationId)).toEqual(['c', 'a', 'late', 'b']);
    expect(followOrder(list, null).map((i) => i.applicationId)).toEqual(['a', 'b', 'late', 'c']);
  });

  it("weaves each partition's order into the places its applications hold by score", () => {
    // Scores: a1 (vega) > k1 (karolina) > a2 (vega) > k2 (karolina); vega reordered, karolina not.
    expect(weaveOrders(['a1', 'k1', 'a2', 'k2'], [['a2', 'a1'], ['k1', 'k2']])).toEqual(['a2', 'k1', 'a1', 'k2']);
    expect(weaveOrders(['a1', 'k1'], [])).toEqual(['a1', 'k1']);
  });

  it('recomputes who is funded, partially funded and on the reserve list for the new order', () => {
    // 30,000 GPU-h a month free; each asks 60,000 over 3 months (20,000 a month); partial from half.
    const rules = { freeMonthly: 30_000, threshold: 3, minimumPartialFraction: 0.5 };
    const byScore = [entry('best', 60_000, 5), entry('second', 60_000, 4), entry('third', 60_000, 3.5)];
    const outcomes = (order: typeof byScore) => planAwards(order, rules).map((r) => [r.entry.applicationId, r.outcome, r.plannedGpuHours]);
    expect(outcomes(byScore)).toEqual([['best', 'awarded', 60_000], ['second', 'partial', 30_000], ['third', 'reserve', 0]]);
    const reordered = followOrder(byScore, ['third', 'best', 'second']);
    expect(outcomes(reordered)).toEqual([['third', 'awarded', 60_000], ['best', 'partial', 30_000], ['second', 'reserve', 0]]);
    expect(capacityLineIndex(planAwards(reordered, rules))).toBe(2);
  });
});
