import { Parser, type Diagnostic } from '@asyncapi/parser';
import { integrationEventRegistry } from '../registry';
import { buildAsyncApiDocument, DEAD_LETTER_MESSAGE } from './asyncapi-document';

// Spectral severities as the parser reports them: 0 error, 1 warning, 2 information, 3 hint.
const ERROR = 0;
const WARNING = 1;

describe('the AsyncAPI document of the integration events', () => {
  const document = buildAsyncApiDocument();
  // One parser for both parses: building its rule set is most of its cost.
  const parser = new Parser();
  let diagnostics: Diagnostic[];
  let parsed: Awaited<ReturnType<Parser['parse']>>['document'];

  beforeAll(async () => {
    ({ document: parsed, diagnostics } = await parser.parse(JSON.stringify(document)));
  });

  const show = (severity: number) =>
    diagnostics.filter((d) => d.severity === severity).map((d) => `${d.code} ${d.path.join('.')}: ${d.message}`);

  it('is valid AsyncAPI 3.0 for the official parser, without errors or warnings', () => {
    expect(show(ERROR)).toEqual([]);
    expect(show(WARNING)).toEqual([]);
    expect(parsed).toBeDefined();
  });

  it('is checked for real: the parser reports a broken copy', async () => {
    const broken = JSON.parse(JSON.stringify(document)) as { operations: Record<string, { channel: { $ref: string } }> };
    broken.operations['governance.usage-totals.receive'].channel = { $ref: '#/channels/no-such-topic' };
    const result = await parser.parse(JSON.stringify(broken));
    expect(result.diagnostics.filter((d) => d.severity === ERROR).length).toBeGreaterThan(0);
    expect(result.document).toBeUndefined();
  });

  it('has one message per registered event type and version, on its context topic', () => {
    const messages = parsed!.messages().all().map((message) => message.id());
    expect(messages.sort()).toEqual([...integrationEventRegistry.keys(), DEAD_LETTER_MESSAGE].sort());
    const channel = parsed!.channels().get('intake.v1');
    expect(channel?.address()).toBe('hpc-access.intake.v1');
    expect(channel?.messages().all().map((m) => m.id())).toContain('hpc-access.intake.ApplicationSubmitted.v1');
  });

  it('gives each message its payload schema and CloudEvents headers, ce_type fixed to the type', () => {
    const message = parsed!.messages().get('hpc-access.allocation.HostingSitesChanged.v1')!;
    const payload = message.payload()!.json() as Record<string, unknown>;
    expect(payload).toMatchObject({ type: 'object', required: ['sites', 'changedAt'], additionalProperties: false });
    // The nested class is resolved from components.schemas by the parser.
    const site = message.payload()!.properties()!['sites'].items() as { json(): Record<string, unknown> };
    expect(site.json()).toMatchObject({ required: ['siteId', 'name', 'systems'], additionalProperties: false });
    const headers = message.headers()!.json() as { properties: Record<string, { const?: string }>; required: string[] };
    expect(headers.properties['ce_type'].const).toBe('hpc-access.allocation.HostingSitesChanged.v1');
    expect(headers.properties['ce_source'].const).toBe('allocation');
    expect(headers.required).toEqual(expect.arrayContaining(['ce_id', 'ce_specversion', 'ce_time', 'ce_subject', 'correlation-id']));
  });

  it('names who sends each topic and which consumer groups receive which events', () => {
    const send = parsed!.operations().get('allocation.publish.allocation.v1')!;
    expect(send.action()).toBe('send');
    expect(send.messages().all()).toHaveLength([...integrationEventRegistry.values()].filter((c) => c.context === 'allocation').length);
    const receive = parsed!.operations().get('governance.usage-totals.receive')!;
    expect(receive.action()).toBe('receive');
    expect(receive.channels().all().map((c) => c.address())).toEqual(['hpc-access.accounting.v1']);
    expect(receive.messages().all().map((m) => m.id())).toEqual(['hpc-access.accounting.AllocationUsageTotals.v1']);
    const deadLetters = parsed!.operations().get('governance.usage-totals.dead-letter')!;
    expect([deadLetters.action(), deadLetters.channels().all().map((c) => c.address())]).toEqual(['send', ['hpc-access.accounting.v1.dlq']]);
  });
});
