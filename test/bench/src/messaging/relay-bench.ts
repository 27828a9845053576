import { randomBytes } from 'node:crypto';
import type { Database } from '@hpc-access/sql';
import { PostgresEventStore } from '@hpc-access/eventstore-postgres';
import { runMigrations } from '@hpc-access/sql';
import { Relay, messagingMigrations, toKafkaMessage } from '@hpc-access/messaging';
import type { MockKafka } from '@hpc-access/messaging/testing-only';
import { bulkLoadEvents } from '../bulk-load';
import { benchIntegrationEvent, newBus, rawKafka } from './bench-kafka';

export interface ThroughputResult {
  events: number;
  relaySeconds: number;
  rawSeconds: number;
  relayEventsPerSecond: number;
  rawEventsPerSecond: number;
  ratio: number;
}

const BATCH = Number(process.env.BENCH_RELAY_BATCH ?? 100);
/** The relay reads the store in pages of the store's default size and publishes them BATCH per request. */
const READ_PAGE = 500;

/**
 * Relay throughput: `count` stored events published by the Relay (read a page from the store,
 * map, publish with acks=all, store the checkpoint) against raw kafkajs sending the same messages
 * in the same batches with the same acks to the same broker.
 */
export async function benchRelayThroughput(db: Database, mock: MockKafka, count: number, onProgress: (message: string) => void): Promise<ThroughputResult> {
  const schema = `relay_${randomBytes(3).toString('hex')}`;
  const store = await PostgresEventStore.open(db, { schema });
  await runMigrations(db, schema, messagingMigrations(schema));
  await bulkLoadEvents(db, schema, count, () => undefined);
  const topic = `bench-relay-${schema}.v1`;
  await mock.createTopic(topic, 6);
  await mock.createTopic(`${topic}.dlq`, 6);
  const rawTopic = `bench-raw-${schema}.v1`;
  await mock.createTopic(rawTopic, 6);

  // Raw first: the same messages, produced as the relay will produce them.
  const events = await store.readAll({ maxCount: count });
  const messages = events.map((e) => toKafkaMessage(benchIntegrationEvent(e)));
  onProgress(`raw kafkajs: producing ${messages.length} messages in batches of ${BATCH}`);
  const producer = rawKafka(mock).producer({ idempotent: false, maxInFlightRequests: 1, allowAutoTopicCreation: false });
  await producer.connect();
  const rawStart = process.hrtime.bigint();
  for (let i = 0; i < messages.length; i += BATCH) await producer.send({ topic: rawTopic, acks: -1, messages: messages.slice(i, i + BATCH) });
  const rawSeconds = Number(process.hrtime.bigint() - rawStart) / 1e9;
  await producer.disconnect();

  onProgress(`relay: publishing ${count} stored events`);
  const bus = newBus(mock);
  const relay = new Relay({ name: 'bench', store, db, schema, bus, topic, map: benchIntegrationEvent, logger: { info: () => undefined, warn: () => undefined, error: () => undefined }, batchSize: READ_PAGE, maxPublish: BATCH });
  // Connected before the clock starts, as the raw producer was.
  await bus.publish(rawTopic, [benchIntegrationEvent(events[0])]);
  const head = events[events.length - 1].globalPosition;
  const relayStart = process.hrtime.bigint();
  await relay.start();
  while (relay.checkpoint?.globalPosition !== head) await new Promise((r) => setTimeout(r, 2));
  const relaySeconds = Number(process.hrtime.bigint() - relayStart) / 1e9;
  await relay.stop();
  await bus.close();
  await db.query(`DROP SCHEMA ${schema} CASCADE`);
  return {
    events: count,
    relaySeconds,
    rawSeconds,
    relayEventsPerSecond: count / relaySeconds,
    rawEventsPerSecond: count / rawSeconds,
    ratio: rawSeconds / relaySeconds,
  };
}
