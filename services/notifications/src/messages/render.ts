import i18next from 'i18next';
import type { NotificationContent, RenderedNotification } from '../shared/notification';
import { variantOf } from './facts';
import { absoluteUrl, formatDate, presentFacts, resolveLanguage } from './format';
import { CATALOGUES, FALLBACK_LANGUAGE } from './locales';

/** Shown in place of a fact a rule did not provide: the message still goes out, visibly incomplete. */
export const MISSING_FACT = '—';

// One instance of our own (never the global one another library may configure), initialised
// synchronously from the bundled catalogues: rendering never waits and never loads files.
const i18n = i18next.createInstance();
void i18n.init({
  initAsync: false,
  resources: Object.fromEntries(Object.entries(CATALOGUES).map(([lng, catalogue]) => [lng, { notifications: catalogue }])),
  ns: ['notifications'],
  defaultNS: 'notifications',
  fallbackLng: FALLBACK_LANGUAGE,
  // Plain text here; the e-mail channel escapes for HTML itself, once.
  interpolation: { escapeValue: false },
  missingInterpolationHandler: () => MISSING_FACT,
  returnNull: false,
});

/** One message of the catalogue, in `language` (resolved first, see resolveLanguage). */
export function translate(key: string, language: string, values: Record<string, unknown> = {}): string {
  return i18n.t(key, { ...values, lng: resolveLanguage(language) });
}

/** Whether the catalogue of `language` itself (not the fallback) has `key`. */
export function hasMessage(key: string, language: string): boolean {
  return i18n.exists(key, { lng: language, fallbackLng: false });
}

/**
 * The words of a notification in a language (English when there is no catalogue for it): the
 * subject, what happened, what to do next, by when, and where.
 */
export function renderNotification(content: NotificationContent, language: string, baseUrl: string): RenderedNotification {
  const lng = resolveLanguage(language);
  const values = { ...presentFacts(content.facts, lng), context: variantOf(content.kind, content.facts), lng };
  const rendered: RenderedNotification = {
    subject: i18n.t(`${content.kind}.subject`, values),
    whatHappened: i18n.t(`${content.kind}.whatHappened`, values),
    nextStep: i18n.t(`${content.kind}.nextStep`, values),
    url: absoluteUrl(baseUrl, content.link),
  };
  if (content.dueBy !== undefined) rendered.dueBy = formatDate(content.dueBy, lng);
  return rendered;
}
