import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BOUNDED_CONTEXTS, dlqTopicFor, topicFor } from '@hpc-access/contracts';
import { loadTopicDefinitions } from './topic-definitions';

describe('the topic definitions of infra/kafka/topics.json', () => {
  it('define one topic per bounded context with its .dlq beside it', () => {
    const definitions = loadTopicDefinitions();
    const expected = BOUNDED_CONTEXTS.flatMap((context) => [topicFor(context), dlqTopicFor(topicFor(context))]);
    expect(definitions.map((d) => d.name).sort()).toEqual([...expected].sort());
    for (const definition of definitions) {
      expect(definition.partitions).toBeGreaterThan(1);
      expect(definition.replicationFactor).toBe(3);
      expect(definition.config).toEqual({ 'retention.ms': '2592000000', 'min.insync.replicas': '2' });
    }
  });

  it('refuse a file with an unknown context or a bad partition count', () => {
    const dir = mkdtempSync(join(tmpdir(), 'topics-'));
    const write = (topics: unknown[]) => {
      const path = join(dir, 'topics.json');
      writeFileSync(path, JSON.stringify({ replicationFactor: 3, minInsyncReplicas: 2, retentionMs: 1000, topics }));
      return path;
    };
    expect(() => loadTopicDefinitions(write([{ context: 'billing', majorVersion: 1, partitions: 6, dlqPartitions: 6 }]))).toThrow(/unknown context billing/);
    expect(() => loadTopicDefinitions(write([{ context: 'intake', majorVersion: 1, partitions: 0, dlqPartitions: 6 }]))).toThrow(/intake: partitions must be a positive integer/);
    const twice = { context: 'intake', majorVersion: 1, partitions: 6, dlqPartitions: 6 };
    expect(() => loadTopicDefinitions(write([twice, twice]))).toThrow(/hpc-access.intake.v1 is defined twice/);
  });
});
