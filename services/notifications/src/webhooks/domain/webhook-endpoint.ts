/**
 * A webhook endpoint (ADR 34): where the notifications of one organisation or one site are POSTed,
 * signed after Standard Webhooks. Events, state and evolve of one endpoint's stream; pure.
 * The signing secret sits in events as `{ secretId, value }`: `value` is sealed under `secretId`
 * (webhook-personal-data.ts), so deleting that key shreds a retired secret from the log.
 */
import type { DomainEvent } from '@hpc-access/eventsourcing';
import type { NotificationKind } from '../../shared/notification';

export type EndpointOwner = { organisationId: string } | { siteId: string };

/** One signing secret; `value` is `whsec_` + base64 of the random key, as shown to the owner. */
export interface SigningSecret {
  secretId: string;
  value: string;
}

/** Why an endpoint stopped receiving: its owner said so, or the receiver answered 410 Gone. */
export type DisabledReason = 'by-owner' | 'gone';

export type WebhookEndpointEvent =
  | DomainEvent<'WebhookEndpointRegistered', {
      endpointId: string;
      owner: EndpointOwner;
      url: string;
      /** Empty: every kind. */
      kinds: NotificationKind[];
      description: string;
      secret: SigningSecret;
      registeredAt: string;
    }>
  | DomainEvent<'WebhookEndpointDisabled', { endpointId: string; reason: DisabledReason; status?: number; disabledAt: string }>
  | DomainEvent<'WebhookEndpointEnabled', { endpointId: string; enabledAt: string }>
  | DomainEvent<'WebhookSecretRotated', {
      endpointId: string;
      secret: SigningSecret;
      /** The secret that signs beside the new one until `previousExpiresAt`. */
      previousSecretId: string;
      previousExpiresAt: string;
      rotatedAt: string;
    }>
  | DomainEvent<'WebhookSecretRetired', { endpointId: string; secretId: string; retiredAt: string }>;

export type WebhookEndpointEventType = WebhookEndpointEvent['type'];

export const WEBHOOK_ENDPOINT_EVENT_TYPES: readonly WebhookEndpointEventType[] = [
  'WebhookEndpointRegistered',
  'WebhookEndpointDisabled',
  'WebhookEndpointEnabled',
  'WebhookSecretRotated',
  'WebhookSecretRetired',
];

export interface RegisteredEndpoint {
  status: 'registered';
  endpointId: string;
  owner: EndpointOwner;
  url: string;
  kinds: NotificationKind[];
  description: string;
  enabled: boolean;
  disabledReason?: DisabledReason;
  current: SigningSecret;
  /** Still signing until `expiresAt` (rotation without downtime). */
  previous?: SigningSecret & { expiresAt: string };
  registeredAt: string;
}

export type WebhookEndpointState = { status: 'none' } | RegisteredEndpoint;

const STREAM_PREFIX = 'webhook-endpoint-';

/** The one place a stream id of an endpoint is built. */
export function webhookEndpointStreamId(endpointId: string): string {
  return `${STREAM_PREFIX}${endpointId}`;
}

export function isWebhookEndpointStream(streamId: string): boolean {
  return streamId.startsWith(STREAM_PREFIX);
}

export function initialState(): WebhookEndpointState {
  return { status: 'none' };
}

export function evolve(state: WebhookEndpointState, event: WebhookEndpointEvent): WebhookEndpointState {
  if (event.type === 'WebhookEndpointRegistered') {
    const { endpointId, owner, url, kinds, description, secret, registeredAt } = event.data;
    return { status: 'registered', endpointId, owner, url, kinds: [...kinds], description, enabled: true, current: secret, registeredAt };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'WebhookEndpointDisabled':
      return { ...state, enabled: false, disabledReason: event.data.reason };
    case 'WebhookEndpointEnabled': {
      const { disabledReason: _, ...rest } = state;
      return { ...rest, enabled: true };
    }
    case 'WebhookSecretRotated':
      return { ...state, current: event.data.secret, previous: { ...state.current, expiresAt: event.data.previousExpiresAt } };
    case 'WebhookSecretRetired': {
      if (state.previous?.secretId !== event.data.secretId) return state;
      const { previous: _, ...rest } = state;
      return rest;
    }
  }
}

/** The secrets that sign a message sent at `now`: the current one, and the previous one until it expires. */
export function signingSecretsAt(state: RegisteredEndpoint, now: Date): SigningSecret[] {
  const secrets = [state.current];
  if (state.previous && Date.parse(state.previous.expiresAt) > now.getTime()) secrets.push(state.previous);
  return secrets;
}

/** Whether the endpoint takes notifications of this kind (no filter: every kind). */
export function acceptsKind(endpoint: { kinds: readonly string[] }, kind: string): boolean {
  return endpoint.kinds.length === 0 || endpoint.kinds.includes(kind);
}

export function sameOwner(a: EndpointOwner, b: EndpointOwner): boolean {
  if ('organisationId' in a) return 'organisationId' in b && a.organisationId === b.organisationId;
  return 'siteId' in b && a.siteId === b.siteId;
}
