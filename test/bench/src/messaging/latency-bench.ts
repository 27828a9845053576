import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { handleCommand, newEventId, type Decider } from '@hpc-access/eventsourcing';
import { PostgresEventStore } from '@hpc-access/eventstore-postgres';
import { runMigrations, type Database } from '@hpc-access/sql';
import { Relay, messagingMigrations, toKafkaMessage } from '@hpc-access/messaging';
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

/**
 * Both sides first run this long at the measured rate, unmeasured: the consumer's first second
 * (JIT, a second pool connection, the group's first fetches) is a start-up cost, not the latency
 * of a running service, and it would otherwise be most of the p99.
 */
const WARM_UP_SECONDS = 3;

/** Absolute time in ms with sub-millisecond resolution, comparable across processes. */
const now = () => performance.timeOrigin + performance.now();

/** Issues `fire(i)` at `rate` per second for `seconds`, without waiting for each to finish. */
async function atRate(rate: number, seconds: number, fire: (i: number) => Promise<void>): Promise<void> {
  const total = rate * seconds;
  const start = now();
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const wait = start + (i * 1000) / rate - now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    inFlight.push(fire(i));
  }
  await Promise.all(inFlight);
}

const summary = (latencies: number[]) => {
  const sorted = Float64Array.from(latencies).sort();
  return { p50Ms: percentile(sorted, 0.5), p99Ms: percentile(sorted, 0.99) };
};

