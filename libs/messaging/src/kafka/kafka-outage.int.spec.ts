import { topicFor } from '@hpc-access/contracts';
import { InMemoryEventStore, type RecordedEvent } from '@hpc-access/eventsourcing';
import type { DeliveredMessage } from '../message-bus';
import { Relay } from '../relay';
import { RelayCheckpoints } from '../relay-checkpoints';
import { intakeEvent, mapIntakeEvent } from '../testing-only/domain-events';
import { eventually } from '../testing-only/eventually';
import { applicationWithdrawn, type ApplicationWithdrawnEvent } from '../testing-only/integration-events';
import { openMessagingDatabase, type MessagingDatabase } from '../testing-only/messaging-database';
import { createTestTopic, mockKafkaBusOptions, startMockKafka, type MockKafka } from '../testing-only/mock-kafka';
import { RecordingLogger } from '../testing-only/recording-logger';
import { KafkaBus } from './kafka-bus';

// After `up`, the consumer comes back through kafkajs' restart and a new group generation.
const DELIVERY = { timeoutMs: 30_000, intervalMs: 20 };

describe('Kafka going down and coming back', () => {
  let mock: MockKafka;
  let bus: KafkaBus;
  let logger: RecordingLogger;
  const fatal: Error[] = [];
  const idOf = (message: DeliveredMessage) => (message.value as ApplicationWithdrawnEvent).id;

  beforeAll(async () => {
    // The relay's topic by its real name: the relay test publishes what intake would.
    mock = await startMockKafka({ topics: [{ name: topicFor('intake'), partitions: 3 }, { name: `${topicFor('intake')}.dlq`, partitions: 3 }] });
  });
  afterAll(() => mock?.stop());
  beforeEach(() => {
    logger = new RecordingLogger();
    fatal.length = 0;
    bus = new KafkaBus(mockKafkaBusOptions(mock, logger, (error) => fatal.push(error)));
  });
  afterEach(async () => {
    // Up again whatever happened, or every later test would meet a dead broker.
    await mock.up();
    await bus.close();
    expect(fatal).toEqual([]);
  });

  it('refuses a publish while the broker is down, and publishes and delivers once it is up', async () => {
    const topic = await createTestTopic(mock, 3);
    const handled: string[] = [];
    await bus.subscribe(topic, 'through-outage', async (message) => void handled.push(idOf(message)));
    const before = applicationWithdrawn('app-1');
    await bus.publish(topic, [before]);
    await eventually(() => expect(handled).toContain(before.id), DELIVERY);

    await mock.down();
    const during = [applicationWithdrawn('app-1'), applicationWithdrawn('app-2')];
    // Refused, not pretended: the caller (the relay) keeps the events and tries again.
    await expect(bus.publish(topic, during)).rejects.toThrow(/ECONNREFUSED|Connection|broker/i);
    await mock.up();
    await bus.publish(topic, during);

    // At least once: the consumer may see `before` again if its commit was cut off by the outage.
    await eventually(() => expect(new Set(handled)).toEqual(new Set([before.id, ...during.map((event) => event.id)])), DELIVERY);
  });

  describe('with the relay from a service event store', () => {
    let database: MessagingDatabase;

    beforeAll(async () => {
      database = await openMessagingDatabase('postgres');
    });
    afterAll(() => database?.dispose());

    it('delivers every event appended while the broker was down once it is up, and only then moves its checkpoint', async () => {
      const topic = topicFor('intake');
      const store = new InMemoryEventStore();
      const handled: string[] = [];
      await bus.subscribe(topic, 'relay-outage', async (message) => void handled.push(idOf(message)));
      const relay = new Relay({
        name: 'intake.v1', store, db: database.db, schema: database.schema, bus, topic, map: mapIntakeEvent, logger,
        backoff: { initialDelayMs: 50, maxDelayMs: 300 }, batchSize: 4,
      });
      const checkpoints = new RelayCheckpoints(database.db, database.schema);
      const withdrawals: RecordedEvent[] = [];
      const withdraw = async (applicationId: string) => {
        const { events } = await store.appendToStream(`application-${applicationId}`, [intakeEvent('ApplicationWithdrawn', applicationId)]);
        withdrawals.push(...events);
      };
      await relay.start();
      try {
        await withdraw('app-1');
        await eventually(() => expect(handled).toEqual([withdrawals[0].eventId]), DELIVERY);
        await eventually(async () => expect(await checkpoints.load('intake.v1')).toEqual(store.head()), DELIVERY);
        const checkpointBefore = await checkpoints.load('intake.v1');

        await mock.down();
        for (const id of ['app-2', 'app-3', 'app-4', 'app-5', 'app-6']) await withdraw(id);
        // The relay has met the outage (a refused publish) before the broker comes back.
        await eventually(() => expect(logger.at('warn').filter((e) => e.fields.step === 'publish').length).toBeGreaterThanOrEqual(1), DELIVERY);
        expect(await checkpoints.load('intake.v1')).toEqual(checkpointBefore);
        await mock.up();

        await eventually(() => expect(new Set(handled)).toEqual(new Set(withdrawals.map((event) => event.eventId))), DELIVERY);
        await eventually(async () => expect(await checkpoints.load('intake.v1')).toEqual(store.head()), DELIVERY);
        expect(logger.at('info')).toContainEqual(expect.objectContaining({ message: 'relay recovered', fields: expect.objectContaining({ step: 'publish' }) }));
      } finally {
        await relay.stop();
      }
    });
  });
});
