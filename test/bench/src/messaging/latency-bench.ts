import { randomBytes } from 'node:crypto';
import { handleCommand, newEventId, type Decider } from '@hpc-access/eventsourcing';
import { PostgresEventStore, runMigrations, type Database } from '@hpc-access/eventstore-postgres';
import { Inbox, Relay, messagingMigrations, toKafkaMessage } from '@hpc-access/messaging';
import type { MockKafka } from '@hpc-access/messaging/testing-only';
import { benchIntegrationEvent, newBus, percentile, rawKafka } from './bench-kafka';

export interface LatencyResult {
  commandsPerSecond: number;
  commands: number;
  store: { p50Ms: number; p99Ms: number };
  raw: { p50Ms: number; p99Ms: number };
  p50Ratio: number;
  p99Ratio: number;
}

type Withdraw = { type: 'Withdraw'; data: { applicationId: string } };
type Withdrawn = { type: 'ApplicationWithdrawn'; data: { applicationId: string } };
const decider: Decider<Withdraw, { n: number }, Withdrawn> = {
  initialState: () => ({ n: 0 }),
  evolve: (state) => ({ n: state.n + 1 }),
  decide: (command) => [{ type: 'ApplicationWithdrawn', data: { applicationId: command.data.applicationId } }],
};

const nowMs = () => Number(process.hrtime.bigint()) / 1e6;

/** Issues `fire(i)` at `rate` per second for `seconds`, without waiting for each to finish. */
async function atRate(rate: number, seconds: number, fire: (i: number) => Promise<void>): Promise<void> {
  const total = rate * seconds;
  const start = nowMs();
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - nowMs();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    inFlight.push(fire(i));
  }
  await Promise.all(inFlight);
}

async function until(predicate: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('latency bench: not every message arrived');
    await new Promise((r) => setTimeout(r, 5));
  }
}

const summary = (latencies: number[]) => {
  const sorted = Float64Array.from(latencies).sort();
  return { p50Ms: percentile(sorted, 0.5), p99Ms: percentile(sorted, 0.99) };
};

/**
 * Command to read model: a command accepted by one service (decided and appended), relayed to
 * Kafka, consumed by another service whose read model row commits with its inbox row. Latency is
 * from the command's acceptance to that commit. Baseline: raw kafkajs produce (acks=all) to a raw
 * consumer, the same messages at the same rate on the same broker.
 */
