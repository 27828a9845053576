import { midTermOf, plannedToDate, thresholdsCrossed } from './usage-policies';

describe('usage policies', () => {
  it('the mid-term lies halfway between start and end', () => {
    expect(midTermOf({ start: '2026-11-01', end: '2027-01-31' }).toISOString()).toBe('2026-12-16T12:00:00.000Z');
  });

  it('planned use to date is the monthly quota times the months elapsed, never more than the award nor below zero', () => {
    const terms = { start: '2026-11-01', gpuHours: 1000, monthlyQuotaGpuHours: 500 };
    expect(plannedToDate(terms, new Date('2026-11-01T00:00:00Z'))).toBe(0);
    expect(plannedToDate(terms, new Date('2026-10-01T00:00:00Z'))).toBe(0);
    expect(plannedToDate(terms, new Date(Date.UTC(2026, 10, 1) + (365.25 / 12) * 86_400_000))).toBe(500);
    expect(plannedToDate(terms, new Date('2027-06-01T00:00:00Z'))).toBe(1000);
  });

  it('thresholds crossed are those reached now and not before', () => {
    expect(thresholdsCrossed([75, 90, 100], [], 749.99, 1000)).toEqual([]);
    expect(thresholdsCrossed([75, 90, 100], [], 750, 1000)).toEqual([75]);
    expect(thresholdsCrossed([75, 90, 100], [75], 1000, 1000)).toEqual([90, 100]);
  });
});
