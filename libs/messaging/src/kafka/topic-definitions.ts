import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BOUNDED_CONTEXTS, dlqTopicFor, topicFor, type BoundedContext } from '@hpc-access/contracts';
import type { Admin } from 'kafkajs';
import { findRepoFile } from '@hpc-access/sql';
import { errorMessage, type Logger } from '../logger';

/** One Kafka topic as it should exist on the cluster. */
export interface TopicDefinition {
  readonly name: string;
  readonly partitions: number;
  readonly replicationFactor: number;
  /** Topic-level configuration (`retention.ms`, `min.insync.replicas`), as Kafka spells it. */
  readonly config: Readonly<Record<string, string>>;
}

interface TopicsFile {
  replicationFactor: number;
  minInsyncReplicas: number;
  retentionMs: number;
  topics: { context: string; majorVersion: number; partitions: number; dlqPartitions: number }[];
}

/**
 * The topics of infra/kafka/topics.json, each context's topic followed by its `.dlq`. Names are
 * built by topicFor/dlqTopicFor, the one place where topic names are spelled.
 */
export function loadTopicDefinitions(path: string = findRepoFile(join('infra', 'kafka', 'topics.json'), __dirname)): TopicDefinition[] {
  const file = JSON.parse(readFileSync(path, 'utf8')) as TopicsFile;
  const fail = (why: string): never => {
    throw new Error(`${path}: ${why}`);
  };
  for (const field of ['replicationFactor', 'minInsyncReplicas', 'retentionMs'] as const) {
    if (!isPositiveInteger(file[field])) fail(`${field} must be a positive integer`);
  }
  if (!Array.isArray(file.topics) || file.topics.length === 0) fail('topics must be a non-empty list');
  const config = { 'retention.ms': String(file.retentionMs), 'min.insync.replicas': String(file.minInsyncReplicas) };
  const definitions = file.topics.flatMap((entry) => {
    if (!BOUNDED_CONTEXTS.includes(entry.context as BoundedContext)) fail(`unknown context ${entry.context}`);
    for (const field of ['majorVersion', 'partitions', 'dlqPartitions'] as const) {
      if (!isPositiveInteger(entry[field])) fail(`${entry.context}: ${field} must be a positive integer`);
    }
    const name = topicFor(entry.context as BoundedContext, entry.majorVersion);
    const { replicationFactor } = file;
    return [
      { name, partitions: entry.partitions, replicationFactor, config },
      { name: dlqTopicFor(name), partitions: entry.dlqPartitions, replicationFactor, config },
    ];
  });
  const names = definitions.map((definition) => definition.name);
  const duplicate = names.find((name, index) => names.indexOf(name) !== index);
  if (duplicate) fail(`${duplicate} is defined twice`);
  return definitions;
}

/**
 * Creates the topics that do not exist yet, on a cluster that accepts admin requests; existing
 * ones are left as they are. Never throws: where the broker refuses (librdkafka's mock cluster
 * has no controller to answer CreateTopics; a managed cluster may deny the ACL) the topics must
 * have been created by whoever runs the broker, so the failure is logged and start-up goes on.
 * On a cluster smaller than the replication factor (one broker in development) replication is
 * capped at the broker count, with a warning, rather than failing.
 */
export async function createTopicsWhereAllowed(admin: Admin, definitions: readonly TopicDefinition[], logger: Logger): Promise<boolean> {
  try {
    await admin.connect();
    const { brokers } = await admin.describeCluster();
    const wanted = Math.max(...definitions.map((d) => d.replicationFactor));
    if (brokers.length < wanted) {
      logger.warn('kafka cluster smaller than the topics\' replication factor; capping it', { brokers: brokers.length, replicationFactor: wanted });
    }
    const created = await admin.createTopics({
      waitForLeaders: true,
      topics: definitions.map((definition) => {
        const replicationFactor = Math.min(definition.replicationFactor, brokers.length);
        const config = { ...definition.config, 'min.insync.replicas': String(Math.min(Number(definition.config['min.insync.replicas'] ?? 1), replicationFactor)) };
        return {
          topic: definition.name,
          numPartitions: definition.partitions,
          replicationFactor,
          configEntries: Object.entries(config).map(([name, value]) => ({ name, value })),
        };
      }),
    });
    logger.info(created ? 'kafka topics created' : 'kafka topics already exist', { topics: definitions.length });
    return true;
  } catch (error) {
    logger.warn('kafka topics not created here; they must exist already', { error: errorMessage(error), topics: definitions.map((d) => d.name) });
    return false;
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}
