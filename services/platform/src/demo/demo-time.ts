/** Dates of the demo, all computed from the platform's now. */

/** YYYY-MM-DD of a moment, in UTC. */
export const isoDate = (at: Date): string => at.toISOString().slice(0, 10);

/** The same calendar day `months` later (UTC); the day must exist in every month (1 to 28). */
export function addMonthsIso(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return isoDate(new Date(Date.UTC(year, month - 1 + months, day)));
}

/** A Slurm time in UTC, saying so: a zone-less one is read in the site's zone (ADR 20). */
export const slurmTime = (at: Date): string => `${at.toISOString().slice(0, 19)}Z`;

/** 10:00 in Brussels on the given calendar day, whatever the season (CET or CEST). */
export function tenInBrussels(date: string): Date {
  for (const utcHour of [9, 8]) {
    const candidate = new Date(`${date}T0${utcHour}:00:00.000Z`);
    const local = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', hour: '2-digit', hour12: false }).format(candidate);
    if (Number(local) === 10) return candidate;
  }
  throw new Error(`no 10:00 in Brussels on ${date}`);
}

/** The next `count` cut-offs of a Large Scale call: the 1st and the 15th of each month, 10:00 in Brussels, at least a day away. */
export function nextCutOffs(now: Date, count: number): Date[] {
  const result: Date[] = [];
  const earliest = now.getTime() + 86_400_000;
  for (let months = 0; result.length < count; months++) {
    const month = addMonthsIso(`${isoDate(now).slice(0, 8)}01`, months).slice(0, 8);
    for (const day of ['01', '15']) {
      const at = tenInBrussels(`${month}${day}`);
      if (at.getTime() > earliest && result.length < count) result.push(at);
    }
  }
  return result;
}
