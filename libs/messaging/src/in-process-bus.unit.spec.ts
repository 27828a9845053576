import { dlqTopicFor, topicFor } from '@hpc-access/contracts';
import { WritesRefusedError } from '@hpc-access/sql';
import { DeadLetterError, DLQ_HEADERS } from './dead-letter';
import { InProcessBus } from './in-process-bus';
import type { DeliveredMessage } from './message-bus';
import { eventually } from './testing-only/eventually';
import { applicationWithdrawn, type ApplicationWithdrawnEvent } from './testing-only/integration-events';
import { RecordingLogger } from './testing-only/recording-logger';

const topic = topicFor('intake');
const fastRetry = { maxAttempts: 3, initialDelayMs: 2, maxDelayMs: 10 };
const subjectOf = (message: DeliveredMessage) => (message.value as ApplicationWithdrawnEvent).subject;
const idOf = (message: DeliveredMessage) => (message.value as ApplicationWithdrawnEvent).id;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the in-process bus', () => {
  let logger: RecordingLogger;
  let bus: InProcessBus;

  beforeEach(() => {
    logger = new RecordingLogger();
    bus = new InProcessBus({ logger, partitions: 4, retry: fastRetry });
  });
  afterEach(() => bus.close());

  it('delivers the events of one subject in the order published while subjects interleave', async () => {
    const subjects = ['app-1', 'app-2', 'app-3', 'app-4', 'app-5'];
    const published = new Map(subjects.map((s) => [s, [] as string[]]));
    const seen = new Map(subjects.map((s) => [s, [] as string[]]));
    await bus.subscribe(topic, 'allocation', async (message) => {
      await pause(Math.random() * 3); // uneven handling time, so partitions overtake each other
      seen.get(subjectOf(message))?.push(idOf(message));
    });

    for (let round = 0; round < 10; round++) {
      const batch = subjects.map((s) => applicationWithdrawn(s));
      batch.forEach((event) => published.get(event.subject)?.push(event.id));
      await bus.publish(topic, batch);
    }
    await bus.idle();

    expect(seen).toEqual(published);
    expect(new Set(bus.records(topic).map((m) => m.partition)).size).toBeGreaterThan(1);
  });

  it('keeps an offset per consumer group: each group sees everything once, a late group from the start', async () => {
    const ethics: string[] = [];
    const allocation: string[] = [];
    const ethicsSubscription = await bus.subscribe(topic, 'ethics-review', async (m) => void ethics.push(idOf(m)));
    const first = [applicationWithdrawn('app-1'), applicationWithdrawn('app-2')];
    await bus.publish(topic, first);
    await bus.idle();

    await bus.subscribe(topic, 'allocation', async (m) => void allocation.push(idOf(m)));
    await ethicsSubscription.stop();
    const second = [applicationWithdrawn('app-1')];
    await bus.publish(topic, second);
    await bus.idle();
    await bus.subscribe(topic, 'ethics-review', async (m) => void ethics.push(idOf(m)));
    await bus.idle();

    const ids = (events: { id: string }[]) => events.map((e) => e.id).sort();
    expect([...allocation].sort()).toEqual(ids([...first, ...second]));
    expect([...ethics].sort()).toEqual(ids([...first, ...second]));
  });

  it('retries a failing message with backoff, then dead-letters it with the reason, and moves on', async () => {
    const poison = applicationWithdrawn('app-9');
    const after = applicationWithdrawn('app-9');
    const attempts: string[] = [];
    const handled: string[] = [];
    await bus.subscribe(topic, 'allocation', async (message) => {
      attempts.push(idOf(message));
      if (idOf(message) === poison.id) throw new Error('capacity table locked');
      handled.push(idOf(message));
    });

    await bus.publish(topic, [poison, after]);
    await bus.idle();

    expect(attempts).toEqual([poison.id, poison.id, poison.id, after.id]);
    expect(handled).toEqual([after.id]);
    const [dead] = bus.records(dlqTopicFor(topic));
    expect(dead.value).toEqual(poison);
    expect(dead.key).toBe('app-9');
    expect(dead.headers).toMatchObject({
      [DLQ_HEADERS.reason]: 'capacity table locked',
      [DLQ_HEADERS.originalTopic]: topic,
      [DLQ_HEADERS.group]: 'allocation',
      [DLQ_HEADERS.attempts]: '3',
    });
    expect(logger.at('warn')).toHaveLength(2);
    expect(logger.at('error')).toEqual([expect.objectContaining({ message: 'message dead-lettered' })]);
  });

  it('handles a message that failed only for a while, without dead-lettering it', async () => {
    let failuresLeft = 2;
    const handled: string[] = [];
    await bus.subscribe(topic, 'allocation', async (message) => {
      if (failuresLeft-- > 0) throw new Error('deadlock detected');
      handled.push(idOf(message));
    });
    const event = applicationWithdrawn('app-1');

    await bus.publish(topic, [event]);
    await bus.idle();

    expect(handled).toEqual([event.id]);
    expect(bus.records(dlqTopicFor(topic))).toEqual([]);
  });

  it('leaves a message whose handler is refused writes unacknowledged, past every attempt, never dead-lettered, and handles it once writes come back', async () => {
    let refused = true;
    let tries = 0;
    const handled: string[] = [];
    await bus.subscribe(topic, 'allocation', async (message) => {
      tries++;
      if (refused) throw new WritesRefusedError('history-altered: event e1 gone');
      handled.push(idOf(message));
    });
    const event = applicationWithdrawn('app-1');
    await bus.publish(topic, [event]);

    await eventually(() => expect(tries).toBeGreaterThan(fastRetry.maxAttempts + 1));
    await expect(bus.idle(50)).rejects.toThrow('not idle');
    expect(handled).toEqual([]);
    expect(bus.records(dlqTopicFor(topic))).toEqual([]);
    expect(logger.at('warn')).toEqual([]);

    refused = false;
    await bus.idle();
    expect(handled).toEqual([event.id]);
    expect(bus.records(dlqTopicFor(topic))).toEqual([]);
  });

  it('dead-letters at once, with its details, a message the handler declares unprocessable', async () => {
    let attempts = 0;
    await bus.subscribe(topic, 'allocation', async () => {
      attempts++;
      throw new DeadLetterError('invalid integration event', [{ field: 'data.gpuHours', reason: 'must be an integer' }]);
    });

    await bus.publish(topic, [applicationWithdrawn('app-1')]);
    await bus.idle();

    expect(attempts).toBe(1);
    const [dead] = bus.records(dlqTopicFor(topic));
    expect(dead.headers[DLQ_HEADERS.attempts]).toBe('1');
    expect(JSON.parse(dead.headers[DLQ_HEADERS.details])).toEqual([{ field: 'data.gpuHours', reason: 'must be an integer' }]);
  });

  it('gives a message its consumer left unacknowledged to the next member of the group', async () => {
    const slowBus = new InProcessBus({ logger, partitions: 1, retry: { maxAttempts: 10, initialDelayMs: 60_000, maxDelayMs: 60_000 } });
    let failed = 0;
    const quitter = await slowBus.subscribe(topic, 'allocation', async () => {
      failed++;
      throw new Error('shutting down');
    });
    const event = applicationWithdrawn('app-1');
    await slowBus.publish(topic, [event]);
    await eventually(() => expect(failed).toBe(1));

    await quitter.stop(); // must not wait out the minute of backoff
    const handled: string[] = [];
    await slowBus.subscribe(topic, 'allocation', async (m) => void handled.push(idOf(m)));
    await slowBus.drain();

    expect(handled).toEqual([event.id]);
    expect(slowBus.records(dlqTopicFor(topic))).toEqual([]);
  });

  it('is not idle while a handler is still at work, and says where', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    await bus.subscribe(topic, 'allocation', () => gate);
    await bus.publish(topic, [applicationWithdrawn('app-1')]);

    await expect(bus.idle(30)).rejects.toThrow(/hpc-access\.intake\.v1\[\d\] group allocation: 1 behind/);
    release();
    await expect(bus.idle()).resolves.toBeUndefined();
  });

  it('refuses a batch whole when one message cannot be serialised', async () => {
    const broken = { ...applicationWithdrawn('app-2'), data: { applicationId: 'app-2', size: 1n } };

    await expect(bus.publish(topic, [applicationWithdrawn('app-1'), broken])).rejects.toThrow(/BigInt/);
    expect(bus.records(topic)).toEqual([]);
  });
});
