import { WritesRefusedError } from '@hpc-access/sql';
import type { DeliveredMessage } from '../message-bus';
import { eventually } from '../testing-only/eventually';
import { applicationWithdrawn, type ApplicationWithdrawnEvent } from '../testing-only/integration-events';
import { createTestTopic, mockKafkaBusOptions, startMockKafka, type MockKafka } from '../testing-only/mock-kafka';
import { RecordingLogger } from '../testing-only/recording-logger';
import { KafkaBus } from './kafka-bus';

const DELIVERY = { timeoutMs: 15_000, intervalMs: 20 };
const idOf = (message: DeliveredMessage) => (message.value as ApplicationWithdrawnEvent).id;

// ADR 28: while the process refuses appends (an altered history), a message waits uncommitted.
describe('a handler refused writes on Kafka', () => {
  let mock: MockKafka;
  let bus: KafkaBus;
  const logger = new RecordingLogger();
  const fatal: Error[] = [];

  beforeAll(async () => {
    mock = await startMockKafka({ topics: [] });
    bus = new KafkaBus(mockKafkaBusOptions(mock, logger, (error) => fatal.push(error)));
  });
  afterAll(async () => {
    await bus?.close();
    await mock?.stop();
  });

  it('keeps the message past every attempt, never dead-lettered nor skipped, and handles it (then the next) once writes come back', async () => {
    const topic = await createTestTopic(mock, 1);
    const first = applicationWithdrawn('app-1');
    const next = applicationWithdrawn('app-1');
    await bus.publish(topic, [first, next]);
    let refused = true;
    let tries = 0;
    const handled: string[] = [];
    await bus.subscribe(topic, 'intake-reader', async (message) => {
      if (refused) {
        tries++;
        throw new WritesRefusedError('history-altered: event e1 is gone');
      }
      handled.push(idOf(message));
    });

    // mockKafkaBusOptions allows 3 attempts before a dead letter.
    await eventually(() => expect(tries).toBeGreaterThan(4), DELIVERY);
    expect(handled).toEqual([]);
    refused = false;
    await eventually(() => expect(handled).toEqual([first.id, next.id]), DELIVERY);
    expect(logger.at('error').filter((e) => e.message === 'message dead-lettered')).toEqual([]);
    expect(logger.at('warn').filter((e) => e.message === 'message handler failed; retrying')).toEqual([]);
    expect(fatal).toEqual([]);
  }, 30_000);
});
