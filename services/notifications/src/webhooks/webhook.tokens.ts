/** Injection tokens of the webhook slice; `webhookProviders` binds them to what the core provides. */
export const WEBHOOK_STORE = Symbol('WEBHOOK_STORE');
export const WEBHOOK_SECRET_KEYS = Symbol('WEBHOOK_SECRET_KEYS');
export const WEBHOOK_CLOCK = Symbol('WEBHOOK_CLOCK');
export const WEBHOOK_SETTINGS = Symbol('WEBHOOK_SETTINGS');
export const DELIVERY_LOG_READER = Symbol('DELIVERY_LOG_READER');

export interface WebhookSettings {
  /** Plain http and local addresses for endpoints: development and tests only. */
  allowLocalUrls: boolean;
  /** How long a rotated-out secret still signs (default 24 h). */
  rotationOverlapMs: number;
  /** How long one attempt may take before it counts as a timeout (default 15 s; the spec suggests 15 to 30). */
  timeoutMs: number;
  /** How much of a receiver's answer is read before the connection is dropped (default 4 KiB). */
  maxResponseBytes: number;
}

export const DEFAULT_WEBHOOK_SETTINGS: WebhookSettings = {
  allowLocalUrls: false,
  rotationOverlapMs: 24 * 3_600_000,
  timeoutMs: 15_000,
  maxResponseBytes: 4096,
};
