/** Calendar arithmetic on ISO dates (UTC), the unit of the capacity ledger being the month. */

export const isoDate = (d: Date): string => d.toISOString().slice(0, 10);

/** The later of two ISO dates or timestamps, as an ISO date. */
export function laterDate(a: string, b: Date): string {
  const requested = isoDate(new Date(a));
  const today = isoDate(b);
  return requested > today ? requested : today;
}

/** `2026-11-15` plus 3 months is `2027-02-15`; a day past the month's end falls back to its last day. */
export function addMonths(date: string, months: number): string {
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  const day = d.getUTCDate();
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return isoDate(target);
}

/** The months an award of `count` months starting on `start` draws from: `['2026-11', '2026-12']`. */
export function monthsFrom(start: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addMonths(`${start.slice(0, 7)}-01`, i).slice(0, 7));
}

export const monthlyQuota = (gpuHours: number, months: number): number => Math.ceil(gpuHours / months);

export function addDays(at: Date, days: number): Date {
  return new Date(at.getTime() + days * 86_400_000);
}
