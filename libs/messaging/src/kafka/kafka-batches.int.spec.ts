import { dlqTopicFor, IntakeEvents } from '@hpc-access/contracts';
import { Kafka, logLevel } from 'kafkajs';
import { Inbox } from '../inbox';
import { subscribeToIntegrationEvents } from '../integration-event-consumer';
import type { DeliveredMessage } from '../message-bus';
import { eventually } from '../testing-only/eventually';
import { applicationWithdrawn, type ApplicationWithdrawnEvent } from '../testing-only/integration-events';
import { openMessagingDatabase, type MessagingDatabase } from '../testing-only/messaging-database';
import { createTestTopic, mockKafkaBusOptions, startMockKafka, type MockKafka } from '../testing-only/mock-kafka';
import { RecordingLogger } from '../testing-only/recording-logger';
import { KafkaBus } from './kafka-bus';

const DELIVERY = { timeoutMs: 20_000, intervalMs: 20 };
const idOf = (message: DeliveredMessage) => (message.value as ApplicationWithdrawnEvent).id;

describe('consuming a partition a batch at a time on Kafka', () => {
  let mock: MockKafka;
  let database: MessagingDatabase;
  let bus: KafkaBus;
  const fatal: Error[] = [];

  beforeAll(async () => {
    mock = await startMockKafka({ topics: [] });
    database = await openMessagingDatabase('postgres');
    await database.db.query(`CREATE TABLE ${database.schema}.withdrawals (application_id text NOT NULL, event_id text NOT NULL)`);
  });
  afterAll(async () => {
    await database?.dispose();
    await mock?.stop();
  });
  beforeEach(() => {
    fatal.length = 0;
    bus = new KafkaBus(mockKafkaBusOptions(mock, new RecordingLogger(), (error) => fatal.push(error)));
  });
  afterEach(async () => {
    await bus.close();
    expect(fatal).toEqual([]);
  });

  /** One send per event: the mock hands out one record batch per partition and fetch. */
  const publishEach = async (topic: string, events: ApplicationWithdrawnEvent[]) => {
    for (const event of events) await bus.publish(topic, [event]);
  };

  it('hands runs of a partition to the batch handler, each message once and in order', async () => {
    const topic = await createTestTopic(mock, 1);
    const events = Array.from({ length: 40 }, (_, i) => applicationWithdrawn(`app-${i}`));
    // Published before anyone consumes, so the consumer finds runs waiting.
    await bus.publish(topic, events.slice(0, 20));
    await bus.publish(topic, events.slice(20));
    const runs: string[][] = [];
    const single: string[] = [];

    await bus.subscribe(topic, 'batch-reader', async (m) => void single.push(idOf(m)), { batch: async (ms) => void runs.push(ms.map(idOf)) });

    await eventually(() => expect([...runs.flat(), ...single]).toHaveLength(40), DELIVERY);
    expect(runs.flat()).toEqual(events.map((e) => e.id));
    expect(runs.some((run) => run.length > 1)).toBe(true);
    expect(single).toEqual([]);
  });

  it('handles a refused run one message at a time: the poison message alone is dead-lettered', async () => {
    const topic = await createTestTopic(mock, 1);
    const events = ['app-1', 'app-2', 'poison', 'app-3'].map((id) => applicationWithdrawn(id));
    await bus.publish(topic, events);
    const runs: string[][] = [];
    const single: string[] = [];
    const poison = (m: DeliveredMessage) => (m.value as ApplicationWithdrawnEvent).data.applicationId === 'poison';

    await bus.subscribe(
      topic,
      'batch-reader',
      async (m) => {
        if (poison(m)) throw new Error('the handler always fails on this one');
        single.push(idOf(m));
      },
      {
        batch: async (ms) => {
          if (ms.some(poison)) throw new Error('the handler always fails on this one');
          runs.push(ms.map(idOf));
        },
      },
    );

    const dead = await readAll(mock, dlqTopicFor(topic), 1);
    expect(dead.map((d) => d.ce_id)).toEqual([events[2].id]);
    expect(dead[0]['dlq-reason']).toMatch(/always fails/);
    await eventually(() => expect([...runs.flat(), ...single].sort()).toEqual([events[0].id, events[1].id, events[3].id].sort()), DELIVERY);
  });

  it('with the inbox consumers: every event once though some were published twice, the invalid one dead-lettered alone', async () => {
    const topic = await createTestTopic(mock, 2);
    const events = Array.from({ length: 30 }, (_, i) => applicationWithdrawn(`app-${i % 5}-${i}`));
    await publishEach(topic, events.slice(0, 10));
    await bus.publish(topic, events.slice(10));
    // The same events again, as a relay restarted before its checkpoint would publish them.
    await bus.publish(topic, events.slice(10, 20));
    const invalid = { ...applicationWithdrawn('app-invalid'), data: { applicationId: 'app-invalid' } };
    await bus.publish(topic, [invalid as never, applicationWithdrawn('app-after')]);
    const consume = () =>
      subscribeToIntegrationEvents({
        bus,
        db: database.db,
        inbox: new Inbox(database.schema),
        topic,
        group: 'allocation.applications',
        handlers: {
          [IntakeEvents.ApplicationWithdrawn.type]: (event, tx) =>
            tx.query(`INSERT INTO ${database.schema}.withdrawals (application_id, event_id) VALUES ($1, $2)`, [event.data.applicationId, event.id]).then(() => undefined),
        },
      });

    await consume();

    const stored = async () => (await database.db.query<{ event_id: string }>(`SELECT event_id FROM ${database.schema}.withdrawals`)).rows.map((r) => r.event_id);
    await eventually(async () => expect(await stored()).toHaveLength(31), DELIVERY);
    expect(new Set(await stored()).size).toBe(31);
    const dead = await readAll(mock, dlqTopicFor(topic), 1);
    expect(dead.map((d) => d.ce_id)).toEqual([invalid.id]);
    expect(dead[0]['dlq-reason']).toMatch(/invalid integration event/);
  });
});

/** The headers of the first `count` records on `topic`, read with a plain kafkajs consumer. */
async function readAll(mock: MockKafka, topic: string, count: number): Promise<Array<Record<string, string>>> {
  const client = new Kafka({ brokers: mock.brokers, clientId: 'batch-test-reader', logLevel: logLevel.NOTHING });
  const reader = client.consumer({ groupId: `reader-${topic}`, maxWaitTimeInMs: 100 });
  const headers: Array<Record<string, string>> = [];
  await reader.connect();
  await reader.subscribe({ topic, fromBeginning: true });
  await reader.run({
    eachMessage: async ({ message }) => {
      headers.push(Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)])));
    },
  });
  try {
    await eventually(() => expect(headers.length).toBeGreaterThanOrEqual(count), DELIVERY);
    return headers;
  } finally {
    await reader.disconnect();
  }
}