/** The consuming side in a process of its own; resolves with a map it fills as the child reports. */
async function startConsumer(args: string[]): Promise<{ child: ChildProcess; done: Map<string, number> }> {
  const done = new Map<string, number>();
  const child = fork(join(__dirname, 'consumer-process.js'), args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  await new Promise<void>((resolve, reject) => {
    child.on('message', (message: { ready?: boolean; done?: Array<[string, number]> }) => {
      if (message.ready) resolve();
      for (const [id, at] of message.done ?? []) done.set(id, at);
    });
    child.once('exit', (code) => reject(new Error(`bench consumer exited with ${code}`)));
  });
  return { child, done };
}

async function until(predicate: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`latency bench: ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * Command to read model, as distributed mode runs it: a command accepted by one service (decided
 * and appended) in this process, relayed to Kafka, consumed by another service in a second
 * process whose read model row commits with its inbox row. Latency runs from the command's
 * acceptance to that commit. Baseline: raw kafkajs produce (acks=all) here to a raw kafkajs
 * consumer in a second process, the same messages at the same rate on the same broker. Each side
 * warms up at the rate first (WARM_UP_SECONDS).
 */
export async function benchCommandToReadModel(db: Database, databaseUrl: string, mock: MockKafka, rate: number, seconds: number, onProgress: (message: string) => void): Promise<LatencyResult> {
  const suffix = randomBytes(3).toString('hex');
  const source = `lat_a_${suffix}`;
  const target = `lat_b_${suffix}`;
  const topic = `bench-latency-${suffix}.v1`;
  const rawTopic = `bench-latency-raw-${suffix}.v1`;
  const total = rate * seconds;
  const warmUpTotal = rate * WARM_UP_SECONDS;
  for (const t of [topic, `${topic}.dlq`, rawTopic]) await mock.createTopic(t, 6);
  const store = await PostgresEventStore.open(db, { schema: source });
  await runMigrations(db, source, messagingMigrations(source));
  await runMigrations(db, target, [...messagingMigrations(target), { name: 'bench/read_model', sql: `CREATE TABLE ${target}.withdrawals (application_id text PRIMARY KEY, event_id text NOT NULL)` }]);
  const brokers = mock.brokers.join(',');

  onProgress(`raw kafkajs: ${rate} messages/s for ${seconds} s, consumer in a second process`);
  const raw = await startConsumer(['raw', rawTopic, `bench-raw-${suffix}`, brokers]);
  const sentAt = new Map<string, number>();
  const producer = rawKafka(mock).producer({ idempotent: false, maxInFlightRequests: 1, allowAutoTopicCreation: false });
  await producer.connect();
  // The clock starts once the group has settled: one message through first.
  const warm = benchIntegrationEvent({ eventId: newEventId(), streamId: 'warm-up', recordedAt: new Date(), metadata: { correlationId: newEventId(), causationId: null } } as never);
  await producer.send({ topic: rawTopic, acks: -1, messages: [toKafkaMessage(warm)] });
  await until(() => raw.done.has(warm.id), 60_000, 'the raw consumer never joined');
  const produceRaw = (record: boolean) => async (i: number) => {
    const event = benchIntegrationEvent({ eventId: newEventId(), streamId: `application-${i % 1000}`, recordedAt: new Date(), metadata: { correlationId: newEventId(), causationId: null } } as never);
    if (record) sentAt.set(event.id, now());
    await producer.send({ topic: rawTopic, acks: -1, messages: [toKafkaMessage(event)] });
  };
  await atRate(rate, WARM_UP_SECONDS, produceRaw(false));
  await until(() => raw.done.size >= warmUpTotal + 1, 60_000, 'raw warm-up messages missing');
  await atRate(rate, seconds, produceRaw(true));
  await until(() => raw.done.size >= warmUpTotal + total + 1, 60_000, 'raw messages missing');
  await producer.disconnect();
  raw.child.kill();
  const rawLatencies = [...sentAt].map(([id, sent]) => (raw.done.get(id) as number) - sent);

  onProgress(`store, relay, consumer and read model: ${rate} commands/s for ${seconds} s, consumer in a second process`);
  const consumer = await startConsumer(['service', topic, `bench-${suffix}`, brokers, databaseUrl, target]);
  const acceptedAt = new Map<string, number>();
  const bus = newBus(mock);
  const relay = new Relay({ name: 'bench', store, db, schema: source, bus, topic, map: benchIntegrationEvent, logger: { info: () => undefined, warn: () => undefined, error: () => undefined } });
  await relay.start();
  const warmUp = await handleCommand(store, decider, 'application-warm-up', { type: 'Withdraw', data: { applicationId: 'warm-up' } }, { now: new Date(), actor: { id: 'bench', role: 'applicant' }, correlationId: newEventId(), causationId: null });
  await until(() => consumer.done.has(warmUp.events[0].eventId), 60_000, 'the consumer never joined');
  const command = (phase: string, record: boolean) => async (i: number) => {
    const applicationId = `app-${suffix}-${phase}-${i}`;
    const result = await handleCommand(store, decider, `application-${applicationId}`, { type: 'Withdraw', data: { applicationId } }, { now: new Date(), actor: { id: 'bench', role: 'applicant' }, correlationId: newEventId(), causationId: null });
    if (record) for (const event of result.events) acceptedAt.set(event.eventId, now());
  };
  await atRate(rate, WARM_UP_SECONDS, command('warm-up', false));
  await until(() => consumer.done.size >= warmUpTotal + 1, 120_000, 'warm-up commands that never reached the read model');
  await atRate(rate, seconds, command('measured', true));
  await until(() => consumer.done.size >= warmUpTotal + total + 1, 120_000, 'commands that never reached the read model');
  consumer.child.kill();
  await relay.stop();
  await bus.close();
  for (const schema of [source, target]) await db.query(`DROP SCHEMA ${schema} CASCADE`);

  // A commit can be reported before handleCommand returned here: both times are absolute.
  const latencies = [...acceptedAt].map(([id, accepted]) => (consumer.done.get(id) as number) - accepted);
  const ours = summary(latencies);
  const baseline = summary(rawLatencies);
  return { commandsPerSecond: rate, commands: total, store: ours, raw: baseline, p50Ratio: ours.p50Ms / baseline.p50Ms, p99Ratio: ours.p99Ms / baseline.p99Ms };
}
