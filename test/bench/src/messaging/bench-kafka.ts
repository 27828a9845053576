import { IntakeEvents, createIntegrationEvent, type IntegrationEvent } from '@hpc-access/contracts';
import type { RecordedEvent } from '@hpc-access/eventsourcing';
import { KafkaBus, type KafkaBusOptions, type Logger } from '@hpc-access/messaging';
import { mockKafkaBusOptions, type MockKafka } from '@hpc-access/messaging/testing-only';
import { Kafka, logLevel } from 'kafkajs';

const quiet: Logger = { info: () => undefined, warn: () => undefined, error: (message, fields) => process.stderr.write(`${message} ${JSON.stringify(fields ?? {})}\n`) };

/**
 * Consumer settings for both sides of every messaging case: the mock does not wake a waiting
 * Fetch (ARCHITECTURE.md section 8), so both poll every 10 ms. Same broker, same settings: the
 * ratio compares our path with the raw client, not two configurations.
 */
export const FETCH_WAIT_MS = 10;

export function benchBusOptions(mock: Pick<MockKafka, 'brokers'>): KafkaBusOptions {
  const base = mockKafkaBusOptions(mock, quiet, (error) => {
    throw error;
  });
  return { ...base, clientId: 'bench', consumer: { ...base.consumer, maxWaitTimeInMs: FETCH_WAIT_MS } };
}

export const newBus = (mock: MockKafka): KafkaBus => new KafkaBus(benchBusOptions(mock));

/** A raw kafkajs client on the same broker, with the producer settings of the bus. */
export function rawKafka(mock: Pick<MockKafka, 'brokers'>): Kafka {
  return new Kafka({ brokers: mock.brokers, clientId: 'bench-raw', logLevel: logLevel.NOTHING });
}

/** Every stored event published as one small, valid integration event (subject = its stream). */
export function benchIntegrationEvent(recorded: RecordedEvent): IntegrationEvent {
  return createIntegrationEvent(IntakeEvents.ApplicationWithdrawn, {
    id: recorded.eventId,
    subject: recorded.streamId,
    time: recorded.recordedAt.toISOString(),
    correlationId: recorded.metadata.correlationId,
    causationId: recorded.metadata.causationId,
    data: { applicationId: recorded.streamId, organisationId: 'org-bench', withdrawnAt: recorded.recordedAt.toISOString() },
  });
}

export function percentile(sorted: Float64Array, p: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}
