import { dlqTopicFor, type IntegrationEvent } from '@hpc-access/contracts';
import { isWritesRefused } from '@hpc-access/sql';
import { backoffDelay, sleep, type BackoffPolicy } from './backoff';
import { DeadLetterError, deadLetterHeaders } from './dead-letter';
import { errorMessage, type Logger } from './logger';
import type { BusSubscription, DeliveredMessage, MessageBus, MessageHandler } from './message-bus';
import { partitionFor, PartitionedLog, type ConsumerGroup, type Member, type StoredRecord } from './partitioned-log';

export interface RetryPolicy extends BackoffPolicy {
  /** Deliveries of one message to a group before it is dead-lettered, the first included. */
  maxAttempts: number;
}

export interface InProcessBusOptions {
  logger: Logger;
  /** Partitions per topic, default 4: more than one, so nothing comes to rely on an order across keys. */
  partitions?: number;
  retry?: RetryPolicy;
}

const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 5, initialDelayMs: 200, maxDelayMs: 5_000 };

/**
 * The bus of embedded mode and of tests, with Kafka's semantics where consumers can tell:
 * partitioned by key, one offset per group and partition, at-least-once, JSON on the wire,
 * failing messages retried with backoff then dead-lettered while the partition moves on.
 * Records are kept for the life of the process, so a group that joins late reads from the start.
 */
export class InProcessBus implements MessageBus {
  private readonly topics = new Map<string, PartitionedLog>();
  private readonly idleWaiters = new Set<() => void>();
  private readonly logger: Logger;
  private readonly partitions: number;
  private readonly retry: RetryPolicy;
  private closed = false;

  constructor(options: InProcessBusOptions) {
    this.logger = options.logger;
    this.partitions = options.partitions ?? 4;
    this.retry = options.retry ?? DEFAULT_RETRY;
  }

  async publish(topic: string, messages: readonly IntegrationEvent[]): Promise<void> {
    this.assertOpen();
    // Serialise the whole batch before appending any of it: a bad message refuses the batch.
    const serialised = messages.map((message) => ({ key: message.subject, json: JSON.stringify(message) }));
    for (const { key, json } of serialised) this.append(topic, key, json, {});
  }

  async subscribe(topic: string, group: string, handler: MessageHandler): Promise<BusSubscription> {
    this.assertOpen();
    const log = this.log(topic);
    const consumers = log.group(group);
    const member: Member = { handler, abort: new AbortController(), inFlight: new Set() };
    consumers.members.push(member);
    this.wake(log, consumers);
    return { stop: () => this.leave(log, consumers, member) };
  }

