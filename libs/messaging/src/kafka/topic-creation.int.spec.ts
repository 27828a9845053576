import { mockKafkaBusOptions, startMockKafka, type MockKafka } from '../testing-only/mock-kafka';
import { RecordingLogger } from '../testing-only/recording-logger';
import { KafkaBus } from './kafka-bus';
import { loadTopicDefinitions } from './topic-definitions';

describe('creating the topics at start', () => {
  let mock: MockKafka;

  beforeAll(async () => {
    mock = await startMockKafka({ topics: [] });
  });
  afterAll(() => mock?.stop());

  it('logs and goes on where the broker refuses CreateTopics, as the test broker does', async () => {
    const logger = new RecordingLogger();
    const fatal: Error[] = [];
    const bus = new KafkaBus(mockKafkaBusOptions(mock, logger, (error) => fatal.push(error)));
    try {
      const definitions = loadTopicDefinitions();

      await expect(bus.createTopicsWhereAllowed(definitions)).resolves.toBe(false);

      expect(logger.at('warn')).toContainEqual(
        expect.objectContaining({ message: 'kafka topics not created here; they must exist already', fields: expect.objectContaining({ topics: definitions.map((d) => d.name) }) }),
      );
      expect(fatal).toEqual([]);
    } finally {
      await bus.close();
    }
  });
});
