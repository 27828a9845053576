import type { IntegrationEvent } from '@hpc-access/contracts';
import { checkpointOf, type Checkpoint, type EventStore, type RecordedEvent, type Subscription } from '@hpc-access/eventsourcing';
import type { Sql } from '@hpc-access/sql';
import { backoffDelay, sleep, type BackoffPolicy } from './backoff';
import { errorMessage, type Logger } from './logger';
import type { MessageBus } from './message-bus';
import { sharedContractCheck, type ContractCheck } from './outgoing/contract-check';
import { RelayCheckpoints } from './relay-checkpoints';

/** Turns a domain event into what others may see of it; null keeps it private. */
export type IntegrationEventMapper = (event: RecordedEvent) => IntegrationEvent | null;

export interface RelayOptions {
  /** Names the checkpoint row: one relay per service and topic, e.g. `intake.v1`. */
  name: string;
  store: EventStore;
  /** Holds `<schema>.relay_checkpoints` (see messagingMigrations). */
  db: Sql;
  schema: string;
  bus: MessageBus;
  topic: string;
  map: IntegrationEventMapper;
  logger: Logger;
  /** Waits between attempts at a failing step; the attempts themselves never run out. */
  backoff?: BackoffPolicy;
  batchSize?: number;
  /**
   * The most messages in one publish (one produce request): a page read from the store goes out
   * in requests of at most this many, in order. Bounds the request size (a broker refuses one
   * over its limit); default 100.
   */
  maxPublish?: number;
  /** Judges outgoing messages against the contracts; default: the process's worker thread. */
  contractCheck?: ContractCheck;
}

const DEFAULT_BACKOFF: BackoffPolicy = { initialDelayMs: 500, maxDelayMs: 30_000 };
const DEFAULT_MAX_PUBLISH = 100;

class RelayStopped extends Error {}

/**
 * The outbox relay (ARCHITECTURE.md section 4): the service's event store is the outbox. It
 * follows the store from its stored checkpoint, publishes the mapped events, and moves the
 * checkpoint only after the bus acknowledged them. Every step is retried with backoff for as long
 * as it takes, so an outage of any length delays events and never loses or skips one; after a
 * crash the batch in hand is published again (at-least-once: consumers deduplicate).
 */
export class Relay {
  private readonly checkpoints: RelayCheckpoints;
  private readonly backoff: BackoffPolicy;
  private readonly contractCheck: ContractCheck;
  private readonly abort = new AbortController();
  private subscription: Subscription | null = null;
  private resubscribing: Promise<void> | null = null;
  private stored: Checkpoint | null = null;
  private started = false;
  /** The batch being published (or waiting for its check), while later ones are read and mapped. */
  private publishing: Promise<void> = Promise.resolve();
  /** The batch published before that one: reading waits for it (see relay()). */
  private publishedBefore: Promise<void> = Promise.resolve();
  /** Settles once every batch handed over so far is acknowledged and its checkpoint stored. */
  private inFlight: Promise<void> = Promise.resolve();
  /** The checkpoint of the last acknowledged batch, waiting to be stored. */
  private acknowledged: Checkpoint | null = null;
  private storing: Promise<void> | null = null;

  constructor(private readonly options: RelayOptions) {
    this.checkpoints = new RelayCheckpoints(options.db, options.schema);
    this.backoff = options.backoff ?? DEFAULT_BACKOFF;
    this.contractCheck = options.contractCheck ?? sharedContractCheck();
  }

  /** The last checkpoint stored: everything up to it was acknowledged by the bus. */
  get checkpoint(): Checkpoint | null {
    return this.stored;
  }

  /** Starts following; a relay runs once (after stop, make a new one). */
  async start(): Promise<void> {
    if (this.started) throw new Error(`relay ${this.options.name} already started`);
    this.started = true;
    this.stored = await this.checkpoints.load(this.options.name);
    // Starts the check's thread before the first batch needs it; one that cannot start fails here.
    await this.contractCheck.problems([]);
    this.options.logger.info('relay starting', { relay: this.options.name, topic: this.options.topic, from: this.stored });
    this.follow(this.stored);
  }

  async stop(): Promise<void> {
    this.abort.abort();
    await this.resubscribing;
    await this.subscription?.stop();
    await this.publishing.catch(() => undefined);
    await this.inFlight.catch(() => undefined);
  }

  private follow(from: Checkpoint): void {
    this.subscription = this.options.store.subscribeToAll({
      from,
      batchSize: this.options.batchSize,
      handle: (events) => this.relay(events),
      onError: (error) => this.onSubscriptionError(error),
    });
  }