export async function benchCommandToReadModel(db: Database, mock: MockKafka, rate: number, seconds: number, onProgress: (message: string) => void): Promise<LatencyResult> {
  const suffix = randomBytes(3).toString('hex');
  const source = `lat_a_${suffix}`;
  const target = `lat_b_${suffix}`;
  const topic = `bench-latency-${suffix}.v1`;
  const rawTopic = `bench-latency-raw-${suffix}.v1`;
  for (const t of [topic, `${topic}.dlq`, rawTopic]) await mock.createTopic(t, 6);
  const store = await PostgresEventStore.open(db, { schema: source });
  await runMigrations(db, source, messagingMigrations(source));
  await runMigrations(db, target, [...messagingMigrations(target), { name: 'bench/read_model', sql: `CREATE TABLE ${target}.withdrawals (application_id text PRIMARY KEY, event_id text NOT NULL)` }]);

  // Raw: produce, consume, no database.
  onProgress(`raw kafkajs: ${rate} messages/s for ${seconds} s`);
  const kafka = rawKafka(mock);
  const sentAt = new Map<string, number>();
  const rawLatencies: number[] = [];
  const consumer = kafka.consumer({ groupId: `bench-raw-${suffix}`, maxWaitTimeInMs: 10 });
  await consumer.connect();
  await consumer.subscribe({ topic: rawTopic, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const id = message.headers?.ce_id?.toString() ?? '';
      rawLatencies.push(nowMs() - (sentAt.get(id) ?? nowMs()));
    },
  });
  const producer = kafka.producer({ idempotent: false, maxInFlightRequests: 1, allowAutoTopicCreation: false });
  await producer.connect();
  await new Promise((r) => setTimeout(r, 3000)); // the group settles before the clock starts
  await atRate(rate, seconds, async (i) => {
    const event = benchIntegrationEvent({ eventId: newEventId(), streamId: `application-${i % 1000}`, recordedAt: new Date(), metadata: { correlationId: newEventId(), causationId: null } } as never);
    sentAt.set(event.id, nowMs());
    await producer.send({ topic: rawTopic, acks: -1, messages: [toKafkaMessage(event)] });
  });
  await until(() => rawLatencies.length >= rate * seconds, 60_000);
  await producer.disconnect();
  await consumer.disconnect();

  // Our path: command -> store -> relay -> Kafka -> consumer -> inbox + read model.
  onProgress(`store, relay, consumer and read model: ${rate} commands/s for ${seconds} s`);
  const acceptedAt = new Map<string, number>();
  // Commits can be seen by the consumer before handleCommand has returned here: pair them up at the end.
  const committedAt = new Map<string, number>();
  const publisherBus = newBus(mock);
  const publishedAt = new Map<string, number>();
  const publish = publisherBus.publish.bind(publisherBus);
  publisherBus.publish = async (t, events) => {
    await publish(t, events);
    for (const e of events) publishedAt.set(e.id, nowMs());
  };
  const consumerBus = newBus(mock);
  const relay = new Relay({ name: 'bench', store, db, schema: source, bus: publisherBus, topic, map: benchIntegrationEvent, logger: { info: () => undefined, warn: () => undefined, error: () => undefined } });
  await relay.start();
  const inbox = new Inbox(target);
  const subscription = await consumerBus.subscribe(topic, `bench-${suffix}`, async (message) => {
    const event = message.value as { id: string; data: { applicationId: string } };
    await inbox.handle(db, 'bench', event.id, (tx) =>
      tx.query(`INSERT INTO ${target}.withdrawals (application_id, event_id) VALUES ($1, $2) ON CONFLICT (application_id) DO UPDATE SET event_id = EXCLUDED.event_id`, [event.data.applicationId, event.id]).then(() => undefined),
    );
    committedAt.set(event.id, nowMs());
  });
  await new Promise((r) => setTimeout(r, 3000));
  await atRate(rate, seconds, async (i) => {
    const applicationId = `app-${suffix}-${i}`;
    const result = await handleCommand(store, decider, `application-${applicationId}`, { type: 'Withdraw', data: { applicationId } }, { now: new Date(), actor: { id: 'bench', role: 'applicant' }, correlationId: newEventId(), causationId: null });
    for (const event of result.events) acceptedAt.set(event.eventId, nowMs());
  });
  await until(() => committedAt.size >= rate * seconds, 60_000);
  const latencies = [...acceptedAt].map(([id, accepted]) => (committedAt.get(id) ?? Number.NaN) - accepted);
  if (latencies.some(Number.isNaN)) throw new Error('latency bench: an accepted command never reached the read model');
  const toPublish = [...acceptedAt].map(([id, accepted]) => (publishedAt.get(id) ?? Number.NaN) - accepted);
  onProgress(`  accepted -> published: p50 ${summary(toPublish).p50Ms.toFixed(1)} ms, p99 ${summary(toPublish).p99Ms.toFixed(1)} ms`);
  await subscription.stop();
  await relay.stop();
  await publisherBus.close();
  await consumerBus.close();
  for (const schema of [source, target]) await db.query(`DROP SCHEMA ${schema} CASCADE`);

  const store_ = summary(latencies);
  const raw = summary(rawLatencies);
  return { commandsPerSecond: rate, commands: rate * seconds, store: store_, raw, p50Ratio: store_.p50Ms / raw.p50Ms, p99Ratio: store_.p99Ms / raw.p99Ms };
}
