import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/** The parts of an OpenAPI 3.0 document the validator reads (kept loose: it is JSON). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

export interface ObservedResponse {
  method: string;
  /** The request's path with its query string, as sent. */
  url: string;
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string | undefined>;
  /** The body as text ('' when there was none). */
  text: string;
}

export type Verdict =
  /** Checked against the operation's declared answer: `faults` empty when it matched. */
  | { kind: 'validated'; operationId: string; faults: string[] }
  /** An operation that declares no success body yet, while strictness spares those. */
  | { kind: 'spared'; operationId: string }
  /** No operation of the document: /metrics, /api/docs, an unknown path's 404. */
  | { kind: 'outside' };

export interface ValidatorOptions {
  /**
   * `strict`: every operation's answers are checked. `documented`: only those of operations that
   * declare their success body (the others are counted as spared), while views are being written.
   */
  strictness: 'strict' | 'documented';
  /**
   * Statuses something in front of the operations may answer with problem+json whatever the
   * operation declares: distributed mode's gateway says 502 or 504 when a service did not answer.
   */
  intermediaryStatuses?: number[];
}

interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  params: number;
  operation: Json;
}

export const COMPONENTS_ID = 'openapi-components';

/** Every 2xx answer of the operation declares its body, or is 204 No Content. */
export function declaresSuccessBody(operation: Json): boolean {
  const successes = Object.entries(operation.responses ?? {}).filter(([status]) => /^2\d\d$/.test(status));
  return successes.length > 0 && successes.every(([status, response]) => status === '204' || Object.keys((response as Json).content ?? {}).length > 0);
}

/**
 * Checks an HTTP answer against the OpenAPI document: the status is one the operation declares,
 * the declared headers are there and well formed, the media type is declared and the body matches
 * its schema. Schemas are compiled with ajv (JSON Schema draft-07) after turning OpenAPI 3.0's
 * `nullable` and boolean `exclusiveMinimum` into their JSON Schema forms; objects that list their
 * properties are closed (a field a view does not declare is drift too).
 */
export class OpenApiResponseValidator {
  private readonly ajv: Ajv;
  private readonly routes: Route[] = [];
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(
    document: Json,
    private readonly options: ValidatorOptions,
  ) {
    this.ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: COMPONENTS_ID, definitions: toJsonSchema(document.components?.schemas ?? {}, true) });
    for (const [template, item] of Object.entries(document.paths ?? {})) {
      for (const [method, operation] of Object.entries(item as Json)) {
        if (!['get', 'put', 'post', 'delete', 'patch'].includes(method)) continue;
        const params = (template.match(/\{[^}]+\}/g) ?? []).length;
        const source = template.split(/\{[^}]+\}/).map(escapeRegExp).join('[^/]+');
        this.routes.push({ method: method.toUpperCase(), template, pattern: new RegExp(`^${source}/?$`), params, operation });
      }
    }
    // A fixed segment wins over a parameter (`/applications/mine` before `/applications/{id}`).
    this.routes.sort((a, b) => a.params - b.params);
  }

  /** The operation that answers `method url`, if the document has one. */
  operationFor(method: string, url: string): Route | undefined {
    const path = decodePath(url.split('?')[0] ?? url);
    return this.routes.find((route) => route.method === method.toUpperCase() && route.pattern.test(path));
  }

  check(response: ObservedResponse): Verdict {
    const route = this.operationFor(response.method, response.url);
    if (!route) return { kind: 'outside' };
    const operationId: string = route.operation.operationId ?? `${route.method} ${route.template}`;
    if (this.options.strictness === 'documented' && !declaresSuccessBody(route.operation)) return { kind: 'spared', operationId };
    return { kind: 'validated', operationId, faults: this.faults(route, response) };
  }

  private faults(route: Route, response: ObservedResponse): string[] {
    const intermediary = this.options.intermediaryStatuses?.includes(response.status)
      ? { description: 'From the gateway', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } }
      : undefined;
    const declared = route.operation.responses?.[String(response.status)] ?? route.operation.responses?.default ?? intermediary;
    if (!declared) return [`status ${response.status} is not declared (declared: ${Object.keys(route.operation.responses ?? {}).join(', ')})`];
    const faults: string[] = [];
    for (const [name, header] of Object.entries((declared.headers ?? {}) as Record<string, Json>)) {
      const value = response.headers[name.toLowerCase()];
      if (value === undefined) {
        if (header.required) faults.push(`header ${name} is required and missing`);
        continue;
      }
      const schema = header.schema ?? {};
      const parsed = ['integer', 'number'].includes(schema.type) && value.trim() !== '' ? Number(value) : value;
      const errors = this.validate(`${route.method} ${route.template} ${response.status} header ${name}`, schema, parsed);
      if (errors) faults.push(`header ${name}: ${errors}`);
    }
    const content = (declared.content ?? {}) as Record<string, Json>;
    const mediaTypes = Object.keys(content);
    const hasBody = response.text.length > 0;
    if (!hasBody) {
      // A declared body that did not come is drift, unless the schema allows nothing at all.
      if (mediaTypes.length > 0 && response.status !== 204 && response.method !== 'HEAD') faults.push(`no body, but ${mediaTypes.join(', ')} is declared`);
      return faults;
    }
    if (mediaTypes.length === 0) return [...faults, `a body (${response.headers['content-type'] ?? 'no content type'}) where none is declared`];
    const contentType = (response.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    const mediaType = mediaTypes.find((declaredType) => mediaTypeMatches(declaredType, contentType));
    if (!mediaType) return [...faults, `content type ${contentType || '(none)'} is not declared (declared: ${mediaTypes.join(', ')})`];
    const schema = content[mediaType].schema;
    if (!schema) return faults;
    if (!/json/.test(contentType)) return faults;
    let body: unknown;
    try {
      body = JSON.parse(response.text);
    } catch {
      return [...faults, `the body is not JSON although ${contentType}`];
    }
    const errors = this.validate(`${route.method} ${route.template} ${response.status} ${mediaType}`, schema, body);
    if (errors) faults.push(`body: ${errors}`);
    return faults;
  }

  private validate(key: string, schema: Json, value: unknown): string | undefined {
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(toJsonSchema(schema, true));
      this.compiled.set(key, validate);
    }
    if (validate(value)) return undefined;
    return describe(validate.errors ?? []);
  }
}

