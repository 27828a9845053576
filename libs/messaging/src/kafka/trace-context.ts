import { createHash } from 'node:crypto';

/** W3C Trace Context, version 00: `00-<trace id>-<parent id>-<flags>`, lower-case hex. */
const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SAMPLED = '01';

/**
 * The `traceparent` a published message carries. Its trace is the flow's: taken from the
 * correlation id when that already is a traceparent, else derived from it, so every message of
 * one flow lands in one trace without a tracing SDK. The span (parent id) is derived from the
 * event id, so a message republished after a relay crash carries the same header again.
 */
export function traceparentFor(correlationId: string, eventId: string): string {
  return `00-${traceIdFor(correlationId)}-${nonZero(sha256Hex(`span:${eventId}`).slice(0, 16))}-${SAMPLED}`;
}

/**
 * A UUID correlation id is its own trace id (the same 128 bits, so a trace can be found by the
 * correlation id in the logs); anything else is hashed to 128 bits.
 */
export function traceIdFor(correlationId: string): string {
  const parsed = TRACEPARENT.exec(correlationId);
  if (parsed && !isAllZero(parsed[1])) return parsed[1];
  if (UUID.test(correlationId)) {
    const hex = correlationId.replaceAll('-', '').toLowerCase();
    if (!isAllZero(hex)) return hex;
  }
  return nonZero(sha256Hex(`trace:${correlationId}`).slice(0, 32));
}

export function isTraceparent(value: string): boolean {
  const parsed = TRACEPARENT.exec(value);
  return parsed !== null && !isAllZero(parsed[1]) && !isAllZero(parsed[2]);
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function isAllZero(hex: string): boolean {
  return /^0+$/.test(hex);
}

/** All-zero ids are invalid in W3C Trace Context; a hash that gives one (2^-64) is nudged. */
function nonZero(hex: string): string {
  return isAllZero(hex) ? `${hex.slice(0, -1)}1` : hex;
}
