import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Clock } from '@hpc-access/eventsourcing';
import type { DeliveryChannel, DeliveryOutcome, WebhookRequest } from '../../shared/delivery-channel';
import { signingSecretsAt } from '../domain/webhook-endpoint';
import { signatureHeader } from '../signing/standard-webhook-signature';
import { WebhookEndpointCommands } from '../webhook-endpoint-commands';
import { WEBHOOK_CLOCK, WEBHOOK_SETTINGS, type WebhookSettings } from '../webhook.tokens';
import { postWebhook, type PostResult } from './post-webhook';
import { LOCAL_ADDRESS_CODE } from './public-address-lookup';
import { retryAfterMsOf } from './retry-after';
import { webhookBody } from './webhook-payload';

/**
 * Sends one notification to one endpoint, signed after Standard Webhooks. The `webhook-id` is the
 * delivery id (the same on every retry and after a restart: the receiver's idempotency key); the
 * timestamp is this attempt's. The outcome is the dispatcher's to record and act on.
 */
@Injectable()
export class WebhookChannel implements DeliveryChannel<WebhookRequest> {
  private readonly logger = new Logger('webhook-channel');

  constructor(
    private readonly endpoints: WebhookEndpointCommands,
    @Inject(WEBHOOK_CLOCK) private readonly clock: Clock,
    @Inject(WEBHOOK_SETTINGS) private readonly settings: WebhookSettings,
  ) {}

  async send(request: WebhookRequest): Promise<DeliveryOutcome> {
    let loaded;
    try {
      loaded = await this.endpoints.load(request.endpointId);
    } catch (error) {
      // The store is unreachable for now: nothing was sent, so the dispatcher may try again.
      this.logger.warn(`endpoint ${request.endpointId} not readable: ${(error as Error).message}`);
      return { outcome: 'retry', reason: 'endpoint not readable' };
    }
    if (!loaded) return { outcome: 'rejected', reason: 'endpoint not registered' };
    const { endpoint } = loaded;
    if (!endpoint.enabled) return { outcome: 'rejected', reason: endpoint.disabledReason === 'gone' ? 'endpoint disabled (410 Gone)' : 'endpoint disabled' };
    const now = this.clock.now();
    const secrets = signingSecretsAt(endpoint, now);
    if (endpoint.previous && secrets.length === 1) await this.retire(request.endpointId);
    const body = webhookBody(request.notification);
    const timestamp = Math.floor(now.getTime() / 1000);
    const headers = {
      'content-type': 'application/json',
      'user-agent': 'hpc-access-webhooks/1',
      'webhook-id': request.deliveryId,
      'webhook-timestamp': String(timestamp),
      'webhook-signature': signatureHeader(secrets.map((s) => s.value), request.deliveryId, timestamp, body),
    };
    const result = await postWebhook(endpoint.url, headers, body, this.settings);
    const outcome = outcomeOf(result, now);
    if (result.kind === 'answered' && result.status === 410) await this.disableGone(request.endpointId);
    return outcome;
  }

  /** Not recorded now: the next send meets 410 again and records it then; the outcome stands. */
  private async disableGone(endpointId: string): Promise<void> {
    try {
      await this.endpoints.recordGone(endpointId, 410);
    } catch (error) {
      this.logger.warn(`410 Gone of endpoint ${endpointId} not recorded yet: ${(error as Error).message}`);
    }
  }

  /** The rotated-out secret expired: it leaves the log for good. A failure here must not fail the send. */
  private async retire(endpointId: string): Promise<void> {
    try {
      await this.endpoints.retireExpiredSecret(endpointId);
    } catch (error) {
      this.logger.warn(`expired secret of endpoint ${endpointId} not retired yet: ${(error as Error).message}`);
    }
  }
}

/**
 * Standard Webhooks' "Delivery success and failure", with 408 and 429 as transient; the wait a
 * 429 or 503 asks for in Retry-After (RFC 9110 section 10.2.3) is kept for the next attempt.
 */
export function outcomeOf(result: PostResult, now: Date): DeliveryOutcome {
  if (result.kind === 'timeout') return { outcome: 'retry', reason: 'timeout' };
  // Not a passing failure: the name leads to an address we must not call (SSRF); the owner fixes the URL.
  if (result.kind === 'network' && result.code === LOCAL_ADDRESS_CODE) return { outcome: 'rejected', reason: 'the receiver is at a loopback, private or otherwise non-public address' };
  if (result.kind === 'network') return { outcome: 'retry', reason: result.code };
  const { status } = result;
  if (status >= 200 && status < 300) return { outcome: 'delivered', status };
  if (status === 408 || status === 429 || status >= 500) {
    const retryAfterMs = status === 429 || status === 503 ? retryAfterMsOf(result.retryAfter, now) : undefined;
    return { outcome: 'retry', status, reason: `HTTP ${status}`, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
  }
  if (status === 410) return { outcome: 'rejected', status, reason: 'HTTP 410 Gone: endpoint disabled' };
  if (status >= 300 && status < 400) return { outcome: 'rejected', status, reason: `HTTP ${status}: redirects are not followed` };
  return { outcome: 'rejected', status, reason: `HTTP ${status}` };
}
