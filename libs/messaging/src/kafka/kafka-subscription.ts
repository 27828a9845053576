import type { Consumer, EachBatchPayload, EachMessagePayload, KafkaMessage } from 'kafkajs';
import { isWritesRefused } from '@hpc-access/sql';
import { backoffDelay, sleep, type BackoffPolicy } from '../backoff';
import { DeadLetterError, deadLetterHeaders } from '../dead-letter';
import type { RetryPolicy } from '../in-process-bus';
import { errorMessage, type Logger } from '../logger';
import type { BatchHandler, BusSubscription, DeliveredMessage, MessageHandler } from '../message-bus';
import { headersToStrings, toEnvelope } from './cloud-event-message';

/**
 * Thrown out of `eachMessage` when the subscription stops with a message in hand: kafkajs then
 * neither resolves nor commits its offset, so the group's next member gets it again.
 */
export class SubscriptionStopping extends Error {
  override readonly name = 'SubscriptionStopping';
}

export interface DeadLetterRecord {
  key: Buffer | null;
  value: Buffer | null;
  headers: Record<string, string>;
}

export interface KafkaSubscriptionOptions {
  topic: string;
  group: string;
  consumer: Consumer;
  handler: MessageHandler;
  /** Handles runs of messages at once; without it, each message goes to `handler` alone. */
  batch?: BatchHandler;
  /** The most messages given to `batch` at once. */
  maxBatch: number;
  retry: RetryPolicy;
  logger: Logger;
  /** Writes to the topic's `.dlq`; resolves once the broker acknowledged. */
  sendDeadLetter: (record: DeadLetterRecord) => Promise<void>;
  /** Waits between attempts to dead-letter while the broker refuses. */
  deadLetterBackoff: BackoffPolicy;
  onStopped: () => void;
}

/**
 * One consumer in one group. Each message goes to the handler; a throw is retried with backoff,
 * then the message is dead-lettered with the reason and the partition moves on, as on the
 * in-process bus. Only an acknowledged or dead-lettered message has its offset committed.
 */
export class KafkaSubscription implements BusSubscription {
  private readonly abort = new AbortController();
  private stopping: Promise<void> | null = null;

  constructor(private readonly options: KafkaSubscriptionOptions) {}

  get stopped(): boolean {
    return this.abort.signal.aborted;
  }

  /** The `eachMessage` of the consumer: returns once the message is settled, throws to leave it unsettled. */
  readonly handle = async ({ topic, partition, message, heartbeat }: EachMessagePayload): Promise<void> => {
    const { handler, retry, logger, group } = this.options;
    const headers = headersToStrings(message.headers);
    for (let attempt = 1; ; attempt++) {
      this.throwIfStopping();
      try {
        await handler(delivered(topic, partition, message, headers));
        return;
      } catch (error) {
        this.throwIfStopping();
        if (isWritesRefused(error)) {
          // The process appends nothing (an altered history): the message waits, uncommitted and
          // never dead-lettered; the refusal was logged once where it was decided.
          attempt = 0;
          if (!(await sleep(retry.maxDelayMs, this.abort.signal))) throw new SubscriptionStopping();
          await heartbeat();
          continue;
        }
        if (error instanceof DeadLetterError || attempt >= retry.maxAttempts) {
          await this.deadLetter(topic, partition, message, headers, error, attempt, heartbeat);
          return;
        }
        logger.warn('message handler failed; retrying', { topic, group, partition, offset: message.offset, attempt, error: errorMessage(error) });
        if (!(await sleep(backoffDelay(retry, attempt), this.abort.signal))) throw new SubscriptionStopping();
        // Keeps the membership alive through long retries. A rebalance makes it throw: the
        // partition may be another member's now, so the message is left to whoever has it.
        await heartbeat();
      }
    }
  };

  /**
   * The `eachBatch` of the consumer when a batch handler is given: up to `maxBatch` messages of
   * the partition go to it at once and are acknowledged together. A run it refuses goes through
   * `handle` one message at a time: retries and dead letters stay per message.
   */
  readonly handleBatch = async ({ batch, resolveOffset, heartbeat, pause, isRunning, isStale }: EachBatchPayload): Promise<void> => {
    const { topic, partition } = batch;
    const { maxBatch, batch: handleRun } = this.options;
    for (let start = 0; start < batch.messages.length; start += maxBatch) {
      // A rebalance took the partition, or the consumer stops: the rest is left to whoever has it.
      if (!isRunning() || isStale()) return;
      this.throwIfStopping();
      const run = batch.messages.slice(start, start + maxBatch);
      if (handleRun && run.length > 1 && (await this.handledAtOnce(handleRun, topic, partition, run))) {
        resolveOffset(run[run.length - 1].offset);
      } else {
        for (const message of run) {
          await this.handle({ topic, partition, message, heartbeat, pause });
          resolveOffset(message.offset);
        }
      }
      await heartbeat();
    }
  };

  /** Hands `run` to the batch handler; false (and why, in the log) when it refused it. */
  private async handledAtOnce(handleRun: BatchHandler, topic: string, partition: number, run: KafkaMessage[]): Promise<boolean> {
    try {
      await handleRun(run.map((message) => delivered(topic, partition, message, headersToStrings(message.headers))));
      return true;
    } catch (error) {
      this.throwIfStopping();
      const { group, logger } = this.options;
      logger.info('batch not handled at once; one message at a time', { topic, group, partition, from: run[0].offset, messages: run.length, error: errorMessage(error) });
      return false;
    }
  }

  stop(): Promise<void> {
    this.stopping ??= (async () => {
      this.abort.abort();
      this.options.onStopped();
      // Waits for the message in hand, leaves the group (its partitions move at once) and closes.
      await this.options.consumer.disconnect();
    })();
    return this.stopping;
  }

  /** Dead-lettering is retried until the broker takes it: dropping it would lose the message. */
  private async deadLetter(
    topic: string,
    partition: number,
    message: KafkaMessage,
    headers: Record<string, string>,
    error: unknown,
    attempts: number,
    heartbeat: () => Promise<void>,
  ): Promise<void> {
    const { group, logger, sendDeadLetter, deadLetterBackoff } = this.options;
    const { offset } = message;
    const reason = deadLetterHeaders(error, { topic, partition, offset, group, attempts, failedAt: new Date() });
    const record = { key: message.key, value: message.value, headers: { ...headers, ...reason } };
    for (let attempt = 1; ; attempt++) {
      try {
        await sendDeadLetter(record);
        logger.error('message dead-lettered', { topic, group, partition, offset, attempts, error: errorMessage(error) });
        return;
      } catch (sendError) {
        logger.warn('dead-lettering failed; retrying', { topic, group, partition, offset, attempt, error: errorMessage(sendError) });
        if (!(await sleep(backoffDelay(deadLetterBackoff, attempt), this.abort.signal))) throw new SubscriptionStopping();
        await heartbeat();
      }
    }
  }

  private throwIfStopping(): void {
    if (this.abort.signal.aborted) throw new SubscriptionStopping();
  }
}

function delivered(topic: string, partition: number, message: KafkaMessage, headers: Record<string, string>): DeliveredMessage {
  return {
    topic,
    key: message.key?.toString('utf8') ?? '',
    partition,
    offset: message.offset,
    // Parsed afresh per attempt, as the in-process bus does: a handler cannot change what a retry sees.
    value: toEnvelope(message.value, headers),
    headers: { ...headers },
  };
}
