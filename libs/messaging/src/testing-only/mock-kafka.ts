import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { dlqTopicFor } from '@hpc-access/contracts';
import { PartitionAssigners, type PartitionAssigner } from 'kafkajs';
import { findRepoFile } from '@hpc-access/sql';
import type { KafkaBusOptions } from '../kafka/kafka-options';
import type { Logger } from '../logger';

export interface MockKafkaOptions {
  /** Topics with their partition counts, created before the address is handed out. */
  topics: readonly { name: string; partitions: number }[];
  /** Brokers in the cluster; default 1. */
  brokers?: number;
}

export interface MockKafka {
  /** Bootstrap servers, host:port. */
  readonly brokers: string[];
  /** Takes every broker down: connections are cut and new ones refused. */
  down(): Promise<void>;
  up(): Promise<void>;
  createTopic(name: string, partitions: number): Promise<void>;
  stop(): Promise<void>;
}

const INSTALL = 'apt-get install -y --no-install-recommends librdkafka-dev';

/**
 * The Kafka of the test suite (ARCHITECTURE.md section 8): infra/kafka-mock/mock-broker.c,
 * compiled on first use, started with the topics. A missing compiler or librdkafka fails the
 * test with what to install; it never skips it.
 */
export async function startMockKafka(options: MockKafkaOptions): Promise<MockKafka> {
  const binary = buildMockBroker();
  const specs = options.topics.map(({ name, partitions }) => `${name}:${partitions}`);
  const child = spawn(binary, [String(options.brokers ?? 1), ...specs], { stdio: ['pipe', 'pipe', 'pipe'] });
  const lines = new LineReader(child);
  const bootstrap = await lines.next(10_000, 'the bootstrap address');
  const command = async (text: string) => {
    child.stdin.write(`${text}\n`);
    const answer = await lines.next(10_000, `an answer to '${text}'`);
    if (answer !== 'ok') throw new Error(`mock broker refused '${text}': ${answer}`);
  };
  return {
    brokers: bootstrap.split(','),
    down: () => command('down'),
    up: () => command('up'),
    createTopic: (name, partitions) => command(`create ${name} ${partitions}`),
    stop: () => lines.stop(),
  };
}

/** A topic of its own for one test, with its `.dlq`, so tests sharing a broker cannot meet. */
export async function createTestTopic(mock: MockKafka, partitions: number): Promise<string> {
  const topic = `test-${randomBytes(4).toString('hex')}.v1`;
  await mock.createTopic(topic, partitions);
  await mock.createTopic(dlqTopicFor(topic), partitions);
  return topic;
}

/**
 * Settings for a KafkaBus on the mock, each for one of its quirks (ARCHITECTURE.md section 8),
 * kept here so production defaults stay sound. `onFatal` should fail the test.
 */
export function mockKafkaBusOptions(mock: Pick<MockKafka, 'brokers'>, logger: Logger, onFatal: KafkaBusOptions['onFatal']): KafkaBusOptions {
  return {
    brokers: mock.brokers,
    clientId: 'hpc-access-test',
    logger,
    onFatal,
    // The mock cannot hand out producer ids.
    idempotent: false,
    retry: { maxAttempts: 3, initialDelayMs: 20, maxDelayMs: 100 },
    // Give up on a request within about a second while the broker is down; the relay (or the
    // consumer's restart) tries again.
    clientRetry: { retries: 2, initialRetryTime: 100, maxRetryTime: 500 },
    // The mock has no controller to answer CreateTopics: fail at once.
    adminRetry: { retries: 0 },
    consumer: {
      // The mock does not wake a waiting Fetch when data arrives.
      maxWaitTimeInMs: 100,
      // The mock settles a rebalance after session timeout - 1 s; short keeps tests fast.
      sessionTimeoutMs: 3_000,
      heartbeatIntervalMs: 300,
      retry: { retries: 5, initialRetryTime: 100, maxRetryTime: 1_000 },
      partitionAssigners: [leaderWaitsAssigner(400)],
      // Measured on the mock at 500 messages/s: with 3 or more partitions in hand at once kafkajs
      // fetches late (p50 over a second); with 2, p50 about 9 ms; with 1, one partition's
      // handler time caps the throughput.
      partitionsConsumedConcurrently: 2,
    },
  };
}

