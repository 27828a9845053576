/**
 * An allocation's burn-down against its monthly quota, as chart rows: per month of the award, the
 * GPU-hours left if it were used exactly as planned (quota a month) and as actually charged.
 * Pure, so the chart's arithmetic is unit-tested.
 */

export interface BurnInput {
  /** ISO date the award starts and ends (end exclusive: start + months). */
  start: string;
  end: string;
  awardedGpuHours: number;
  monthlyQuotaGpuHours: number;
  /** Charged per month (YYYY-MM), months without usage left out. */
  monthlyBurn: ReadonlyArray<{ month: string; gpuHours: number }>;
}

export interface BurnRow {
  month: string;
  /** Left at the month's end on the plan (never below 0). */
  planned: number;
  /** Left at the month's end as charged; null for months still to come. */
  actual: number | null;
  /** Charged in the month (0 for a month without usage; null for months to come). */
  charged: number | null;
  quota: number;
}

/** YYYY-MM of each calendar month from `start`'s to the month before `end` (or `start`'s alone). */
export function monthsOfAward(start: string, end: string): string[] {
  const [sy, sm] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))];
  const [ey, em, ed] = [Number(end.slice(0, 4)), Number(end.slice(5, 7)), Number(end.slice(8, 10))];
  // An end on the 1st closes the month before; any later day still runs into its month.
  let last = ey * 12 + (em - 1) - (ed === 1 ? 1 : 0);
  const first = sy * 12 + (sm - 1);
  if (last < first) last = first;
  const months: string[] = [];
  for (let m = first; m <= last; m++) months.push(`${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`);
  return months;
}

/** The burn-down rows; months after `currentMonth` (YYYY-MM) have no actual figure yet. */
export function burnDown(input: BurnInput, currentMonth: string): BurnRow[] {
  const charged = new Map<string, number>();
  for (const { month, gpuHours } of input.monthlyBurn) charged.set(month, (charged.get(month) ?? 0) + gpuHours);
  const months = monthsOfAward(input.start, input.end);
  // Usage charged in a month outside the award window still counts against the award.
  for (const month of charged.keys()) if (!months.includes(month)) months.push(month);
  months.sort();
  let planned = input.awardedGpuHours;
  let actual = input.awardedGpuHours;
  return months.map((month) => {
    planned = Math.max(0, planned - input.monthlyQuotaGpuHours);
    const past = month <= currentMonth;
    const used = charged.get(month) ?? 0;
    if (past) actual -= used;
    return { month, planned: round(planned), actual: past ? round(actual) : null, charged: past ? round(used) : null, quota: input.monthlyQuotaGpuHours };
  });
}

/** The chart's points: the award's whole at its start, then each month's end (the table shows the months alone). */
export function burnDownPoints(input: Pick<BurnInput, 'start' | 'awardedGpuHours'>, rows: readonly BurnRow[]): Array<Pick<BurnRow, 'month' | 'planned' | 'actual'>> {
  return [{ month: input.start.slice(0, 10), planned: input.awardedGpuHours, actual: input.awardedGpuHours }, ...rows.map(({ month, planned, actual }) => ({ month, planned, actual }))];
}

const round = (value: number) => Math.round(value * 100) / 100;
