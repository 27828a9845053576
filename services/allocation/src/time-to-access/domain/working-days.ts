/**
 * Working days from one moment to another: the weekdays (Monday to Friday, UTC dates) after the
 * first day up to and including the last, less configured holidays. The same day counts 0.
 */
export function workingDaysBetween(from: Date, to: Date, holidays: readonly string[] = []): number {
  const off = new Set(holidays);
  const day = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()));
  const last = Date.UTC(to.getUTCFullYear(), to.getUTCMonth(), to.getUTCDate());
  let count = 0;
  for (day.setUTCDate(day.getUTCDate() + 1); day.getTime() <= last; day.setUTCDate(day.getUTCDate() + 1)) {
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !off.has(day.toISOString().slice(0, 10))) count += 1;
  }
  return count;
}

/**
 * Working days the clock stood still between `clockStartedAt` and `now`: while the applicant was
 * asked for information (DOMAIN.md step 3). A stop still open runs to `now`; a stop before the
 * clock started (a Large Scale application answered before its cut-off) does not count.
 */
export function pausedWorkingDays(stops: readonly { from: string; to: string | null }[], clockStartedAt: Date, now: Date, holidays: readonly string[] = []): number {
  let paused = 0;
  for (const stop of stops) {
    const from = new Date(Math.max(Date.parse(stop.from), clockStartedAt.getTime()));
    const to = new Date(Math.min(stop.to === null ? now.getTime() : Date.parse(stop.to), now.getTime()));
    if (to > from) paused += workingDaysBetween(from, to, holidays);
  }
  return paused;
}