/**
 * Round robin, but the group leader waits before assigning: on the mock a follower's SyncGroup
 * that arrives after the leader's is refused and kafkajs crashes that consumer for good.
 */
export function leaderWaitsAssigner(waitMs: number): PartitionAssigner {
  return (config) => {
    const inner = PartitionAssigners.roundRobin(config);
    return {
      ...inner,
      assign: async (group) => {
        await new Promise((resolve) => setTimeout(resolve, waitMs));
        return inner.assign(group);
      },
    };
  };
}

/** The compiled broker, rebuilt when missing or older than its source. */
function buildMockBroker(): string {
  const source = findRepoFile(join('infra', 'kafka-mock', 'mock-broker.c'), __dirname);
  const root = dirname(dirname(dirname(source)));
  const binary = join(root, 'node_modules', '.cache', 'hpc-access', 'mock-broker');
  if (modifiedAt(binary) >= modifiedAt(source)) return binary;
  mkdirSync(dirname(binary), { recursive: true });
  // Built beside and renamed into place: parallel test workers may build at the same time.
  const temporary = `${binary}.${process.pid}`;
  const build = spawnSync('cc', ['-O2', '-o', temporary, source, '-lrdkafka'], { encoding: 'utf8' });
  if (build.error) {
    const missing = (build.error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new Error(missing ? `no C compiler (cc) to build the test Kafka: apt-get install -y gcc, and ${INSTALL}` : `cc failed to start: ${build.error.message}`);
  }
  if (build.status !== 0) {
    const output = `${build.stdout}${build.stderr}`;
    if (/rdkafka(_mock)?\.h|-lrdkafka/.test(output)) throw new Error(`librdkafka is missing, needed to build the test Kafka: ${INSTALL}\n${output}`);
    throw new Error(`building ${source} failed:\n${output}`);
  }
  renameSync(temporary, binary);
  return binary;
}

function modifiedAt(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

/** Lines from the broker's stdout, one at a time, with a deadline and the broker's stderr on failure. */
class LineReader {
  private readonly buffered: string[] = [];
  private waiting: ((line: string | null) => void) | null = null;
  private stderr = '';
  private readonly exited: Promise<void>;

  constructor(private readonly child: ChildProcessWithoutNullStreams) {
    child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    const reader = createInterface({ input: child.stdout });
    reader.on('line', (line) => this.push(line));
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    // A broker that dies (or never starts) answers every pending and later read with null.
    child.once('exit', () => this.push(null));
    child.once('error', (error) => {
      this.stderr += error.message;
      this.push(null);
    });
  }

  async next(timeoutMs: number, what: string): Promise<string> {
    const line = this.buffered.length > 0 ? this.buffered.shift() : await this.wait(timeoutMs);
    if (line === undefined || line === null) {
      throw new Error(`mock broker gave no ${what} within ${timeoutMs} ms (exit ${this.child.exitCode}): ${this.stderr.trim()}`);
    }
    return line;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    // Closing stdin is the broker's signal to shut down; the kill is for one that hangs.
    this.child.stdin.end();
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5_000);
    await this.exited;
    clearTimeout(timer);
  }

  private wait(timeoutMs: number): Promise<string | null | undefined> {
    if (this.child.exitCode !== null) return Promise.resolve(null);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiting = null;
        resolve(undefined);
      }, timeoutMs);
      this.waiting = (line) => {
        clearTimeout(timer);
        this.waiting = null;
        resolve(line);
      };
    });
  }

  private push(line: string | null): void {
    if (this.waiting) this.waiting(line);
    else if (line !== null) this.buffered.push(line);
  }
}