  /** Resolves when every group with a member has handled everything published to its topics. */
  idle(timeoutMs = 10_000): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.idleWaiters.delete(done);
        reject(new Error(`bus not idle after ${timeoutMs} ms: ${this.describeLag()}`));
      }, timeoutMs);
      this.idleWaiters.add(done);
    });
  }

  /** Lets every message already published be handled, then closes the bus. */
  async drain(timeoutMs?: number): Promise<void> {
    await this.idle(timeoutMs);
    await this.close();
  }

  /** Stops every subscription; a message in hand is not acknowledged and would come again. */
  async close(): Promise<void> {
    this.closed = true;
    const leaving = [...this.topics.values()].flatMap((log) =>
      [...log.groups.values()].flatMap((group) => group.members.map((member) => this.leave(log, group, member))),
    );
    await Promise.all(leaving);
  }

  /** Everything published to `topic`, in the order it was appended (for tests and tooling). */
  records(topic: string): DeliveredMessage[] {
    return (this.topics.get(topic)?.order ?? []).map((record) => toMessage(topic, record));
  }

  private append(topic: string, key: string, json: string, headers: Record<string, string>): void {
    const log = this.log(topic);
    const partition = log.append(partitionFor(key, this.partitions), key, json, headers);
    for (const group of log.groups.values()) this.wakePartition(log, group, partition);
  }

  private log(topic: string): PartitionedLog {
    let log = this.topics.get(topic);
    if (!log) this.topics.set(topic, (log = new PartitionedLog(topic, this.partitions)));
    return log;
  }

  private wake(log: PartitionedLog, group: ConsumerGroup): void {
    for (let p = 0; p < this.partitions; p++) this.wakePartition(log, group, p);
  }

  private wakePartition(log: PartitionedLog, group: ConsumerGroup, partition: number): void {
    // Deferred, so a handler never runs inside the publish() that made its message.
    if (group.members.length > 0 && !group.busy[partition]) setImmediate(() => void this.pump(log, group, partition));
  }

  /** Feeds one partition to one group, in order; at most one pump per group and partition. */
  private async pump(log: PartitionedLog, group: ConsumerGroup, partition: number): Promise<void> {
    if (group.busy[partition]) return;
    group.busy[partition] = true;
    try {
      for (;;) {
        const record = log.partitions[partition][group.offsets[partition]];
        // Partitions are spread over the group's members the way a Kafka assignor would.
        const member = group.members[partition % group.members.length];
        if (!record || !member) break;
        const delivery = this.deliver(log.topic, group.name, member, record);
        member.inFlight.add(delivery);
        const settled = await delivery;
        member.inFlight.delete(delivery);
        // Not settled: its member left mid-way; the offset stays and the next member gets it again.
        if (settled) group.offsets[partition]++;
      }
    } finally {
      group.busy[partition] = false;
      this.notifyIfIdle();
    }
  }

  /** True once the message is acknowledged or dead-lettered; false if the member left first. */
  private async deliver(topic: string, group: string, member: Member, record: StoredRecord): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      if (member.abort.signal.aborted) return false;
      try {
        await member.handler(toMessage(topic, record));
        return true;
      } catch (error) {
        if (member.abort.signal.aborted) return false;
        if (isWritesRefused(error)) {
          // The process appends nothing (an altered history): the message waits, unacknowledged and
          // never dead-lettered, however long; the refusal was logged once where it was decided.
          attempt = 0;
          if (!(await sleep(this.retry.maxDelayMs, member.abort.signal))) return false;
          continue;
        }
        const where = { topic, group, partition: record.partition, offset: record.offset, attempt, error: errorMessage(error) };
        if (error instanceof DeadLetterError || attempt >= this.retry.maxAttempts) {
          this.deadLetter(topic, group, record, error, attempt);
          return true;
        }
        this.logger.warn('message handler failed; retrying', where);
        if (!(await sleep(backoffDelay(this.retry, attempt), member.abort.signal))) return false;
      }
    }
  }

  private deadLetter(topic: string, group: string, record: StoredRecord, error: unknown, attempts: number): void {
    const offset = String(record.offset);
    const { partition } = record;
    const headers = deadLetterHeaders(error, { topic, partition, offset, group, attempts, failedAt: new Date() });
    this.logger.error('message dead-lettered', { topic, group, partition, offset, attempts, error: errorMessage(error) });
    this.append(dlqTopicFor(topic), record.key, record.json, { ...record.headers, ...headers });
  }

  private async leave(log: PartitionedLog, group: ConsumerGroup, member: Member): Promise<void> {
    const index = group.members.indexOf(member);
    if (index < 0) return;
    group.members.splice(index, 1);
    member.abort.abort();
    await Promise.allSettled([...member.inFlight]);
    this.wake(log, group);
    this.notifyIfIdle();
  }

  private isIdle(): boolean {
    return [...this.topics.values()].every((log) => log.lag().length === 0);
  }

  private notifyIfIdle(): void {
    if (this.idleWaiters.size === 0 || !this.isIdle()) return;
    for (const resolve of this.idleWaiters) resolve();
    this.idleWaiters.clear();
  }

  private describeLag(): string {
    return [...this.topics.values()].flatMap((log) => log.lag()).join(', ');
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('the in-process bus is closed');
  }
}

function toMessage(topic: string, record: StoredRecord): DeliveredMessage {
  // Parsed afresh per delivery, as from the wire: a handler cannot change what a retry sees.
  return {
    topic,
    key: record.key,
    partition: record.partition,
    offset: String(record.offset),
    value: JSON.parse(record.json),
    headers: { ...record.headers },
  };
}
