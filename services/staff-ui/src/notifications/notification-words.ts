import type { Schemas } from '../api/client';

/**
 * One notification of the inbox, its words written by the notifications service (its catalogue,
 * the same as its e-mail's, in the reader's language): the UI keeps no copy of them.
 */
export type InboxItem = Schemas['InboxItemView'];
export type NotificationKind = InboxItem['kind'];

/** A date or timestamp as a date in the language; UTC, as the service writes its dates. */
export function formatDate(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
