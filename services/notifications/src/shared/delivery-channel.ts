import type { NotificationContent } from './notification';

/**
 * The outcome of one attempt to deliver. `retry`: a transient failure (connection refused, 5xx,
 * timeout, 429): the dispatcher tries again with backoff, then marks the delivery failed for staff
 * to see. `rejected`: a permanent one (4xx other than 408/429, a mailbox that does not exist):
 * no retry. Reasons are short, for the delivery log, and never hold the recipient's address.
 */
export type DeliveryOutcome =
  | { outcome: 'delivered'; status?: number; detail?: string }
  /** `retryAfterMs`: how long the receiver asked us to wait (Retry-After); the next attempt waits at least that. */
  | { outcome: 'retry'; status?: number; reason: string; retryAfterMs?: number }
  | { outcome: 'rejected'; status?: number; reason: string };

/** One e-mail to send. `deliveryId` is stable across retries and restarts: the Message-ID derives from it. */
export interface EmailRequest {
  deliveryId: string;
  /** Decrypted at send time from the subscriber's sealed address; never stored outside the event log. */
  to: string;
  language: string;
  notification: NotificationContent;
}

/** One webhook call. `deliveryId` is the `webhook-id`: the same on every retry and after a restart. */
export interface WebhookRequest {
  deliveryId: string;
  endpointId: string;
  notification: NotificationContent;
}

export interface DeliveryChannel<Request> {
  send(request: Request): Promise<DeliveryOutcome>;
}

/** Where webhooks of an organisation or a site go (implemented by webhooks/, used by the fan-out). */
export interface WebhookEndpointDirectory {
  /** Active endpoints of the owner that take this kind (an endpoint may filter kinds). */
  endpointsFor(owner: { organisationId: string } | { siteId: string }, kind: string): Promise<{ endpointId: string }[]>;
}
