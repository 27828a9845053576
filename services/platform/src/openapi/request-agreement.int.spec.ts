import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ArgumentMetadata, type Type } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { openPglite } from '@hpc-access/sql';
import { createValidationPipe, openApiDocumentOf, requestDtosOf, routeHandlers } from '@hpc-access/http';
import { InProcessBus } from '@hpc-access/messaging';
import { createPlatformApp } from '../create-app';
import { COMPONENTS_ID, toJsonSchema } from '../testing-only/openapi-response-validator';

/**
 * Issue 13: the document says exactly what the server accepts. For every operation with a JSON
 * body and every operation with query parameters, a sample built from the document's schema is
 * accepted by both the schema (ajv) and the server's validation (the global pipe with the route's
 * DTO, called as Nest calls it, no HTTP), and each fault of one top-level field (missing, wrong
 * type, null, too long or short, off its pattern, format or enum, out of bounds, an unknown field)
 * gets the same verdict from both.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

interface Dtos {
  body?: Type<unknown>;
  query?: Type<unknown>;
}

interface Fault {
  what: string;
  data: Record<string, unknown>;
}

/** operationId → the DTO classes of its `@Body()` and `@Query()`, read as Nest reads them. */
function dtosByOperation(app: NestExpressApplication): Map<string, Dtos> {
  const map = new Map<string, Dtos>();
  for (const { controller, name, handler } of routeHandlers(app)) {
    const operationId = (Reflect.getMetadata('swagger/apiOperation', handler) as { operationId?: string } | undefined)?.operationId;
    if (operationId) map.set(operationId, requestDtosOf(controller, name));
  }
  return map;
}

const ajv = addFormats(new Ajv({ strict: false, allErrors: false, validateSchema: false }));
/** Query values arrive as text: ajv coerces them as an OpenAPI request validator does. */
const queryAjv = addFormats(new Ajv({ strict: false, allErrors: false, validateSchema: false, coerceTypes: true }));
const pipe = createValidationPipe();

/** Strings tried, in order, for a string without example: the first the schema accepts is the sample. */
const STRING_CANDIDATES = ['abc', '2026-03-01', 'org-demo', 'DE', 'ABC', 'Abc', '2026-03', '+49 30 123456', '42', 'a1', 'gpu-a100'];
const FORMAT_SAMPLES: Record<string, string> = {
  'date-time': '2026-03-01T10:00:00Z',
  date: '2026-03-01',
  uuid: '0b6c3f5e-8a9d-4f2b-9c1e-2d3f4a5b6c7d',
  email: 'ada@example.org',
  uri: 'https://example.org/a',
};

function resolved(document: Json, schema: Json): Json {
  let current = schema;
  for (let i = 0; i < 20 && (current.$ref || (current.allOf && current.allOf.length === 1)); i++) {
    current = current.$ref ? document.components.schemas[String(current.$ref).split('/').pop() as string] : current.allOf[0];
  }
  return current;
}

/** A valid value of a schema, every optional property present so its rules are checked too. */
function sample(document: Json, raw: Json, accepts: (schema: Json, value: unknown) => boolean, depth = 0): unknown {
  const schema = resolved(document, raw);
  if (schema.example !== undefined && accepts(raw, schema.example)) return schema.example;
  if (raw.example !== undefined && accepts(raw, raw.example)) return raw.example;
  if (Array.isArray(schema.enum)) return schema.enum.find((value: unknown) => value !== null);
  switch (schema.type) {
    case 'object':
      if (depth > 6) return {};
      return Object.fromEntries(Object.entries((schema.properties ?? {}) as Record<string, Json>).map(([name, child]) => [name, sample(document, child, accepts, depth + 1)]));
    case 'array': {
      const item = sample(document, schema.items ?? {}, accepts, depth + 1);
      return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () => item);
    }
    case 'integer':
    case 'number':
      return schema.minimum ?? (schema.maximum !== undefined ? Math.min(1, schema.maximum) : 1);
    case 'boolean':
      return true;
    case 'string': {
      const formatted = FORMAT_SAMPLES[schema.format as string];
      if (formatted) return formatted;
      const fits = STRING_CANDIDATES.find((candidate) => accepts(schema, candidate));
      return fits ?? 'x'.repeat(Math.max(1, schema.minLength ?? 1));
    }
    default:
      return 'x';
  }
}

/** Changes to one top-level field at a time; each must get the same verdict from both sides. */
function faults(document: Json, schema: Json, valid: Record<string, unknown>, inQuery: boolean): Fault[] {
  const list: Fault[] = inQuery ? [] : [{ what: 'an unknown field', data: { ...valid, unknownField: 'x' } }];
  const required = (schema.required ?? []) as string[];
  for (const [name, raw] of Object.entries((schema.properties ?? {}) as Record<string, Json>)) {
    const property = resolved(document, raw);
    const type = property.type ?? (Array.isArray(property.enum) ? 'string' : undefined);
    const set = (what: string, value: unknown) => list.push({ what: `${name}: ${what}`, data: { ...valid, [name]: value } });
    if (required.includes(name)) {
      const { [name]: _removed, ...rest } = valid;
      list.push({ what: `${name}: missing`, data: rest });
    }
    if (!inQuery) {
      set('a wrong type', type === 'string' ? 5 : 'five');
      set('null', null);
    } else if (type !== 'string') set('a wrong type', 'five');
    if (typeof property.maxLength === 'number') set('too long', String(valid[name]).padEnd(property.maxLength + 1, String(valid[name]).slice(-1) || 'x'));
    if (typeof property.minLength === 'number' && property.minLength > 0) set('too short', String(valid[name]).slice(0, property.minLength - 1));
    if (typeof property.pattern === 'string') set('off its pattern', 'bad value\u0001!');
    if (Array.isArray(property.enum)) set('outside the enum', 'not-a-value');
    if (typeof property.format === 'string' && FORMAT_SAMPLES[property.format]) set(`not a ${property.format}`, 'not formatted');
    if (type === 'integer') set('not an integer', inQuery ? '1.5' : 1.5);
    if (typeof property.minimum === 'number') set('below the minimum', inQuery ? String(property.minimum - 1) : property.minimum - 1);
    if (typeof property.maximum === 'number') set('above the maximum', inQuery ? String(property.maximum + 1) : property.maximum + 1);
    if (type === 'array' && !inQuery) {
      const items = valid[name] as unknown[];
      if (typeof property.maxItems === 'number') set('too many items', Array.from({ length: property.maxItems + 1 }, () => items[0]));
      if (typeof property.minItems === 'number' && property.minItems > 0) set('too few items', items.slice(0, property.minItems - 1));
    }
  }
  return list;
}