function describe(errors: ErrorObject[]): string {
  return errors
    .slice(0, 8)
    .map((e) => {
      const where = e.instancePath || '(root)';
      const extra = e.keyword === 'additionalProperties' ? ` (${String((e.params as { additionalProperty?: string }).additionalProperty)})` : e.keyword === 'enum' ? ` (${JSON.stringify((e.params as { allowedValues?: unknown }).allowedValues)})` : '';
      return `${where} ${e.message ?? e.keyword}${extra}`;
    })
    .join('; ');
}

/**
 * OpenAPI 3.0 schema → JSON Schema draft-07: `nullable` as a null type, boolean exclusive bounds
 * as numeric ones, references into the components schema, and (when `close`) objects listing
 * their properties closed to others.
 */
export function toJsonSchema(node: Json, close: boolean): Json {
  if (Array.isArray(node)) return node.map((item) => toJsonSchema(item, close));
  if (node === null || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string') out.$ref = value.replace('#/components/schemas/', `${COMPONENTS_ID}#/definitions/`);
    else if (['example', 'examples', 'xml', 'externalDocs', 'discriminator'].includes(key)) continue;
    else out[key] = toJsonSchema(value, close);
  }
  if (out.exclusiveMinimum === true) {
    out.exclusiveMinimum = out.minimum;
    delete out.minimum;
  } else if (out.exclusiveMinimum === false) delete out.exclusiveMinimum;
  if (out.exclusiveMaximum === true) {
    out.exclusiveMaximum = out.maximum;
    delete out.maximum;
  } else if (out.exclusiveMaximum === false) delete out.exclusiveMaximum;
  if (close && out.properties && typeof out.properties === 'object' && out.additionalProperties === undefined && !out.allOf && !out.anyOf && !out.oneOf) {
    out.additionalProperties = false;
  }
  if (out.nullable === true) {
    delete out.nullable;
    if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
    if (typeof out.type === 'string' && !out.allOf && !out.$ref) {
      out.type = [out.type, 'null'];
      return out;
    }
    return { anyOf: [{ type: 'null' }, out] };
  }
  delete out.nullable;
  return out;
}

function mediaTypeMatches(declared: string, actual: string): boolean {
  const d = declared.toLowerCase();
  if (d === '*/*' || d === actual) return true;
  return d.endsWith('/*') && actual.startsWith(d.slice(0, -1));
}

function decodePath(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
