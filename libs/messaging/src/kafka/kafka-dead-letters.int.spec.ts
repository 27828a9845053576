import { dlqTopicFor } from '@hpc-access/contracts';
import { Kafka, logLevel, Partitioners, type Consumer, type Producer } from 'kafkajs';
import { DLQ_HEADERS } from '../dead-letter';
import type { DeliveredMessage } from '../message-bus';
import { eventually } from '../testing-only/eventually';
import { applicationWithdrawn, type ApplicationWithdrawnEvent } from '../testing-only/integration-events';
import { createTestTopic, mockKafkaBusOptions, startMockKafka, type MockKafka } from '../testing-only/mock-kafka';
import { RecordingLogger } from '../testing-only/recording-logger';
import { headersToStrings } from './cloud-event-message';
import { KafkaBus } from './kafka-bus';

const DELIVERY = { timeoutMs: 15_000, intervalMs: 20 };

interface RawRecord {
  key: string | undefined;
  value: string | undefined;
  partition: number;
  headers: Record<string, string>;
}

describe('dead letters on Kafka', () => {
  let mock: MockKafka;
  let bus: KafkaBus;
  let logger: RecordingLogger;
  let client: Kafka;
  let rawProducer: Producer;
  let dlqReaders: Consumer[];
  const fatal: Error[] = [];

  beforeAll(async () => {
    mock = await startMockKafka({ topics: [] });
    // A plain kafkajs client, to write what our bus never would and read dead letters as bytes.
    client = new Kafka({ brokers: mock.brokers, clientId: 'dlq-test', logLevel: logLevel.NOTHING });
    rawProducer = client.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await rawProducer.connect();
  });
  afterAll(async () => {
    await rawProducer?.disconnect();
    await mock?.stop();
  });
  beforeEach(() => {
    logger = new RecordingLogger();
    fatal.length = 0;
    dlqReaders = [];
    bus = new KafkaBus(mockKafkaBusOptions(mock, logger, (error) => fatal.push(error)));
  });
  afterEach(async () => {
    await Promise.all([bus.close(), ...dlqReaders.map((reader) => reader.disconnect())]);
    expect(fatal).toEqual([]);
  });

  /** Everything that arrives on `topic`, untouched by our decoding. */
  async function readRaw(topic: string): Promise<RawRecord[]> {
    const records: RawRecord[] = [];
    const reader = client.consumer({ groupId: `reader-${topic}`, maxWaitTimeInMs: 100 });
    dlqReaders.push(reader);
    await reader.connect();
    await reader.subscribe({ topic, fromBeginning: true });
    await reader.run({
      eachMessage: async ({ partition, message }) => {
        records.push({ key: message.key?.toString(), value: message.value?.toString(), partition, headers: headersToStrings(message.headers) });
      },
    });
    return records;
  }

  const idOf = (message: DeliveredMessage) => (message.value as ApplicationWithdrawnEvent).id;

  it('sends a message whose body is not JSON to the .dlq at once with the reason, and handles the next one on its partition', async () => {
    const topic = await createTestTopic(mock, 3);
    await rawProducer.send({ topic, messages: [{ key: 'app-1', value: 'not json {', headers: { ce_specversion: '1.0', ce_id: 'broken-1' } }] });
    const next = applicationWithdrawn('app-1');
    await bus.publish(topic, [next]);
    const handled: DeliveredMessage[] = [];

    // Both groups form at once: each takes the mock's initial rebalance delay.
    const [, dead] = await Promise.all([bus.subscribe(topic, 'intake-reader', async (m) => void handled.push(m)), readRaw(dlqTopicFor(topic))]);

    await eventually(() => expect(handled.map(idOf)).toEqual([next.id]), DELIVERY);
    await eventually(() => expect(dead).toHaveLength(1), DELIVERY);
    const [letter] = dead;
    expect(handled[0].offset).toBe('1');
    expect(letter).toMatchObject({ key: 'app-1', value: 'not json {' });
    expect(letter.headers).toMatchObject({
      ce_id: 'broken-1',
      [DLQ_HEADERS.reason]: 'message body is not JSON',
      [DLQ_HEADERS.originalTopic]: topic,
      [DLQ_HEADERS.originalPartition]: String(handled[0].partition),
      [DLQ_HEADERS.originalOffset]: '0',
      [DLQ_HEADERS.group]: 'intake-reader',
      [DLQ_HEADERS.attempts]: '1',
    });
    expect(JSON.parse(letter.headers[DLQ_HEADERS.details])).toEqual({ error: expect.stringMatching(/JSON/) });
    expect(logger.at('error').filter((e) => e.message === 'message dead-lettered')).toHaveLength(1);
    expect(logger.at('warn').filter((e) => e.message === 'message handler failed; retrying')).toEqual([]);
  });

  it('sends a message whose handler keeps failing to the .dlq after the retries, and handles the next one on its partition', async () => {
    const topic = await createTestTopic(mock, 3);
    const poison = applicationWithdrawn('app-2');
    const next = applicationWithdrawn('app-2');
    await bus.publish(topic, [poison, next]);
    const handled: DeliveredMessage[] = [];
    let attempts = 0;

    const [, dead] = await Promise.all([
      bus.subscribe(topic, 'allocation-reader', async (message) => {
        if (idOf(message) === poison.id) {
          attempts++;
          throw new Error('allocation store unavailable');
        }
        handled.push(message);
      }),
      readRaw(dlqTopicFor(topic)),
    ]);

    await eventually(() => expect(handled.map(idOf)).toEqual([next.id]), DELIVERY);
    await eventually(() => expect(dead).toHaveLength(1), DELIVERY);
    // mockKafkaBusOptions allows 3 attempts.
    expect(attempts).toBe(3);
    const [letter] = dead;
    expect(letter.key).toBe('app-2');
    expect(JSON.parse(letter.value ?? '')).toEqual(poison.data);
    expect(letter.headers).toMatchObject({
      ce_id: poison.id,
      ce_type: poison.type,
      [DLQ_HEADERS.reason]: 'allocation store unavailable',
      [DLQ_HEADERS.originalTopic]: topic,
      [DLQ_HEADERS.originalPartition]: String(handled[0].partition),
      [DLQ_HEADERS.originalOffset]: '0',
      [DLQ_HEADERS.group]: 'allocation-reader',
      [DLQ_HEADERS.attempts]: '3',
    });
    expect(new Date(letter.headers[DLQ_HEADERS.failedAt]).getTime()).not.toBeNaN();
    expect(logger.at('warn').filter((e) => e.message === 'message handler failed; retrying')).toHaveLength(2);
  });
});
