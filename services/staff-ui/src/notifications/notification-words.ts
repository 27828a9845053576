import type { TFunction } from 'i18next';
import type { Schemas } from '../api/client';

export type InboxItem = Schemas['InboxItemView'];
export type NotificationKind = InboxItem['kind'];

/** What the inbox shows of one notification: the same words as its e-mail (services/notifications messages). */
export interface NotificationWords {
  subject: string;
  whatHappened: string;
  nextStep: string;
  /** The due date in the reader's language, when the notification has one. */
  dueBy?: string;
  occurredAt: string;
}

/** A date or timestamp as a date in the language; UTC, as the e-mail writes it. */
export function formatDate(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

function formatMonth(month: string, language: string): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? month : new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/**
 * The facts as the words interpolate them (the service's conventions, messages/facts.ts): a fact
 * ending in `At` is a date, `month` is `YYYY-MM`, a list (reasons) is joined; numbers are left to
 * the catalogue's `number` format.
 */
export function presentFacts(facts: Record<string, unknown>, language: string): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(facts).map(([name, value]) => {
      if (typeof value === 'string' && name.endsWith('At')) return [name, formatDate(value, language)];
      if (typeof value === 'string' && name === 'month') return [name, formatMonth(value, language)];
      if (Array.isArray(value)) return [name, value.map(String).join('; ')];
      return [name, value];
    }),
  );
}

/** The variant of the words a fact chooses (i18next context), as the service's messages/facts.ts `variantOf`. */
export function variantOf(kind: NotificationKind, facts: Record<string, unknown>): string | undefined {
  switch (kind) {
    case 'information-requested':
      return typeof facts['requestedBy'] === 'string' ? facts['requestedBy'] : undefined;
    case 'screening-outcome':
    case 'ethics-outcome':
      return typeof facts['outcome'] === 'string' ? facts['outcome'] : undefined;
    case 'usage-threshold':
      return Number(facts['thresholdPercent']) >= 100 ? 'exhausted' : undefined;
    default:
      return undefined;
  }
}

/** Shown in place of a fact the notification lacks: the words still read, visibly incomplete (as the e-mail's). */
export const MISSING_FACT = '—';

/**
 * The facts with what the words need that the notification carries elsewhere: the subject's id
 * (`applicationId` of an application) and the number of questions or conditions listed.
 */
export function factsOf(item: InboxItem): Record<string, unknown> {
  const facts: Record<string, unknown> = { [`${item.subject.type}Id`]: item.subject.id, ...item.facts };
  for (const [list, count] of [['questions', 'questionCount'], ['conditions', 'conditionCount']] as const) {
    if (facts[count] === undefined && Array.isArray(facts[list])) facts[count] = (facts[list] as unknown[]).length;
  }
  return facts;
}

/** The words of a notification, from the `notifications` namespace's `words.<kind>` (t bound to that namespace). */
export function wordsOf(item: InboxItem, t: TFunction, language: string): NotificationWords {
  const facts = factsOf(item);
  const context = variantOf(item.kind, facts);
  const values = { ...presentFacts(facts, language), ...(context ? { context } : {}), missingInterpolationHandler: () => MISSING_FACT };
  const key = (part: string) => `words.${item.kind}.${part}`;
  return {
    subject: t(key('subject'), values),
    whatHappened: t(key('whatHappened'), values),
    nextStep: t(key('nextStep'), values),
    ...(item.dueBy ? { dueBy: formatDate(item.dueBy, language) } : {}),
    occurredAt: formatDate(item.occurredAt, language),
  };
}
