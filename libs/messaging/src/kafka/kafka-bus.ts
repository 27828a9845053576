import { dlqTopicFor, type IntegrationEvent } from '@hpc-access/contracts';
import { Kafka, logLevel, Partitioners, type Producer } from 'kafkajs';
import type { RetryPolicy } from '../in-process-bus';
import { errorMessage, type Logger } from '../logger';
import type { BusSubscription, MessageBus, MessageHandler, SubscribeOptions } from '../message-bus';
import { toKafkaMessage } from './cloud-event-message';
import { kafkaLogCreator } from './kafka-log';
import type { KafkaBusOptions, KafkaConsumerTuning } from './kafka-options';
import { KafkaSubscription, SubscriptionStopping, type DeadLetterRecord } from './kafka-subscription';
import { createTopicsWhereAllowed, type TopicDefinition } from './topic-definitions';

/** All in-sync replicas: a publish resolves only once the message survives the loss of the leader. */
const ACKS_ALL = -1;
const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 5, initialDelayMs: 200, maxDelayMs: 5_000 };
const DEAD_LETTER_BACKOFF = { initialDelayMs: 500, maxDelayMs: 30_000 };
/** Messages handled in one batch (one transaction, for the inbox consumers): bounds its size and locks. */
const DEFAULT_MAX_BATCH = 100;

/**
 * The integration-event bus on Kafka (ARCHITECTURE.md section 4, ADR 0007). Each event is a
 * CloudEvents 1.0 record in binary mode keyed by its subject; consumers get back the same
 * envelope the in-process bus delivers. One producer per bus (publishes and dead letters), one
 * kafkajs consumer per subscription.
 */
export class KafkaBus implements MessageBus {
  private readonly kafka: Kafka;
  private readonly producer: Producer;
  private readonly logger: Logger;
  private readonly retry: RetryPolicy;
  private readonly tuning: KafkaConsumerTuning;
  private readonly subscriptions = new Set<KafkaSubscription>();
  private producerConnected: Promise<void> | null = null;
  private closed = false;

  constructor(private readonly options: KafkaBusOptions) {
    this.logger = options.logger;
    this.retry = options.retry ?? DEFAULT_RETRY;
    this.tuning = options.consumer ?? {};
    this.kafka = new Kafka({
      brokers: options.brokers,
      clientId: options.clientId,
      ssl: options.ssl,
      sasl: options.sasl,
      retry: options.clientRetry,
      logLevel: logLevel.WARN,
      // A stopping subscription throws out of eachMessage on purpose (SubscriptionStopping);
      // kafkajs would log that as a handler failure.
      logCreator: kafkaLogCreator(this.logger, (fields) => fields.error instanceof SubscriptionStopping),
    });
    const idempotent = options.idempotent ?? true;
    this.producer = this.kafka.producer({
      // Murmur2 on the key, as the Java client: a key maps to the same partition whichever
      // of them publishes.
      createPartitioner: Partitioners.DefaultPartitioner,
      idempotent,
      // One request in flight per broker: a retried request cannot overtake the next one, so a
      // key's messages stay in order even without idempotence.
      maxInFlightRequests: 1,
      // Topics come from infra/kafka/topics.json: a misspelt one must fail, not appear.
      allowAutoTopicCreation: false,
    });
  }

  async publish(topic: string, messages: readonly IntegrationEvent[]): Promise<void> {
    this.assertOpen();
    // Encoded before anything is sent: a message that cannot be encoded refuses the batch.
    const records = messages.map(toKafkaMessage);
    if (records.length === 0) return;
    await this.connectProducer();
    await this.producer.send({ topic, messages: records, acks: ACKS_ALL });
  }

  async subscribe(topic: string, group: string, handler: MessageHandler, options: SubscribeOptions = {}): Promise<BusSubscription> {
    this.assertOpen();
    const { tuning } = this;
    const consumer = this.kafka.consumer({
      groupId: group,
      maxWaitTimeInMs: tuning.maxWaitTimeInMs,
      sessionTimeout: tuning.sessionTimeoutMs,
      heartbeatInterval: tuning.heartbeatIntervalMs,
      retry: tuning.retry,
      partitionAssigners: tuning.partitionAssigners,
      allowAutoTopicCreation: false,
    });
    const subscription: KafkaSubscription = new KafkaSubscription({
      topic,
      group,
      consumer,
      handler,
      batch: options.batch,
      maxBatch: tuning.maxBatch ?? DEFAULT_MAX_BATCH,
      retry: this.retry,
      logger: this.logger,
      sendDeadLetter: (record) => this.sendDeadLetter(topic, record),
      deadLetterBackoff: DEAD_LETTER_BACKOFF,
      onStopped: () => this.subscriptions.delete(subscription),
    });
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (payload.restart || subscription.stopped) return;
      this.logger.error('kafka consumer crashed for good', { topic, group, error: errorMessage(payload.error) });
      (this.options.onFatal ?? exitProcess(this.logger))(payload.error, { topic, group });
    });
    this.subscriptions.add(subscription);
    try {
      await consumer.connect();
      // A new group starts at the beginning, as on the in-process bus: nothing published before
      // the first consumer joined is skipped.
      await consumer.subscribe({ topic, fromBeginning: true });
      const partitionsConsumedConcurrently = tuning.partitionsConsumedConcurrently ?? 3;
      await consumer.run(
        options.batch
          ? { partitionsConsumedConcurrently, eachBatchAutoResolve: false, eachBatch: subscription.handleBatch }
          : { partitionsConsumedConcurrently, eachMessage: subscription.handle },
      );
    } catch (error) {
      await subscription.stop().catch(() => undefined);
      throw error;
    }
    return subscription;
  }

  /** Creates the topics where the cluster allows it (see createTopicsWhereAllowed). */
  createTopicsWhereAllowed(definitions: readonly TopicDefinition[]): Promise<boolean> {
    return createTopicsWhereAllowed(this.kafka.admin({ retry: this.options.adminRetry }), definitions, this.logger);
  }

  /** Stops every subscription (a message in hand is not acknowledged) and disconnects. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.allSettled([...this.subscriptions].map((subscription) => subscription.stop()));
    if (this.producerConnected) await this.producer.disconnect();
  }

  private async sendDeadLetter(topic: string, record: DeadLetterRecord): Promise<void> {
    await this.connectProducer();
    await this.producer.send({ topic: dlqTopicFor(topic), messages: [record], acks: ACKS_ALL });
  }

  /** Connects on first use; a failed connect is tried again by the next publish. */
  private connectProducer(): Promise<void> {
    this.producerConnected ??= this.producer.connect().catch((error: unknown) => {
      this.producerConnected = null;
      throw error;
    });
    return this.producerConnected;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('the kafka bus is closed');
  }
}

function exitProcess(logger: Logger) {
  return (error: Error, where: { topic: string; group: string }) => {
    logger.error('ending the process: a consumer is gone for good', { ...where, error: errorMessage(error) });
    process.exit(1);
  };
}
