/**
 * The read model "which endpoints does an owner have": a pure fold over the endpoint events,
 * without secrets (those are read from the endpoint's own stream when a message is signed).
 */
import type { NotificationKind } from '../shared/notification';
import { isWebhookEndpointStream, type DisabledReason, type EndpointOwner, type WebhookEndpointEvent } from './domain/webhook-endpoint';

export interface EndpointSummary {
  endpointId: string;
  owner: EndpointOwner;
  url: string;
  kinds: NotificationKind[];
  description: string;
  enabled: boolean;
  disabledReason?: DisabledReason;
  registeredAt: string;
  /** When the current secret was made (registration or last rotation). */
  secretCreatedAt: string;
  /** Until when a rotated-out secret still signs, while one does. */
  previousSecretExpiresAt?: string;
  /** The stream revision: the ETag of the endpoint. */
  revision: number;
}

export type EndpointSummaries = ReadonlyMap<string, EndpointSummary>;

/** Applies one recorded event; events of other streams leave the map as it is. */
export function applyToSummaries(
  summaries: Map<string, EndpointSummary>,
  recorded: { streamId: string; streamPosition: number; type: string; data: unknown },
): void {
  if (!isWebhookEndpointStream(recorded.streamId)) return;
  const event = { type: recorded.type, data: recorded.data } as WebhookEndpointEvent;
  const revision = recorded.streamPosition;
  if (event.type === 'WebhookEndpointRegistered') {
    const { endpointId, owner, url, kinds, description, registeredAt } = event.data;
    summaries.set(endpointId, { endpointId, owner, url, kinds, description, enabled: true, registeredAt, secretCreatedAt: registeredAt, revision });
    return;
  }
  const current = summaries.get(event.data.endpointId);
  // Replaying the same events again must give the same map: an older revision changes nothing.
  if (!current || current.revision >= revision) return;
  const next: EndpointSummary = { ...current, revision };
  switch (event.type) {
    case 'WebhookEndpointDisabled':
      next.enabled = false;
      next.disabledReason = event.data.reason;
      break;
    case 'WebhookEndpointEnabled':
      next.enabled = true;
      delete next.disabledReason;
      break;
    case 'WebhookSecretRotated':
      next.secretCreatedAt = event.data.rotatedAt;
      next.previousSecretExpiresAt = event.data.previousExpiresAt;
      break;
    case 'WebhookSecretRetired':
      delete next.previousSecretExpiresAt;
      break;
  }
  summaries.set(next.endpointId, next);
}

export function ownedBy(summary: EndpointSummary, owner: EndpointOwner): boolean {
  return 'organisationId' in owner
    ? 'organisationId' in summary.owner && summary.owner.organisationId === owner.organisationId
    : 'siteId' in summary.owner && summary.owner.siteId === owner.siteId;
}
