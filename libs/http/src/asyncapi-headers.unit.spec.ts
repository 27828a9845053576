import { buildAsyncApiDocument, CLOUD_EVENT_HEADER_NAMES, DEAD_LETTER_HEADER_NAMES, GovernanceEvents, createIntegrationEvent } from '@hpc-access/contracts';
import { DLQ_HEADERS, toKafkaMessage } from '@hpc-access/messaging';

type HeaderSchema = { required: string[]; properties: Record<string, { const?: string; pattern?: string }> };

// libs/contracts cannot import the Kafka adapter, so the document's headers are checked here,
// against a record the adapter really builds.
describe('the CloudEvents headers the AsyncAPI document promises', () => {
  const event = createIntegrationEvent(GovernanceEvents.PledgeSigned, {
    id: '0b6c3f5e-8a9d-4f2b-9c1e-2d3f4a5b6c7d',
    subject: 'org-1',
    time: '2026-03-01T10:00:00.000Z',
    correlationId: 'flow-1',
    causationId: 'command-1',
    data: { organisationId: 'org-1', pledgeVersion: 1, signedBy: 'user-1', signedAt: '2026-03-01T10:00:00.000Z' },
  });
  const message = toKafkaMessage(event);
  const sent = Object.fromEntries(Object.entries(message.headers ?? {}).map(([name, value]) => [name, String(value)]));
  const documented = buildAsyncApiDocument().components.messages[event.type].headers as HeaderSchema;

  it('are the headers the Kafka adapter sets, no more and no fewer', () => {
    expect(Object.keys(sent).sort()).toEqual([...CLOUD_EVENT_HEADER_NAMES].sort());
    expect(Object.keys(documented.properties).sort()).toEqual([...CLOUD_EVENT_HEADER_NAMES].sort());
  });

  it('require what the adapter always sets (causation-id only when something caused the event)', () => {
    const uncaused = toKafkaMessage({ ...event, causationId: null });
    expect(Object.keys(uncaused.headers ?? {}).sort()).toEqual([...documented.required].sort());
  });

  it('hold the values the adapter writes', () => {
    for (const [name, schema] of Object.entries(documented.properties)) {
      if (schema.const !== undefined) expect([name, sent[name]]).toEqual([name, schema.const]);
      if (schema.pattern !== undefined) expect(sent[name]).toMatch(new RegExp(schema.pattern));
    }
    expect(sent['ce_type']).toBe('hpc-access.governance.PledgeSigned.v1');
    expect(sent['ce_source']).toBe('governance');
  });

  it('and a dead letter carries the headers the adapters add', () => {
    expect([...DEAD_LETTER_HEADER_NAMES].sort()).toEqual(Object.values(DLQ_HEADERS).sort());
  });
});
