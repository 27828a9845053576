/** The operations of an OpenAPI 3 document, as the fuzz test drives them. */
export interface Operation {
  method: string;
  /** The path template, e.g. `/api/applications/{id}`. */
  path: string;
  pathParams: string[];
  queryParams: Array<{ name: string; required: boolean }>;
  /** The JSON schema of the body (refs resolved on use), or undefined when the route takes none. */
  body?: Schema;
  /** The body's media type as documented (application/json, text/plain). */
  bodyType?: string;
}

export interface Schema {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  example?: unknown;
  allOf?: Schema[];
  format?: string;
  minimum?: number;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: Array<{ name: string; in: string; required?: boolean }>; requestBody?: { content: Record<string, { schema: Schema }> } }>>;
  components?: { schemas?: Record<string, Schema> };
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

export function operationsOf(document: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const parameters = op.parameters ?? [];
      const content = op.requestBody?.content ?? {};
      const bodyType = Object.keys(content)[0];
      operations.push({
        method: method.toUpperCase(),
        path,
        pathParams: [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]),
        queryParams: parameters.filter((p) => p.in === 'query').map((p) => ({ name: p.name, required: p.required === true })),
        ...(bodyType ? { body: content[bodyType].schema, bodyType } : {}),
      });
    }
  }
  return operations;
}

/** Follows `$ref` and `allOf` to the schema itself. */
export function resolve(document: OpenApiDocument, schema: Schema): Schema {
  let current = schema;
  for (let i = 0; i < 20 && (current.$ref || current.allOf); i++) {
    if (current.$ref) current = document.components?.schemas?.[current.$ref.split('/').pop() as string] ?? {};
    else current = (current.allOf as Schema[])[0];
  }
  return current;
}

/** A body shaped as the schema says, from its examples where it has them: the base that mutations break. */
export function exampleOf(document: OpenApiDocument, schema: Schema, depth = 0): unknown {
  const s = resolve(document, schema);
  if (s.example !== undefined) return s.example;
  if (s.enum?.length) return s.enum[0];
  if (depth > 6) return null;
  switch (s.type) {
    case 'object': return Object.fromEntries(Object.entries(s.properties ?? {}).map(([k, v]) => [k, exampleOf(document, v, depth + 1)]));
    case 'array': return s.items ? [exampleOf(document, s.items, depth + 1)] : [];
    case 'string': return s.format === 'date-time' ? '2026-11-02T10:00:00Z' : s.format === 'date' ? '2026-11-02' : 'fuzz';
    case 'number':
    case 'integer': return s.minimum ?? 1;
    case 'boolean': return true;
    default: return s.properties ? exampleOf(document, { ...s, type: 'object' }, depth) : 'fuzz';
  }
}

export type { OpenApiDocument };
