import type { TFunction } from 'i18next';
import type { Schemas } from '../api/client';
import type { NotificationKind } from './notification-words';

export type SubscriptionView = Schemas['SubscriptionView'];
export type SubscriptionBody = Schemas['SubscriptionDto'];
export type PersonalChannel = 'inbox' | 'email';
export const PERSONAL_CHANNELS: readonly PersonalChannel[] = ['inbox', 'email'];

export interface SubscriptionValues {
  email: string;
  language: string;
  /** Per kind, whether each channel is on. */
  channels: Record<string, Record<PersonalChannel, boolean>>;
}

/** The languages offered: the programme's working languages; the service writes English where it has no catalogue. */
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pl', 'nl', 'pt', 'fi', 'sv', 'et', 'cs'] as const;

/** Every kind the service knows, in the order the view lists them. */
export const kindsOf = (view: SubscriptionView): NotificationKind[] => Object.keys(view.channels) as NotificationKind[];

export function valuesOf(view: SubscriptionView): SubscriptionValues {
  const channels = view.channels as Record<string, PersonalChannel[] | undefined>;
  return {
    email: view.email ?? '',
    language: view.language,
    channels: Object.fromEntries(kindsOf(view).map((kind) => [kind, { inbox: (channels[kind] ?? []).includes('inbox'), email: (channels[kind] ?? []).includes('email') }])),
  };
}

/**
 * The whole subscription (a PUT replaces it): no address when the field is empty, every kind's
 * channels; mandatory kinds always on both (the form shows them on and disabled).
 */
export function bodyOf(values: SubscriptionValues, mandatoryKinds: readonly string[]): SubscriptionBody {
  const email = values.email.trim();
  const channels = Object.fromEntries(
    Object.entries(values.channels).map(([kind, on]) => [kind, mandatoryKinds.includes(kind) ? [...PERSONAL_CHANNELS] : PERSONAL_CHANNELS.filter((channel) => on[channel])]),
  );
  return { ...(email ? { email } : {}), language: values.language, channels: channels as SubscriptionBody['channels'] };
}

/** The form's field paths, for the API's problem+json (`channels.<kind>` lands on the kind's row). */
export function subscriptionFields(kinds: readonly string[]): string[] {
  return ['email', 'language', ...kinds.map((kind) => `channels.${kind}`)];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checked as typed; the API checks again and its word wins (problem+json at the field). */
export function subscriptionValidators(t: TFunction) {
  return {
    email: (value: string) => (value.trim() === '' || (EMAIL.test(value.trim()) && value.trim().length <= 320) ? null : t('settings.emailInvalid')),
    language: (value: string) => (/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value) ? null : t('settings.languageInvalid')),
  };
}