  /**
   * A pipe: a batch is read and mapped while those before it are checked against the contracts
   * (on the check's thread) and published. Publishing stays strictly in order
   * (a batch goes out only after the previous one was acknowledged), so a key's messages never
   * overtake each other, and the checkpoint moves only past what the bus acknowledged.
   */
  private async relay(events: RecordedEvent[]): Promise<void> {
    const last = events.at(-1);
    if (!last) return;
    const { bus, topic, map } = this.options;
    // A mapper that throws, or makes a message the contracts refuse, is a defect: retrying holds
    // the relay at that event, loudly, until a fixed release restarts it. Skipping would lose
    // the event for good; publishing it would make every consumer dead-letter it.
    const messages = await this.retrying('map', () => Promise.resolve(mapAll(events, map)));
    const checked = messages.length > 0 ? this.retrying('map', () => this.check(events, messages)) : Promise.resolve();
    const next = checkpointOf(last);
    const previousPublish = this.publishing;
    const published = Promise.all([previousPublish, checked]).then(async () => {
      const size = this.options.maxPublish ?? DEFAULT_MAX_PUBLISH;
      for (let start = 0; start < messages.length; start += size) {
        const request = messages.slice(start, start + size);
        await this.retrying('publish', () => bus.publish(topic, request));
      }
      this.acknowledged = next;
    });
    const olderPublish = this.publishedBefore;
    this.publishedBefore = previousPublish;
    this.publishing = published;
    // Checkpoints are stored in order once their batch is acknowledged, the latest only when
    // several were acknowledged during one write; the next batch is published meanwhile.
    this.inFlight = Promise.all([this.inFlight, published.then(() => this.storeAcknowledged())]).then(() => undefined);
    // Marked handled: a stop while they wait rejects them, and stop() or the next batch reads that.
    checked.catch(() => undefined);
    published.catch(() => undefined);
    this.inFlight.catch(() => undefined);
    // Back-pressure: reading ahead stops two batches beyond what is being published. With one,
    // each batch's read and check waited for the publish before it to finish, and the relay
    // published at about half the rate the broker takes; with two, read, check and publish overlap.
    await olderPublish;
  }

  private async check(events: readonly RecordedEvent[], messages: IntegrationEvent[]): Promise<void> {
    const problems = await this.contractCheck.problems(messages);
    const index = problems.findIndex((problem) => problem !== null);
    if (index < 0) return;
    const message = messages[index];
    const source = events.find((event) => event.eventId === message.id);
    throw new Error(`mapper made ${source?.type} ${message.id} an invalid ${message.type}: ${problems[index]}`);
  }

  /** Stores the newest acknowledged checkpoint; stored even when nothing was published, so a restart does not read private events again. */
  private storeAcknowledged(): Promise<void> {
    this.storing ??= (async () => {
      try {
        while (this.acknowledged !== null && this.acknowledged !== this.stored) {
          const target = this.acknowledged;
          await this.retrying('store checkpoint', () => this.checkpoints.save(this.options.name, target));
          this.stored = target;
        }
      } finally {
        this.storing = null;
      }
    })();
    return this.storing;
  }

  /** Resolves once everything handed to the relay so far was published and checkpointed. */
  async flushed(): Promise<void> {
    await this.inFlight;
  }

  /** Runs `step` until it succeeds or the relay stops. */
  private async retrying<T>(step: string, run: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      if (this.abort.signal.aborted) throw new RelayStopped();
      try {
        const result = await run();
        if (attempt > 1) this.options.logger.info('relay recovered', { relay: this.options.name, step, attempts: attempt });
        return result;
      } catch (error) {
        const delayMs = backoffDelay(this.backoff, attempt);
        const fields = { relay: this.options.name, step, attempt, delayMs: Math.round(delayMs), error: errorMessage(error) };
        this.options.logger[step === 'map' ? 'error' : 'warn']('relay step failed; retrying', fields);
        if (!(await sleep(delayMs, this.abort.signal))) throw new RelayStopped();
      }
    }
  }

  /** The store's subscription ended (a read failed): follow again from what was stored. */
  private onSubscriptionError(error: unknown): void {
    if (this.abort.signal.aborted || error instanceof RelayStopped) return;
    this.options.logger.error('relay subscription failed; resubscribing', { relay: this.options.name, error: errorMessage(error) });
    this.resubscribing = this.resubscribe();
  }

  private async resubscribe(): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      if (!(await sleep(backoffDelay(this.backoff, attempt), this.abort.signal))) return;
      try {
        this.follow(this.stored ?? (await this.checkpoints.load(this.options.name)));
        return;
      } catch (error) {
        this.options.logger.error('relay resubscribe failed', { relay: this.options.name, attempt, error: errorMessage(error) });
      }
    }
  }
}

function mapAll(events: readonly RecordedEvent[], map: IntegrationEventMapper): IntegrationEvent[] {
  return events.flatMap((event) => {
    const message = map(event);
    if (message === null) return [];
    // Consumers deduplicate on the id, so it must be the source event's, stable across replays.
    if (message.id !== event.eventId) throw new Error(`mapper gave ${event.type} ${event.eventId} the id ${message.id}`);
    return [message];
  });
}