async function serverAccepts(value: unknown, metadata: ArgumentMetadata): Promise<boolean> {
  try {
    await pipe.transform(structuredClone(value), metadata);
    return true;
  } catch {
    return false;
  }
}

interface Case {
  name: string;
  kind: 'body' | 'query';
  schema: Json;
  dto: Type<unknown>;
}

describe('the OpenAPI document and the server’s validation agree on what a request may be', () => {
  let document: Json;
  const cases: Case[] = [];
  let checked = 0;

  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'hpc-access-openapi-agreement-'));
    const db = await openPglite();
    const bus = new InProcessBus({ logger: { info: () => undefined, warn: () => undefined, error: () => undefined } });
    try {
      const app = await createPlatformApp({ db, bus, auth: { mode: 'embedded', publicBaseUrl: 'http://localhost:3000', dataDir }, scheduler: { autoStart: false } });
      document = openApiDocumentOf(app);
      const dtos = dtosByOperation(app);
      await app.close();
      const definitions = toJsonSchema(document.components?.schemas ?? {}, false);
      ajv.addSchema({ $id: COMPONENTS_ID, definitions });
      queryAjv.addSchema({ $id: COMPONENTS_ID, definitions });
      for (const [path, item] of Object.entries(document.paths as Record<string, Json>)) {
        for (const [method, operation] of Object.entries(item as Record<string, Json>)) {
          const name = `${operation.operationId} (${method.toUpperCase()} ${path})`;
          const body = operation.requestBody?.content?.['application/json']?.schema;
          const dto = dtos.get(operation.operationId);
          if (body) cases.push({ name, kind: 'body', schema: body, dto: dto?.body as Type<unknown> });
          const query = ((operation.parameters ?? []) as Json[]).filter((p) => p.in === 'query');
          if (query.length > 0) {
            cases.push({
              name,
              kind: 'query',
              schema: { type: 'object', properties: Object.fromEntries(query.map((p) => [p.name, p.schema])), required: query.filter((p) => p.required).map((p) => p.name) },
              dto: dto?.query as Type<unknown>,
            });
          }
        }
      }
    } finally {
      await bus.close();
      await db.close().catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('finds the DTO class of every documented JSON body and query', () => {
    expect(cases.filter((c) => c.kind === 'body').length).toBeGreaterThan(30);
    expect(cases.filter((c) => c.kind === 'query').length).toBeGreaterThan(20);
    expect(cases.filter((c) => !c.dto).map((c) => `${c.name} ${c.kind}`)).toEqual([]);
  });

  it('accepts a sample built from the schema on both sides, and refuses or accepts each fault on both', async () => {
    const disagreements: string[] = [];
    const compiled = new Map<Json, ValidateFunction>();
    for (const { name, kind, schema, dto } of cases) {
      const validator = kind === 'query' ? queryAjv : ajv;
      const compile = (s: Json): ValidateFunction => {
        let validate = compiled.get(s);
        if (!validate) compiled.set(s, (validate = validator.compile(toJsonSchema(s, false))));
        return validate;
      };
      const accepts = (s: Json, value: unknown) => validator.compile(toJsonSchema(s, false))(structuredClone(value));
      const schemaAccepts = (value: unknown) => compile(schema)(structuredClone(value));
      const metadata: ArgumentMetadata = { type: kind, metatype: dto, data: undefined };
      const top = resolved(document, schema);
      const typed = sample(document, schema, accepts) as Record<string, unknown>;
      const valid = kind === 'query' ? Object.fromEntries(Object.entries(typed).map(([key, value]) => [key, String(value)])) : typed;
      const verdict = { schema: schemaAccepts(valid), server: await serverAccepts(valid, metadata) };
      checked++;
      if (!verdict.schema || !verdict.server) {
        disagreements.push(`${name} ${kind}: the sample ${JSON.stringify(valid)} — schema ${verdict.schema ? 'accepts' : 'refuses'}, server ${verdict.server ? 'accepts' : 'refuses'}`);
        continue;
      }
      for (const fault of faults(document, top, valid, kind === 'query')) {
        const s = schemaAccepts(fault.data);
        const server = await serverAccepts(fault.data, metadata);
        checked++;
        if (s !== server) disagreements.push(`${name} ${kind}: ${fault.what} — schema ${s ? 'accepts' : 'refuses'}, server ${server ? 'accepts' : 'refuses'}`);
      }
    }
    expect(checked).toBeGreaterThan(500);
    expect(disagreements).toEqual([]);
  });
});
