/**
 * The webhook channel of the notifications service (ADR 34), NestJS-agnostic pieces the core's
 * module includes: `controllers: [...webhookControllers]`, `providers: [...webhookProviders(options)]`.
 *
 * DI needs (what the core must provide, named by the tokens it passes in `options`):
 * - `eventStore`: the service's EventStore (port). Endpoint events go to streams
 *   `webhook-endpoint-<id>`; this slice wraps the store in its own EncryptingEventStore with
 *   WEBHOOK_SECRETS_POLICY (the core may also add that policy to its own; sealing twice is harmless).
 * - `personalDataKeys`: the service's PersonalDataKeys; each signing secret has its own subject
 *   (`webhook-secret-<uuid>`), erased when the secret is retired.
 * - `clock`: a Clock.
 * - `deliveryLog`: a DeliveryLogReader (delivery-log-reader.ts) over the dispatcher's attempts.
 * - IDEMPOTENCY_STORE (libs/http) with `keys` set to the same PersonalDataKeys: the register
 *   route's Idempotency-Key answer holds the new secret, sealed under it.
 * - AuthModule (roles, CurrentCaller) as every service has.
 * What it provides for the core: WebhookChannel (DeliveryChannel<WebhookRequest>) and
 * WebhookEndpointsReadModel (WebhookEndpointDirectory, also under WEBHOOK_ENDPOINT_DIRECTORY).
 */
import type { InjectionToken, Provider } from '@nestjs/common';
import { EncryptingEventStore, PersonalDataCipher, type EventStore, type PersonalDataKeys } from '@hpc-access/eventsourcing';
import { WebhookChannel } from './delivery/webhook-channel';
import { WebhookEndpointCommands } from './webhook-endpoint-commands';
import { WebhookEndpointsReadModel } from './webhook-endpoint-directory';
import { WEBHOOK_SECRETS_POLICY } from './webhook-personal-data';
import { WebhookDeliveriesController } from './routes/webhook-deliveries.controller';
import { WebhookEndpointStateController } from './routes/webhook-endpoint-state.controller';
import { WebhookEndpointsController } from './routes/webhook-endpoints.controller';
import { DEFAULT_WEBHOOK_SETTINGS, DELIVERY_LOG_READER, WEBHOOK_CLOCK, WEBHOOK_SECRET_KEYS, WEBHOOK_SETTINGS, WEBHOOK_STORE, type WebhookSettings } from './webhook.tokens';

export { WebhookChannel, outcomeOf } from './delivery/webhook-channel';
export { webhookBody, webhookEventType } from './delivery/webhook-payload';
export { WebhookEndpointsReadModel } from './webhook-endpoint-directory';
export { WebhookEndpointCommands } from './webhook-endpoint-commands';
export { WEBHOOK_SECRETS_POLICY } from './webhook-personal-data';
export { WEBHOOK_ENDPOINT_EVENT_TYPES, webhookEndpointStreamId, isWebhookEndpointStream } from './domain/webhook-endpoint';
export type { DeliveryLogReader, DeliveryLogPage } from './delivery-log-reader';
export { WebhookDeliveryAttemptView } from './delivery-log-reader';
export { DEFAULT_WEBHOOK_SETTINGS, type WebhookSettings } from './webhook.tokens';

/** The WebhookEndpointDirectory for the fan-out (the same instance as WebhookEndpointsReadModel). */
export const WEBHOOK_ENDPOINT_DIRECTORY = Symbol('WEBHOOK_ENDPOINT_DIRECTORY');

export const webhookControllers = [WebhookEndpointsController, WebhookEndpointStateController, WebhookDeliveriesController];

export interface WebhookProviderOptions {
  eventStore: InjectionToken;
  personalDataKeys: InjectionToken;
  clock: InjectionToken;
  deliveryLog: InjectionToken;
  /** Defaults: DEFAULT_WEBHOOK_SETTINGS (https only, 24 h rotation overlap, 15 s timeout). */
  settings?: Partial<WebhookSettings>;
}

export function webhookProviders(options: WebhookProviderOptions): Provider[] {
  return [
    {
      provide: WEBHOOK_STORE,
      useFactory: (store: EventStore, keys: PersonalDataKeys) => new EncryptingEventStore(store, new PersonalDataCipher(keys, WEBHOOK_SECRETS_POLICY)),
      inject: [options.eventStore, options.personalDataKeys],
    },
    { provide: WEBHOOK_SECRET_KEYS, useExisting: options.personalDataKeys },
    { provide: WEBHOOK_CLOCK, useExisting: options.clock },
    { provide: DELIVERY_LOG_READER, useExisting: options.deliveryLog },
    { provide: WEBHOOK_SETTINGS, useValue: { ...DEFAULT_WEBHOOK_SETTINGS, ...options.settings } satisfies WebhookSettings },
    WebhookEndpointCommands,
    WebhookEndpointsReadModel,
    { provide: WEBHOOK_ENDPOINT_DIRECTORY, useExisting: WebhookEndpointsReadModel },
    WebhookChannel,
  ];
}
