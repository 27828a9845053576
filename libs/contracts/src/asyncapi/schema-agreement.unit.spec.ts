import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { integrationEventRegistry } from '../registry';
import { validateIntegrationEvent } from '../validation';
import { buildAsyncApiDocument } from './asyncapi-document';
import type { JsonSchema } from './payload-schemas';
import { publishedSchemasOf } from './published-schemas';

/**
 * The document must say what consumers accept, no more and no less. For every event type: a
 * payload built from its schema passes both the schema and the consumers' validation, and each
 * of a set of faults (a required field missing, a wrong type, an unknown field, a string too long,
 * a value outside the enum, an integer below its minimum) is refused by both.
 */
const ajv = addFormats(new Ajv({ allErrors: false, strict: false }));
const events = publishedSchemasOf(buildAsyncApiDocument()).events;

/** A valid value of a schema, with every optional property present, so it is checked too. */
function sample(schema: JsonSchema): unknown {
  if (Array.isArray(schema['enum'])) return schema['enum'][0];
  switch (schema['type']) {
    case 'object': {
      const properties = (schema['properties'] ?? {}) as Record<string, JsonSchema>;
      return Object.fromEntries(Object.entries(properties).map(([name, child]) => [name, sample(child)]));
    }
    case 'array':
      return [sample(schema['items'] as JsonSchema)];
    case 'integer':
    case 'number':
      return (schema['minimum'] as number | undefined) ?? 1;
    case 'boolean':
      return true;
    case 'string':
      if (schema['format'] === 'date-time') return '2026-03-01T10:00:00Z';
      if (schema['pattern'] === '^[A-Za-z]{2}$') return 'DE';
      if (typeof schema['pattern'] === 'string' && Array.isArray(schema['examples'])) return schema['examples'][0];
      if (String(schema['description'] ?? '').startsWith('ISO 8601')) return '2026-03-01';
      return 'x';
    default:
      throw new Error(`no sample for ${JSON.stringify(schema)}`);
  }
}

interface Fault {
  what: string;
  data: Record<string, unknown>;
}

/** Changes to one field at a time that a consumer must refuse. */
function faults(schema: JsonSchema, valid: Record<string, unknown>): Fault[] {
  const properties = schema['properties'] as Record<string, JsonSchema>;
  const required = (schema['required'] ?? []) as string[];
  const list: Fault[] = [{ what: 'an unknown field', data: { ...valid, unknownField: 'x' } }];
  for (const [name, property] of Object.entries(properties)) {
    const set = (what: string, value: unknown) => list.push({ what: `${name}: ${what}`, data: { ...valid, [name]: value } });
    if (required.includes(name)) {
      const { [name]: _removed, ...rest } = valid;
      list.push({ what: `${name} missing`, data: rest });
    }
    set('a wrong type', property['type'] === 'string' ? 5 : 'five');
    if (typeof property['maxLength'] === 'number') set('too long', 'x'.repeat(property['maxLength'] + 1));
    if (Array.isArray(property['enum'])) set('outside the enum', 'not-a-value');
    if (property['format'] === 'date-time') set('not a date-time', '2026-03-01 at ten');
    if (typeof property['pattern'] === 'string') set('not matching its pattern', 'D1');
    if (property['type'] === 'integer') set('not an integer', 1.5);
    if (typeof property['minimum'] === 'number') set('below the minimum', property['minimum'] - 1);
    if (typeof property['maxItems'] === 'number') set('too many items', Array.from({ length: property['maxItems'] + 1 }, () => sample(property['items'] as JsonSchema)));
  }
  return list;
}

function consumerAccepts(type: string, data: unknown): boolean {
  const contract = integrationEventRegistry.get(type)!;
  return validateIntegrationEvent({
    id: '0b6c3f5e-8a9d-4f2b-9c1e-2d3f4a5b6c7d',
    type,
    source: contract.context,
    subject: 'entity-1',
    time: '2026-03-01T10:00:00Z',
    correlationId: 'flow-1',
    causationId: null,
    data,
  }).ok;
}

describe('the payload schemas and the consumers’ validation agree', () => {
  it.each(Object.keys(events))('%s', (type) => {
    const schema = events[type].payload;
    const validate = ajv.compile(schema);
    const valid = sample(schema) as Record<string, unknown>;
    expect({ schema: validate(valid), consumer: consumerAccepts(type, valid) }).toEqual({ schema: true, consumer: true });
    const tried = faults(schema, valid);
    expect(tried.length).toBeGreaterThan(2 * Object.keys(schema['properties'] as object).length);
    const disagreements = tried
      .map((fault) => ({ what: fault.what, schema: validate(fault.data), consumer: consumerAccepts(type, fault.data) }))
      .filter((result) => result.schema || result.consumer);
    expect(disagreements).toEqual([]);
  });
});
