import type { IntegrationEventContract } from '../integration-event';
import type { JsonSchema } from './payload-schemas';

/**
 * The Kafka headers of an integration event as libs/messaging's `toKafkaMessage` writes them:
 * CloudEvents 1.0 Kafka binding, binary mode (`ce_*`), plus our correlation, causation and the
 * W3C trace. Contracts cannot import messaging (it depends on contracts), so a spec in libs/http
 * checks these names against a real message.
 */
export const CLOUD_EVENT_HEADER_NAMES = [
  'ce_specversion',
  'ce_id',
  'ce_type',
  'ce_source',
  'ce_subject',
  'ce_time',
  'content-type',
  'correlation-id',
  'causation-id',
  'traceparent',
] as const;

/** Present on every record; `causation-id` is left out when nothing caused the event. */
const REQUIRED = CLOUD_EVENT_HEADER_NAMES.filter((name) => name !== 'causation-id');

/** The headers of one event type: `ce_type` and `ce_source` are fixed by its contract. */
export function cloudEventHeadersFor(contract: IntegrationEventContract): JsonSchema {
  return {
    type: 'object',
    required: [...REQUIRED],
    properties: {
      ce_specversion: { type: 'string', const: '1.0', description: 'CloudEvents specification version.' },
      ce_id: { type: 'string', format: 'uuid', description: 'The id of the domain event it was made from; consumers deduplicate on it (inbox).' },
      ce_type: { type: 'string', const: contract.type },
      ce_source: { type: 'string', const: contract.context, description: 'The publishing bounded context.' },
      ce_subject: { type: 'string', minLength: 1, maxLength: 128, description: 'The entity the event is about; also the record key.' },
      ce_time: { type: 'string', format: 'date-time', description: 'When the domain event was recorded (RFC 3339).' },
      'content-type': { type: 'string', const: 'application/json' },
      'correlation-id': { type: 'string', minLength: 1, maxLength: 200, description: 'The flow this event belongs to.' },
      'causation-id': { type: 'string', minLength: 1, maxLength: 200, description: 'The message that caused it; absent when none did.' },
      traceparent: {
        type: 'string',
        pattern: '^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$',
        description: 'W3C Trace Context; the trace is derived from the correlation id.',
      },
    },
  };
}

/**
 * What a dead letter carries besides the original record's headers (libs/messaging's
 * `DLQ_HEADERS`, checked by the same spec in libs/http): why and where it failed.
 */
export const DEAD_LETTER_HEADER_NAMES = [
  'dlq-reason',
  'dlq-details',
  'dlq-original-topic',
  'dlq-original-partition',
  'dlq-original-offset',
  'dlq-group',
  'dlq-attempts',
  'dlq-failed-at',
] as const;

export function deadLetterHeaders(): JsonSchema {
  return {
    type: 'object',
    description: 'The original record\'s headers (ce_* and the rest, when it had them) are kept beside these.',
    required: DEAD_LETTER_HEADER_NAMES.filter((name) => name !== 'dlq-details'),
    properties: {
      'dlq-reason': { type: 'string', description: 'Why it could not be handled (the error message).' },
      'dlq-details': { type: 'string', description: 'Machine-readable detail as JSON, e.g. the field errors of a message its contract refuses.' },
      'dlq-original-topic': { type: 'string' },
      'dlq-original-partition': { type: 'string', pattern: '^[0-9]+$' },
      'dlq-original-offset': { type: 'string', pattern: '^[0-9]+$' },
      'dlq-group': { type: 'string', description: 'The consumer group that gave up on it.' },
      'dlq-attempts': { type: 'string', pattern: '^[0-9]+$' },
      'dlq-failed-at': { type: 'string', format: 'date-time' },
    },
  };
}
