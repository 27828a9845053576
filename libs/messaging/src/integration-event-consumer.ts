import { validateIntegrationEvent, type KnownIntegrationEvent, type KnownIntegrationEventType } from '@hpc-access/contracts';
import type { Database, Sql } from '@hpc-access/sql';
import { DeadLetterError } from './dead-letter';
import type { Inbox } from './inbox';
import type { BusSubscription, DeliveredMessage, MessageBus } from './message-bus';

/** A handler per integration event type the consumer cares about, typed by that type's payload. */
export type IntegrationEventHandlers = {
  [Type in KnownIntegrationEventType]?: (event: Extract<KnownIntegrationEvent, { type: Type }>, tx: Sql) => Promise<void>;
};

/**
 * One handler map from the reactions of several use-case slices. Two slices answering the same
 * event type in one consumer group is a wiring mistake (one would silently win): it throws.
 */
export function combineHandlers(...maps: IntegrationEventHandlers[]): IntegrationEventHandlers {
  const combined: Record<string, unknown> = {};
  for (const map of maps) {
    for (const [type, handler] of Object.entries(map)) {
      if (type in combined) throw new Error(`two reactions to ${type} in one consumer group`);
      combined[type] = handler;
    }
  }
  return combined as IntegrationEventHandlers;
}

export interface IntegrationEventConsumerOptions {
  bus: MessageBus;
  db: Database;
  inbox: Inbox;
  topic: string;
  group: string;
  /** The inbox's consumer name; defaults to the group. */
  consumer?: string;
  handlers: IntegrationEventHandlers;
  /**
   * Called after a transaction that ran handlers committed (CommandsInTransaction's `committed`):
   * the store cannot see a commit made through the inbox's transaction, so its projections and
   * relay are woken here rather than at their next poll.
   */
  committed?: () => void;
}

/**
 * Subscribes a consumer to a topic the safe way: each message is validated against the
 * contracts (an invalid one, or one of a type the contracts do not know, goes straight to the
 * dead-letter topic with its field errors: no retry can fix it), then handled inside the inbox's
 * transaction, so a redelivery changes nothing.
 * Known types without a handler are acknowledged and ignored. A handler that throws is retried
 * by the bus and dead-lettered when it keeps failing.
 *
 * Where the bus delivers batches (Kafka), a batch of valid events is handled in one transaction,
 * each with its inbox row: one commit instead of one per event. If anything in the batch is
 * invalid or fails, the transaction rolls back whole and the bus hands the events over one at a
 * time, as above.
 */
export function subscribeToIntegrationEvents(options: IntegrationEventConsumerOptions): Promise<BusSubscription> {
  const { bus, db, inbox, topic, group, handlers, committed } = options;
  const consumer = options.consumer ?? group;
  const validated = (message: DeliveredMessage): KnownIntegrationEvent => {
    const validation = validateIntegrationEvent(message.value);
    if (!validation.ok) throw new DeadLetterError('invalid integration event', validation.errors);
    return validation.event;
  };
  // The handler map is keyed by `type`, so the handler found fits the event; TypeScript cannot
  // follow that correlation through an index, hence the widening.
  const handlerFor = (event: KnownIntegrationEvent) => handlers[event.type] as ((event: KnownIntegrationEvent, tx: Sql) => Promise<void>) | undefined;
  return bus.subscribe(
    topic,
    group,
    async (message) => {
      const event = validated(message);
      const handler = handlerFor(event);
      if (!handler) return;
      if ((await inbox.handle(db, consumer, event.id, (tx) => handler(event, tx))) === 'handled') committed?.();
    },
    {
      batch: async (messages) => {
        const handled = messages.map(validated).flatMap((event) => {
          const handler = handlerFor(event);
          return handler ? [{ event, handler }] : [];
        });
        if (handled.length === 0) return;
        await db.transaction(async (tx) => {
          for (const { event, handler } of handled) await inbox.handleIn(tx, consumer, event.id, (t) => handler(event, t));
        });
        committed?.();
      },
    },
  );
}
