import { v5 as uuidv5 } from 'uuid';
import type { Audience, Channel } from '../shared/notification';

// A fixed namespace: the same cause, kind and audience give the same id in every process, on
// every redelivery and after every restart (ADR 34).
const NAMESPACE = '5b0f6a52-8a8e-4c64-9b0e-2d2f1f0a3c34';

/** The audience as one stable string: role, then whichever of organisation, site or user it names. */
export function audienceKey(audience: Audience): string {
  return [audience.role, audience.organisationId ? `org:${audience.organisationId}` : '', audience.siteId ? `site:${audience.siteId}` : '', audience.userId ? `user:${audience.userId}` : '']
    .filter(Boolean)
    .join('|');
}

export function notificationIdOf(causeEventId: string, kind: string, audience: Audience): string {
  return uuidv5(`${causeEventId}|${kind}|${audienceKey(audience)}`, NAMESPACE);
}

/** Also the e-mail's Message-ID and the webhook's `webhook-id`: the same on every attempt. */
export function deliveryIdOf(notificationId: string, channel: Channel, target: string): string {
  return uuidv5(`${notificationId}|${channel}|${target}`, NAMESPACE);
}

export const notificationStreamId = (notificationId: string): string => `notification-${notificationId}`;
export const deliveryStreamId = (deliveryId: string): string => `delivery-${deliveryId}`;
export const subscriberStreamId = (userId: string): string => `subscriber-${userId}`;
