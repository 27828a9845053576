import type { PartitionAssigner, RetryOptions, SASLOptions } from 'kafkajs';
import type { RetryPolicy } from '../in-process-bus';
import type { Logger } from '../logger';

/** Where the cluster is and how to reach it: the part of the options that comes from the environment. */
export interface KafkaConnectionOptions {
  brokers: string[];
  clientId: string;
  ssl?: boolean;
  sasl?: SASLOptions;
  /**
   * An idempotent producer keeps a retried batch from being written twice. On by default; off
   * only against librdkafka's mock cluster, which cannot answer the producer id request.
   */
  idempotent?: boolean;
}

/** Consumer settings that differ between a real cluster and the test broker. Defaults are kafkajs' own. */
export interface KafkaConsumerTuning {
  /** How long a Fetch may wait for data (kafkajs default 5 s). The mock never cuts the wait short. */
  maxWaitTimeInMs?: number;
  sessionTimeoutMs?: number;
  heartbeatIntervalMs?: number;
  /** kafkajs' own retries of fetches and group requests before the consumer restarts. */
  retry?: RetryOptions;
  /** Default: kafkajs' round-robin assigner. */
  partitionAssigners?: PartitionAssigner[];
  /**
   * Partitions a member handles at once. More than one, so a message waiting out its retries
   * holds back its own partition only. Default 3.
   */
  partitionsConsumedConcurrently?: number;
  /** The most messages of a partition handled at once when the consumer handles batches. Default 100. */
  maxBatch?: number;
}

export interface KafkaBusOptions extends KafkaConnectionOptions {
  logger: Logger;
  /** Handler attempts per message before it is dead-lettered; as the in-process bus has it. */
  retry?: RetryPolicy;
  /**
   * kafkajs' retries of a request (connecting, a send, a group request); kafkajs defaults when
   * absent. A publish rejects once they are spent: the relay retries it for as long as it takes.
   */
  clientRetry?: RetryOptions;
  /** Retries of admin requests (topic creation at start). */
  adminRetry?: RetryOptions;
  consumer?: KafkaConsumerTuning;
  /**
   * A consumer that kafkajs gave up on for good (a `crash` without restart). The default ends
   * the process, so the orchestrator restarts it: a service must never idle on with a dead
   * consumer, and at-least-once delivery with the inbox makes an abrupt exit safe.
   */
  onFatal?: (error: Error, where: { topic: string; group: string }) => void;
}

const SASL_MECHANISMS = ['plain', 'scram-sha-256', 'scram-sha-512'] as const;

/**
 * The connection from the environment: `KAFKA_BROKERS` (host:port, comma-separated; required,
 * no broker address is built in), `KAFKA_CLIENT_ID` (default `hpc-access`), `KAFKA_SSL=true`,
 * `KAFKA_SASL_MECHANISM` (plain, scram-sha-256, scram-sha-512) with `KAFKA_SASL_USERNAME` and
 * `KAFKA_SASL_PASSWORD`, and `KAFKA_IDEMPOTENT=false` for brokers that cannot serve it.
 */
export function kafkaOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): KafkaConnectionOptions {
  const brokers = (env.KAFKA_BROKERS ?? '').split(',').map((broker) => broker.trim()).filter(Boolean);
  if (brokers.length === 0) throw new Error('KAFKA_BROKERS is not set: give the Kafka bootstrap servers as host:port,host:port');
  for (const broker of brokers) {
    if (!/^[^\s:]+:\d{1,5}$/.test(broker)) throw new Error(`KAFKA_BROKERS: ${broker} is not host:port`);
  }
  const options: KafkaConnectionOptions = {
    brokers,
    clientId: env.KAFKA_CLIENT_ID?.trim() || 'hpc-access',
    ssl: parseBoolean('KAFKA_SSL', env.KAFKA_SSL, false),
    idempotent: parseBoolean('KAFKA_IDEMPOTENT', env.KAFKA_IDEMPOTENT, true),
  };
  const mechanism = env.KAFKA_SASL_MECHANISM?.trim().toLowerCase();
  if (mechanism) {
    if (!SASL_MECHANISMS.includes(mechanism as (typeof SASL_MECHANISMS)[number])) {
      throw new Error(`KAFKA_SASL_MECHANISM must be one of ${SASL_MECHANISMS.join(', ')}: ${mechanism}`);
    }
    const { KAFKA_SASL_USERNAME: username, KAFKA_SASL_PASSWORD: password } = env;
    if (!username || !password) throw new Error('KAFKA_SASL_MECHANISM needs KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD');
    options.sasl = { mechanism: mechanism as (typeof SASL_MECHANISMS)[number], username, password } as SASLOptions;
  }
  return options;
}

function parseBoolean(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value.trim() === '') return fallback;
  const normalised = value.trim().toLowerCase();
  if (normalised === 'true') return true;
  if (normalised === 'false') return false;
  throw new Error(`${name} must be true or false: ${value}`);
}
