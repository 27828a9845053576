import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  handleCommand,
  newCorrelationId,
  newEventId,
  type Actor,
  type Clock,
  type EventStore,
  type PersonalDataKeys,
} from '@hpc-access/eventsourcing';
import { webhookEndpointDecider, type WebhookEndpointCommand } from './domain/webhook-endpoint.decider';
import { webhookEndpointStreamId, type EndpointOwner, type RegisteredEndpoint, type WebhookEndpointEvent, type WebhookEndpointState } from './domain/webhook-endpoint';
import { generateSigningSecret } from './signing/standard-webhook-signature';
import { secretSubjectId } from './webhook-personal-data';
import { WEBHOOK_CLOCK, WEBHOOK_SECRET_KEYS, WEBHOOK_SETTINGS, WEBHOOK_STORE, type WebhookSettings } from './webhook.tokens';

/** Who asks, for the event metadata. */
export interface WebhookCommandCaller {
  actor: Actor;
  correlationId: string;
}

export interface EndpointAtRevision {
  endpoint: RegisteredEndpoint;
  revision: number;
}

/** The answer of register and rotate: the only time the new secret is shown. */
export interface EndpointWithNewSecret extends EndpointAtRevision {
  secret: { secretId: string; value: string };
}

/** What the channel records in the log when it acts on an endpoint by itself (410, expiry). */
const CHANNEL: WebhookCommandCaller = { actor: { id: 'notifications-webhooks', role: 'system' }, correlationId: '' };

/**
 * The endpoint commands: read, decide, append (libs/eventsourcing handleCommand); a secret that
 * leaves signing has its key erased right after the append that retired it.
 */
@Injectable()
export class WebhookEndpointCommands {
  constructor(
    @Inject(WEBHOOK_STORE) private readonly store: EventStore,
    @Inject(WEBHOOK_SECRET_KEYS) private readonly keys: PersonalDataKeys,
    @Inject(WEBHOOK_CLOCK) private readonly clock: Clock,
    @Inject(WEBHOOK_SETTINGS) private readonly settings: WebhookSettings,
  ) {}

  async register(input: { owner: EndpointOwner; url: string; kinds: string[]; description: string }, caller: WebhookCommandCaller): Promise<EndpointWithNewSecret> {
    const endpointId = newEventId();
    const secret = { secretId: secretSubjectId(randomUUID()), value: generateSigningSecret() };
    const result = await this.run(endpointId, {
      type: 'RegisterWebhookEndpoint',
      data: { endpointId, ...input, secret, allowLocalUrls: this.settings.allowLocalUrls, now: this.clock.now() },
    }, caller);
    return { ...result, secret };
  }

  async rotateSecret(endpointId: string, caller: WebhookCommandCaller, expectedRevision?: number): Promise<EndpointWithNewSecret> {
    const secret = { secretId: secretSubjectId(randomUUID()), value: generateSigningSecret() };
    const result = await this.run(endpointId, { type: 'RotateWebhookSecret', data: { secret, overlapMs: this.settings.rotationOverlapMs, now: this.clock.now() } }, caller, expectedRevision);
    return { ...result, secret };
  }

  disable(endpointId: string, caller: WebhookCommandCaller, expectedRevision?: number): Promise<EndpointAtRevision> {
    return this.run(endpointId, { type: 'DisableWebhookEndpoint', data: { now: this.clock.now() } }, caller, expectedRevision);
  }

  enable(endpointId: string, caller: WebhookCommandCaller, expectedRevision?: number): Promise<EndpointAtRevision> {
    return this.run(endpointId, { type: 'EnableWebhookEndpoint', data: { now: this.clock.now() } }, caller, expectedRevision);
  }

  /** The receiver answered 410 Gone (Standard Webhooks: disable the endpoint). */
  recordGone(endpointId: string, status: number): Promise<EndpointAtRevision> {
    return this.run(endpointId, { type: 'RecordEndpointGone', data: { status, now: this.clock.now() } }, { ...CHANNEL, correlationId: newCorrelationId() });
  }

  /** Retires (and shreds) the previous secret once its overlap ran out; nothing when it has not. */
  retireExpiredSecret(endpointId: string): Promise<EndpointAtRevision> {
    return this.run(endpointId, { type: 'RetireExpiredSecret', data: { now: this.clock.now() } }, { ...CHANNEL, correlationId: newCorrelationId() });
  }

  /** The endpoint as its stream says, secrets in clear; null when there is none. */
  async load(endpointId: string): Promise<EndpointAtRevision | null> {
    const events = await this.store.readStream(webhookEndpointStreamId(endpointId));
    let state: WebhookEndpointState = webhookEndpointDecider.initialState();
    for (const event of events) state = webhookEndpointDecider.evolve(state, { type: event.type, data: event.data } as WebhookEndpointEvent);
    return state.status === 'registered' ? { endpoint: state, revision: events.length - 1 } : null;
  }

  private async run(endpointId: string, command: WebhookEndpointCommand, caller: WebhookCommandCaller, expectedRevision?: number): Promise<EndpointAtRevision> {
    const result = await handleCommand(this.store, webhookEndpointDecider, webhookEndpointStreamId(endpointId), command, {
      now: this.clock.now(),
      actor: caller.actor,
      correlationId: caller.correlationId,
    }, { expectedRevision });
    for (const event of result.events) {
      if (event.type === 'WebhookSecretRetired') await this.keys.erase((event.data as { secretId: string }).secretId);
    }
    return { endpoint: result.state as RegisteredEndpoint, revision: result.revision };
  }
}
