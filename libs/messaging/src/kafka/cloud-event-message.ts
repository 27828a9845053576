import type { IntegrationEvent } from '@hpc-access/contracts';
import type { IHeaders, Message } from 'kafkajs';
import { DeadLetterError } from '../dead-letter';
import { traceparentFor } from './trace-context';

/**
 * CloudEvents 1.0 Kafka protocol binding, binary content mode: the attributes travel as `ce_`
 * headers, the body is the event's `data` alone. Correlation and causation are ours, in plain
 * headers, and W3C `traceparent` carries the trace (ARCHITECTURE.md sections 4 and 7).
 */
export const CE_HEADERS = {
  id: 'ce_id',
  type: 'ce_type',
  source: 'ce_source',
  subject: 'ce_subject',
  time: 'ce_time',
  specversion: 'ce_specversion',
} as const;

export const CONTENT_TYPE_HEADER = 'content-type';
export const CORRELATION_ID_HEADER = 'correlation-id';
export const CAUSATION_ID_HEADER = 'causation-id';
export const TRACEPARENT_HEADER = 'traceparent';
export const JSON_CONTENT_TYPE = 'application/json';
const SPEC_VERSION = '1.0';

/** The Kafka record of an integration event, keyed by its subject so an entity keeps one partition. */
export function toKafkaMessage(event: IntegrationEvent): Message {
  const headers: IHeaders = {
    [CE_HEADERS.specversion]: SPEC_VERSION,
    [CE_HEADERS.id]: event.id,
    [CE_HEADERS.type]: event.type,
    [CE_HEADERS.source]: event.source,
    [CE_HEADERS.subject]: event.subject,
    [CE_HEADERS.time]: event.time,
    [CONTENT_TYPE_HEADER]: JSON_CONTENT_TYPE,
    [CORRELATION_ID_HEADER]: event.correlationId,
    [TRACEPARENT_HEADER]: traceparentFor(event.correlationId, event.id),
  };
  // Absent rather than empty: "no cause" is not a cause with an empty id.
  if (event.causationId !== null) headers[CAUSATION_ID_HEADER] = event.causationId;
  const body = JSON.stringify(event.data);
  // JSON.stringify(undefined) is undefined: such a message would reach consumers without a body.
  if (body === undefined) throw new Error(`integration event ${event.id} has no data`);
  return { key: event.subject, value: body, headers };
}

/** Kafka header values as strings; a header sent more than once keeps its last value. */
export function headersToStrings(headers: IHeaders | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const last = Array.isArray(value) ? value.at(-1) : value;
    if (last !== undefined) result[name] = last.toString('utf8');
  }
  return result;
}

/**
 * The integration event envelope put back together from headers and body: the same shape the
 * in-process bus delivers, so consumers validate one thing whatever the bus. A body that is not
 * JSON cannot become an envelope and no retry changes that: it is a dead letter at once. A record
 * without CloudEvents headers is handed on as its parsed body, for the contract validation to judge.
 */
export function toEnvelope(value: Buffer | null, headers: Readonly<Record<string, string>>): unknown {
  const data = parseJsonBody(value);
  if (headers[CE_HEADERS.specversion] === undefined) return data;
  const envelope: Record<string, unknown> = {};
  for (const [attribute, header] of [
    ['id', CE_HEADERS.id],
    ['type', CE_HEADERS.type],
    ['source', CE_HEADERS.source],
    ['subject', CE_HEADERS.subject],
    ['time', CE_HEADERS.time],
    ['correlationId', CORRELATION_ID_HEADER],
  ] as const) {
    if (headers[header] !== undefined) envelope[attribute] = headers[header];
  }
  envelope.causationId = headers[CAUSATION_ID_HEADER] ?? null;
  envelope.data = data;
  return envelope;
}

function parseJsonBody(value: Buffer | null): unknown {
  if (value === null) throw new DeadLetterError('message has no body');
  const text = value.toString('utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DeadLetterError('message body is not JSON', { error: error instanceof Error ? error.message : String(error) });
  }
}
