import type { NotificationFacts } from '../shared/notification';
import { CATALOGUES, FALLBACK_LANGUAGE } from './locales';

/**
 * The language to write in: the one asked for if there is a catalogue for it, else its base
 * (`de-AT` -> `de`), else English. Dates and numbers follow the same language as the words, so a
 * message never mixes an English sentence with a date written in another language.
 */
export function resolveLanguage(language: string): string {
  const wanted = language.trim().toLowerCase();
  if (wanted in CATALOGUES) return wanted;
  const base = wanted.split(/[-_]/)[0];
  return base in CATALOGUES ? base : FALLBACK_LANGUAGE;
}

/** An ISO 8601 date or timestamp as a date in the language; UTC, since the reader's zone is unknown. */
export function formatDate(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

function formatMonth(yearMonth: string, language: string): string {
  const date = new Date(`${yearMonth}-01T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return yearMonth;
  return new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/**
 * The facts ready for interpolation (conventions in facts.ts): dates and months written out,
 * lists joined; numbers stay numbers for the catalogue's `number` format.
 */
export function presentFacts(facts: NotificationFacts, language: string): Record<string, string | number | boolean> {
  const shown: Record<string, string | number | boolean> = {};
  for (const [name, value] of Object.entries(facts)) {
    if (Array.isArray(value)) shown[name] = value.map((item) => item.replace(/[.\s]+$/, '')).join('; ');
    else if (typeof value === 'string' && name.endsWith('At')) shown[name] = formatDate(value, language);
    else if (typeof value === 'string' && name === 'month') shown[name] = formatMonth(value, language);
    else shown[name] = value;
  }
  return shown;
}

/** baseUrl + link, with exactly one slash between them (baseUrl may carry a path prefix). */
export function absoluteUrl(baseUrl: string, link: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${link.replace(/^\/+/, '')}`;
}
