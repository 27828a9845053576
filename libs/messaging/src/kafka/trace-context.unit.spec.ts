import { isTraceparent, traceIdFor, traceparentFor } from './trace-context';

describe('the traceparent of a published message', () => {
  const eventId = '01a21fbe-f2d7-7038-8f6d-268bb81b39ee';

  it('uses a UUID correlation id as the trace id, so a trace is found by the id in the logs', () => {
    expect(traceparentFor('A1B2C3D4-0000-4000-8000-000000000001', eventId)).toMatch(/^00-a1b2c3d4000040008000000000000001-[0-9a-f]{16}-01$/);
  });

  it('keeps the trace of a correlation id that already is a traceparent', () => {
    const incoming = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    const outgoing = traceparentFor(incoming, eventId);
    expect(outgoing.split('-')[1]).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(outgoing.split('-')[2]).not.toBe('00f067aa0ba902b7');
  });

  it('hashes any other correlation id to a valid, stable trace id', () => {
    expect(traceIdFor('flow-42')).toMatch(/^[0-9a-f]{32}$/);
    expect(traceIdFor('flow-42')).toBe(traceIdFor('flow-42'));
    expect(traceIdFor('flow-42')).not.toBe(traceIdFor('flow-43'));
    // All-zero ids are invalid in W3C Trace Context, so neither form of zero is taken as it is.
    expect(traceIdFor('00000000-0000-0000-0000-000000000000')).not.toMatch(/^0+$/);
    expect(traceIdFor('00-00000000000000000000000000000000-00f067aa0ba902b7-01')).not.toMatch(/^0+$/);
  });

  it('gives a republished message the same header, and each message its own span', () => {
    const correlationId = 'a1b2c3d4-0000-4000-8000-000000000001';
    expect(traceparentFor(correlationId, eventId)).toBe(traceparentFor(correlationId, eventId));
    expect(traceparentFor(correlationId, eventId)).not.toBe(traceparentFor(correlationId, 'another-event'));
    expect(isTraceparent(traceparentFor('anything', eventId))).toBe(true);
    expect(isTraceparent('00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01')).toBe(false);
  });
});
