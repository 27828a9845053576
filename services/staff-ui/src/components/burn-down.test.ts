import { describe, expect, it } from 'vitest';
import { burnDown, burnDownPoints, monthsOfAward } from './burn-down';

describe('burn-down', () => {
  it('lists the calendar months of the award', () => {
    expect(monthsOfAward('2026-11-09', '2027-02-09')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsOfAward('2026-12-01', '2027-02-01')).toEqual(['2026-12', '2027-01']);
    expect(monthsOfAward('2026-12-07', '2026-12-07')).toEqual(['2026-12']);
  });

  it('draws the plan (a quota a month) and what is left as charged, up to the current month', () => {
    const rows = burnDown({ start: '2026-12-01', end: '2027-03-01', awardedGpuHours: 30_000, monthlyQuotaGpuHours: 10_000, monthlyBurn: [{ month: '2026-12', gpuHours: 12_500.5 }] }, '2027-01');
    expect(rows).toEqual([
      { month: '2026-12', planned: 20_000, actual: 17_499.5, charged: 12_500.5, quota: 10_000 },
      { month: '2027-01', planned: 10_000, actual: 17_499.5, charged: 0, quota: 10_000 },
      { month: '2027-02', planned: 0, actual: null, charged: null, quota: 10_000 },
    ]);
  });

  it('goes below zero on overuse and keeps usage charged outside the award months', () => {
    const rows = burnDown({ start: '2026-12-07', end: '2027-01-07', awardedGpuHours: 2_000, monthlyQuotaGpuHours: 2_000, monthlyBurn: [{ month: '2026-12', gpuHours: 2_500 }, { month: '2027-02', gpuHours: 10 }] }, '2027-02');
    expect(rows.map((r) => [r.month, r.actual])).toEqual([['2026-12', -500], ['2027-01', -500], ['2027-02', -510]]);
  });

  it('starts the chart from the whole award on its first day, then each month\'s end', () => {
    const input = { start: '2026-12-07', end: '2027-02-07', awardedGpuHours: 20_000, monthlyQuotaGpuHours: 10_000, monthlyBurn: [{ month: '2026-12', gpuHours: 1_344 }] };
    expect(burnDownPoints(input, burnDown(input, '2026-12'))).toEqual([
      { month: '2026-12-07', planned: 20_000, actual: 20_000 },
      { month: '2026-12', planned: 10_000, actual: 18_656 },
      { month: '2027-01', planned: 0, actual: null },
      { month: '2027-02', planned: 0, actual: null },
    ]);
  });
});
