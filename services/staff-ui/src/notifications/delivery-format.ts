/** A timestamp with its time, in the language; UTC, as the delivery log records it. */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(date)} UTC`;
}

/** Delivered green, a retry to come orange, rejected or given up red. */
export function outcomeColour(outcome: string, failed?: boolean): string {
  if (failed || outcome === 'rejected' || outcome === 'failed') return 'red';
  return outcome === 'delivered' ? 'green' : 'orange';
}
