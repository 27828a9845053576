import type { TFunction } from 'i18next';
import type { Schemas } from '../api/client';
import type { Session } from '../auth/session';

export type WebhookEndpoint = Schemas['WebhookEndpointView'];
export type WebhookEndpointWithSecret = Schemas['WebhookEndpointWithSecretView'];
export type RegisterWebhookBody = Schemas['RegisterWebhookEndpointDto'];

export interface WebhookValues {
  url: string;
  description: string;
  /** Empty: every kind. */
  kinds: string[];
}

export const WEBHOOK_FIELDS = ['url', 'description', 'kinds'] as const;

/** Whose endpoints: an organisation's or a hosting site's (the API takes exactly one). */
export type EndpointOwner = { organisationId: string } | { siteId: string };

/** The query key of one owner's endpoint list: each owner's list is cached and refreshed on its own. */
export const webhooksKeyOf = (owner: EndpointOwner) => ['notifications', 'webhooks', 'owner', owner] as const;

/** Whose endpoint: the applicant's organisation or the site, as the token names them. */
export function ownerOf(session: Pick<Session, 'activeRole' | 'organisationId' | 'siteId'>): EndpointOwner | null {
  if (session.activeRole === 'site' && session.siteId) return { siteId: session.siteId };
  if (session.activeRole === 'applicant' && session.organisationId) return { organisationId: session.organisationId };
  return null;
}

export function registerBody(values: WebhookValues, owner: EndpointOwner): RegisterWebhookBody {
  const description = values.description.trim();
  return { ...owner, url: values.url.trim(), ...(values.kinds.length > 0 ? { kinds: values.kinds as RegisterWebhookBody['kinds'] } : {}), ...(description ? { description } : {}) };
}

/** Checked as typed: an https address without a user name or password in it; the API checks again (and where it may go). */
export function webhookValidators(t: TFunction) {
  return {
    url: (value: string) => {
      let url: URL;
      try {
        url = new URL(value.trim());
      } catch {
        return t('webhooks.urlInvalid');
      }
      // Plain http only to the developer's own machine, where the service may allow it (allowLocalUrls); the API decides.
      const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
      if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) return t('webhooks.urlHttps');
      if (url.username || url.password) return t('webhooks.urlCredentials');
      return null;
    },
    description: (value: string) => (value.length > 500 ? t('webhooks.descriptionTooLong') : null),
  };
}

/** The state of an endpoint in a word: enabled, disabled by its owner, or disabled because the receiver answered 410 Gone. */
export function endpointState(endpoint: WebhookEndpoint): 'enabled' | 'disabled' | 'gone' {
  if (endpoint.enabled) return 'enabled';
  return endpoint.disabledReason === 'gone' ? 'gone' : 'disabled';
}

/** The If-Match of an endpoint's change: the revision it was read at. */
export const ifMatchOf = (endpoint: WebhookEndpoint) => ({ 'If-Match': `"${endpoint.revision}"` });

/**
 * Where an endpoint's delivery log leads back to: the owner's own list for an applicant or a site;
 * the organisation's page for a governance officer (where staff manage its endpoints); none for
 * anyone else (intake officers, administrators, auditors have no page listing them).
 */
export function endpointListPathFor(session: Pick<Session, 'activeRole'> | null, endpoint: Pick<WebhookEndpoint, 'organisationId' | 'siteId'>): string | null {
  if (session?.activeRole === 'applicant' || session?.activeRole === 'site') return '/notifications/webhooks';
  if (session?.activeRole === 'governance-officer' && endpoint.organisationId) return `/governance-officer/organisations/${encodeURIComponent(endpoint.organisationId)}`;
  return null;
}
