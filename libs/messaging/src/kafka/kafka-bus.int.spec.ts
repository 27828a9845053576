import { InProcessBus } from '../in-process-bus';
import type { DeliveredMessage } from '../message-bus';
import { eventually } from '../testing-only/eventually';
import { applicationWithdrawn, type ApplicationWithdrawnEvent } from '../testing-only/integration-events';
import { createTestTopic, mockKafkaBusOptions, startMockKafka, type MockKafka } from '../testing-only/mock-kafka';
import { RecordingLogger } from '../testing-only/recording-logger';
import { KafkaBus } from './kafka-bus';

// A new consumer group takes about 3 s to form on the mock (its initial rebalance delay).
const DELIVERY = { timeoutMs: 15_000, intervalMs: 20 };

describe('the Kafka bus publishing and delivering on the test broker', () => {
  let mock: MockKafka;
  let bus: KafkaBus;
  let logger: RecordingLogger;
  const fatal: Error[] = [];

  beforeAll(async () => {
    mock = await startMockKafka({ topics: [] });
  });
  afterAll(() => mock?.stop());
  beforeEach(() => {
    logger = new RecordingLogger();
    fatal.length = 0;
    bus = new KafkaBus(mockKafkaBusOptions(mock, logger, (error) => fatal.push(error)));
  });
  afterEach(async () => {
    await bus.close();
    expect(fatal).toEqual([]);
  });

  it('delivers the envelope the in-process bus delivers, carried as CloudEvents headers, a JSON body and a traceparent', async () => {
    const topic = await createTestTopic(mock, 6);
    const first = applicationWithdrawn('app-1');
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    const caused: ApplicationWithdrawnEvent = { ...applicationWithdrawn('app-1'), correlationId: traceparent, causationId: first.id };
    const received: DeliveredMessage[] = [];

    await bus.publish(topic, [first, caused]);
    await bus.subscribe(topic, 'round-trip', async (message) => void received.push(message));
    await eventually(() => expect(received).toHaveLength(2), DELIVERY);

    const inProcess = new InProcessBus({ logger });
    await inProcess.publish(topic, [first, caused]);
    expect(received.map((message) => message.value)).toEqual(inProcess.records(topic).map((message) => message.value));
    expect(received.map((message) => [message.topic, message.key, message.offset])).toEqual([[topic, 'app-1', '0'], [topic, 'app-1', '1']]);
    expect(received[0].headers).toEqual({
      ce_specversion: '1.0',
      ce_id: first.id,
      ce_type: 'hpc-access.intake.ApplicationWithdrawn.v1',
      ce_source: 'intake',
      ce_subject: 'app-1',
      ce_time: '2026-04-01T10:00:00.000Z',
      'content-type': 'application/json',
      'correlation-id': first.correlationId,
      // A UUID correlation id is the trace id itself.
      traceparent: expect.stringMatching(/^00-a1b2c3d4000040008000000000000001-[0-9a-f]{16}-01$/),
    });
    expect(received[1].headers).toMatchObject({ 'causation-id': first.id, 'correlation-id': traceparent });
    // A correlation id that already is a traceparent keeps its trace; each message is its own span.
    expect(received[1].headers.traceparent).toMatch(/^00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01$/);
    expect(received[1].headers.traceparent).not.toBe(traceparent);
    expect(received[0].headers.traceparent.split('-')[2]).not.toBe(received[1].headers.traceparent.split('-')[2]);
  });

  it('keeps the events of each key in publish order, over several partitions, before and after the consumer joined', async () => {
    const topic = await createTestTopic(mock, 6);
    const keys = Array.from({ length: 8 }, (_, i) => `app-${i}`);
    const published: ApplicationWithdrawnEvent[] = [];
    const publishRound = async () => {
      const round = keys.map((key) => applicationWithdrawn(key));
      published.push(...round);
      await bus.publish(topic, round);
    };
    const received: DeliveredMessage[] = [];

    for (let round = 0; round < 3; round++) await publishRound();
    await bus.subscribe(topic, 'ordering', async (message) => {
      // Handlers of different partitions run at once and take varying time: order must hold anyway.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 5));
      received.push(message);
    });
    for (let round = 0; round < 3; round++) await publishRound();

    await eventually(() => expect(received).toHaveLength(48), DELIVERY);
    const idsOf = (key: string) => received.filter((m) => m.key === key).map((m) => (m.value as ApplicationWithdrawnEvent).id);
    for (const key of keys) {
      expect(idsOf(key)).toEqual(published.filter((event) => event.subject === key).map((event) => event.id));
      expect(new Set(received.filter((m) => m.key === key).map((m) => m.partition)).size).toBe(1);
    }
    expect(new Set(received.map((m) => m.partition)).size).toBeGreaterThan(1);
  });
});
