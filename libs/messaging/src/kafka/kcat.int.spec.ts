import { applicationWithdrawn } from '../testing-only/integration-events';
import { kcat, type KcatRecord } from '../testing-only/kcat';
import { createTestTopic, mockKafkaBusOptions, startMockKafka, type MockKafka } from '../testing-only/mock-kafka';
import { RecordingLogger } from '../testing-only/recording-logger';
import { KafkaBus } from './kafka-bus';

describe('what the Kafka bus publishes, read by a client we did not write (kcat, librdkafka)', () => {
  let mock: MockKafka;
  let bus: KafkaBus;
  const fatal: Error[] = [];

  beforeAll(async () => {
    mock = await startMockKafka({ topics: [] });
  });
  afterAll(() => mock?.stop());
  beforeEach(() => {
    fatal.length = 0;
    bus = new KafkaBus(mockKafkaBusOptions(mock, new RecordingLogger(), (error) => fatal.push(error)));
  });
  afterEach(async () => {
    await bus.close();
    expect(fatal).toEqual([]);
  });

  it('is a CloudEvents binary-mode record: ce_ headers, the subject as key, the data as a JSON body', async () => {
    const topic = await createTestTopic(mock, 3);
    const first = applicationWithdrawn('app-1');
    const second = { ...applicationWithdrawn('app-2'), causationId: first.id };
    await bus.publish(topic, [first, second]);

    const output = await kcat(['-C', '-b', mock.brokers.join(','), '-t', topic, '-o', 'beginning', '-e', '-q', '-J']);

    const records = output.trim().split('\n').map((line) => JSON.parse(line) as KcatRecord);
    expect(records.map((record) => record.key).sort()).toEqual(['app-1', 'app-2']);
    for (const event of [first, second]) {
      const record = records.find((candidate) => candidate.key === event.subject);
      const headers = Object.fromEntries(pairs(record?.headers ?? []));
      expect(headers).toMatchObject({
        ce_specversion: '1.0',
        ce_id: event.id,
        ce_type: 'hpc-access.intake.ApplicationWithdrawn.v1',
        ce_source: 'intake',
        ce_subject: event.subject,
        ce_time: event.time,
        'content-type': 'application/json',
        'correlation-id': event.correlationId,
        traceparent: expect.stringMatching(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/),
      });
      expect(JSON.parse(record?.payload ?? '')).toEqual(event.data);
    }
    const secondHeaders = Object.fromEntries(pairs(records.find((r) => r.key === 'app-2')?.headers ?? []));
    expect(secondHeaders['causation-id']).toBe(first.id);
  });
});

function pairs(flat: readonly string[]): [string, string][] {
  const result: [string, string][] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) result.push([flat[i], flat[i + 1]]);
  return result;
}
