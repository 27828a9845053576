import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { EventStore, Subscription } from '@hpc-access/eventsourcing';
import type { WebhookEndpointDirectory } from '../shared/delivery-channel';
import { acceptsKind, type EndpointOwner } from './domain/webhook-endpoint';
import { applyToSummaries, ownedBy, type EndpointSummary } from './endpoint-summaries';
import { WEBHOOK_STORE } from './webhook.tokens';

/**
 * The endpoints of every owner, kept in memory from a subscription to the store (catch up from the
 * start, then live). Endpoints are few (a handful per organisation or site), so a table would buy
 * nothing yet; the fold is pure (endpoint-summaries.ts), so moving it into SQL later is a change
 * of place, not of logic. Every query first waits until the subscription has seen all committed
 * events: a caller reads its own registration at once.
 */
@Injectable()
export class WebhookEndpointsReadModel implements WebhookEndpointDirectory, OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('webhook-endpoints');
  private readonly summaries = new Map<string, EndpointSummary>();
  private subscription: Subscription | null = null;
  private failure: unknown = null;

  constructor(@Inject(WEBHOOK_STORE) private readonly store: EventStore) {}

  onModuleInit(): void {
    this.subscription = this.store.subscribeToAll({
      handle: async (events) => {
        for (const event of events) applyToSummaries(this.summaries, event);
      },
      onError: (error) => {
        this.failure = error;
        this.logger.error(`webhook endpoint read model stopped: ${(error as Error).message}`);
      },
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.subscription?.stop();
  }

  async endpointsFor(owner: EndpointOwner, kind: string): Promise<{ endpointId: string }[]> {
    return (await this.list(owner)).filter((e) => e.enabled && acceptsKind(e, kind)).map((e) => ({ endpointId: e.endpointId }));
  }

  /** The owner's endpoints, oldest first. */
  async list(owner: EndpointOwner): Promise<EndpointSummary[]> {
    await this.caughtUp();
    return [...this.summaries.values()].filter((s) => ownedBy(s, owner)).sort((a, b) => a.registeredAt.localeCompare(b.registeredAt) || a.endpointId.localeCompare(b.endpointId));
  }

  async find(endpointId: string): Promise<EndpointSummary | null> {
    await this.caughtUp();
    return this.summaries.get(endpointId) ?? null;
  }

  /** Resolves once every event committed before the call was applied (tests and read-your-writes). */
  async caughtUp(): Promise<void> {
    if (this.failure) throw this.failure;
    if (!this.subscription) throw new Error('the webhook endpoint read model has not started');
    await this.subscription.caughtUp();
  }
}
