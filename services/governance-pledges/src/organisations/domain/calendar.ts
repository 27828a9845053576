const DAY_MS = 86_400_000;

export const addDays = (from: Date, days: number): Date => new Date(from.getTime() + days * DAY_MS);

/** Calendar months in UTC; the 31st of a shorter month becomes its last day. */
export function addMonths(from: Date, months: number): Date {
  const target = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + months, 1, from.getUTCHours(), from.getUTCMinutes(), from.getUTCSeconds(), from.getUTCMilliseconds()));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(from.getUTCDate(), lastDay));
  return target;
}

/** A due date given as a day is met until that day ends (UTC); a timestamp is taken as is. */
export function endOfDue(dueDate: string): Date {
  return /^\d{4}-\d{2}-\d{2}$/.test(dueDate) ? new Date(Date.parse(`${dueDate}T00:00:00Z`) + DAY_MS) : new Date(dueDate);
}

export const iso = (date: Date): string => date.toISOString();
