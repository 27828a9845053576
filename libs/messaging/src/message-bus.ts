import type { IntegrationEvent } from '@hpc-access/contracts';

/**
 * A message as a consumer receives it. `value` is the integration event envelope as parsed JSON
 * (an adapter that carries attributes in headers, as CloudEvents binary mode does, puts them back
 * together): untrusted until validated against libs/contracts.
 */
export interface DeliveredMessage {
  readonly topic: string;
  /** The subject of the integration event: one key, one partition, one order. */
  readonly key: string;
  readonly partition: number;
  readonly offset: string;
  readonly value: unknown;
  readonly headers: Readonly<Record<string, string>>;
}

/** Resolving acknowledges the message; throwing has it redelivered, then dead-lettered. */
export type MessageHandler = (message: DeliveredMessage) => Promise<void>;

/**
 * Handles consecutive messages of one partition at once (one transaction for all of them, say).
 * Resolving acknowledges them all. Throwing acknowledges none: the bus then hands the same
 * messages to the MessageHandler one at a time, so a failing message is retried and
 * dead-lettered alone and the others are handled as usual.
 */
export type BatchHandler = (messages: DeliveredMessage[]) => Promise<void>;

export interface SubscribeOptions {
  /** An optional faster path; a bus may deliver one message at a time regardless. */
  batch?: BatchHandler;
}

export interface BusSubscription {
  /** Stops taking messages; resolves once the message in hand (if any) was settled. */
  stop(): Promise<void>;
}

/**
 * The integration-event bus (ARCHITECTURE.md section 4). At-least-once: a handler may see a
 * message again (after a failure, a restart, a rebalance), so consumers deduplicate (Inbox).
 * Messages are keyed by `subject`, so the events of one entity arrive in the order published.
 */
export interface MessageBus {
  /** Resolves only once the bus has acknowledged every message (stored, replicated). */
  publish(topic: string, messages: readonly IntegrationEvent[]): Promise<void>;
  /**
   * Consumers of one `group` share the topic's partitions; each group has its own offsets and
   * sees every message. A message whose handler keeps failing goes to the topic's `.dlq`.
   */
  subscribe(topic: string, group: string, handler: MessageHandler, options?: SubscribeOptions): Promise<BusSubscription>;
}
