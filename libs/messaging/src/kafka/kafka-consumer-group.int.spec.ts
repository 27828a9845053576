import type { MessageHandler } from '../message-bus';
import { eventually } from '../testing-only/eventually';
import { applicationWithdrawn, type ApplicationWithdrawnEvent } from '../testing-only/integration-events';
import { createTestTopic, mockKafkaBusOptions, startMockKafka, type MockKafka } from '../testing-only/mock-kafka';
import { RecordingLogger } from '../testing-only/recording-logger';
import { KafkaBus } from './kafka-bus';

// Forming a group and every rebalance take seconds on the mock (see mockKafkaBusOptions).
const DELIVERY = { timeoutMs: 20_000, intervalMs: 20 };

interface Handled {
  member: string;
  id: string;
  partition: number;
}

describe('members of one consumer group on Kafka', () => {
  let mock: MockKafka;
  let buses: KafkaBus[];
  let handled: Handled[];
  const fatal: Error[] = [];

  beforeAll(async () => {
    mock = await startMockKafka({ topics: [] });
  });
  afterAll(() => mock?.stop());
  beforeEach(() => {
    fatal.length = 0;
    handled = [];
    // One bus per member, as two service instances would each have their own client.
    buses = ['a', 'b'].map(() => new KafkaBus(mockKafkaBusOptions(mock, new RecordingLogger(), (error) => fatal.push(error))));
  });
  afterEach(async () => {
    await Promise.all(buses.map((bus) => bus.close()));
    expect(fatal).toEqual([]);
  });

  const member = (name: string): MessageHandler => async (message) => {
    handled.push({ member: name, id: (message.value as ApplicationWithdrawnEvent).id, partition: message.partition });
  };
  const publishWave = async (topic: string): Promise<string[]> => {
    const events = Array.from({ length: 24 }, (_, i) => applicationWithdrawn(`app-${i}`));
    await buses[0].publish(topic, events);
    return events.map((event) => event.id);
  };
  const partitionsOf = (name: string, ids: readonly string[]) =>
    new Set(handled.filter((h) => h.member === name && ids.includes(h.id)).map((h) => h.partition));

  it('share the partitions, and each message is handled once', async () => {
    const topic = await createTestTopic(mock, 6);
    await buses[0].subscribe(topic, 'pair', member('a'));
    // Resolves once the group has rebalanced over both members.
    await buses[1].subscribe(topic, 'pair', member('b'));

    const ids = await publishWave(topic);

    await eventually(() => expect(handled.map((h) => h.id).sort()).toEqual([...ids].sort()), DELIVERY);
    const [a, b] = [partitionsOf('a', ids), partitionsOf('b', ids)];
    expect(a.size).toBeGreaterThan(0);
    expect(b.size).toBeGreaterThan(0);
    expect([...a].filter((partition) => b.has(partition))).toEqual([]);
    expect(a.size + b.size).toBe(6);
  });

  it('move the partitions of a member that stopped to the one left, and every message is handled', async () => {
    const topic = await createTestTopic(mock, 6);
    const leaving = await buses[0].subscribe(topic, 'handover', member('a'));
    await buses[1].subscribe(topic, 'handover', member('b'));
    const before = await publishWave(topic);
    await eventually(() => expect(new Set(handled.map((h) => h.id))).toEqual(new Set(before)), DELIVERY);
    const partitionsOfA = partitionsOf('a', before);
    expect(partitionsOfA.size).toBeGreaterThan(0);

    await leaving.stop();
    // The same keys again, so the partitions the stopped member had get new messages.
    const after = await publishWave(topic);

    // At least once: an offset commit the mock refuses during the rebalance has a message come
    // again (the inbox absorbs that); none may be missing.
    await eventually(() => expect(new Set(handled.filter((h) => after.includes(h.id)).map((h) => h.id))).toEqual(new Set(after)), DELIVERY);
    expect(handled.some((h) => after.includes(h.id) && h.member === 'a')).toBe(false);
    for (const partition of partitionsOfA) expect(partitionsOf('b', after).has(partition)).toBe(true);
  });
});
