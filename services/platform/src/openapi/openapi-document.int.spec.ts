import { ORGANISATION_ID_PATTERN, PAGE_SIZE_MAX } from '@hpc-access/http';
import { platformOpenApiDocument } from './write-openapi-document';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

interface Operation {
  name: string;
  operation: Json;
}

const OPEN_PATHS = [/^\/health\//, /^\/api\/dev\//];

describe("the platform's OpenAPI document", () => {
  let document: Json;
  let operations: Operation[];

  beforeAll(async () => {
    document = await platformOpenApiDocument();
    operations = Object.entries(document.paths as Record<string, Json>).flatMap(([path, item]) =>
      Object.entries(item as Record<string, Json>).map(([method, operation]) => ({ name: `${method.toUpperCase()} ${path}`, operation })),
    );
  });

  it('gives every operation a unique <service>.<verbNoun> id and a summary', () => {
    const ids = operations.map((o) => o.operation.operationId as string);
    expect(operations.filter((o) => !/^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/.test(o.operation.operationId ?? '')).map((o) => o.name)).toEqual([]);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    expect(operations.filter((o) => !o.operation.summary).map((o) => o.name)).toEqual([]);
  });

  it('declares the body of every success answer (or 204 No Content)', () => {
    const undocumented = operations.filter(({ operation }) => {
      const successes = Object.entries(operation.responses as Record<string, Json>).filter(([status]) => /^2\d\d$/.test(status));
      return successes.length === 0 || successes.some(([status, response]) => status !== '204' && Object.keys(response.content ?? {}).length === 0);
    });
    expect(undocumented.map((o) => `${o.operation.operationId} (${o.name})`)).toEqual([]);
  });

  it('answers every refusal as problem+json with the one Problem schema', () => {
    const off = operations.flatMap(({ name, operation }) =>
      Object.entries(operation.responses as Record<string, Json>)
        .filter(([status]) => Number(status) >= 400)
        .filter(([, response]) => JSON.stringify(response.content) !== JSON.stringify({ 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } }))
        .map(([status]) => `${name} ${status}`),
    );
    expect(off).toEqual([]);
  });

  it('asks a bearer token everywhere but on the health, development-provider and docs routes', () => {
    expect(document.security).toEqual([{ bearer: [] }]);
    for (const { name, operation } of operations) {
      const open = OPEN_PATHS.some((path) => path.test(name.split(' ')[1]));
      if (open) expect({ name, security: operation.security }).toEqual({ name, security: [] });
      else expect({ name, unauthenticated: Boolean(operation.responses['401']) }).toEqual({ name, unauthenticated: true });
    }
  });

  it('refuses unknown properties in every request body, and says so', () => {
    const bodies = operations.flatMap(({ name, operation }) => {
      const ref: string | undefined = operation.requestBody?.content?.['application/json']?.schema?.$ref;
      return ref ? [{ name, schema: document.components.schemas[ref.split('/').pop() as string] }] : [];
    });
    expect(bodies.length).toBeGreaterThan(20);
    expect(bodies.filter((b) => b.schema.additionalProperties !== false).map((b) => b.name)).toEqual([]);
  });

  it('says the one page-size maximum and organisation-id form wherever a list takes them', () => {
    const parameters = operations.flatMap(({ name, operation }) => ((operation.parameters ?? []) as Json[]).map((parameter) => ({ name, parameter })));
    const pageSizes = parameters.filter((p) => p.parameter.name === 'pageSize');
    expect(pageSizes.length).toBeGreaterThan(10);
    expect(pageSizes.filter((p) => p.parameter.schema.maximum !== PAGE_SIZE_MAX || p.parameter.schema.minimum !== 1 || p.parameter.schema.type !== 'integer').map((p) => p.name)).toEqual([]);
    const organisationIds = parameters.filter((p) => p.parameter.name === 'organisationId' && p.parameter.in === 'query');
    expect(organisationIds.length).toBeGreaterThan(3);
    expect(organisationIds.filter((p) => p.parameter.schema.pattern !== ORGANISATION_ID_PATTERN.source).map((p) => p.name)).toEqual([]);
  });
});
