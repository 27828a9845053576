import type { Type } from '@nestjs/common';
import { getSchemaPath, type OpenAPIObject } from '@nestjs/swagger';
import type { OperationObject, ParameterObject, ReferenceObject, ResponseObject, SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { PROBLEM_DESCRIPTIONS, problemContent } from './responses';
import { ProblemView } from './problem.schema';
import { ROUTE_FACTS_EXTENSION, schemaName, type RequestClasses, type RouteFacts } from './route-facts';
import { validationRulesOf, type PropertyRules, type SchemaRules } from './validation-schema';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head'] as const;

/** Why each generic status can come back, as the operation's description of it. */
const GENERIC = {
  400: 'The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors`',
  401: 'No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why',
  403: 'The token is valid but its role or scope does not allow this',
  409: 'A request with this Idempotency-Key is still being processed: retry after the seconds in Retry-After',
  412: 'The If-Match revision is stale: read the resource again',
  413: 'The request body is too large',
  415: 'The request body is not application/json in UTF-8 (or its Content-Encoding is not supported)',
  422: 'This Idempotency-Key was already used for a different request, or the request cannot be carried out',
  429: 'Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After',
  503: 'Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached',
} as const;

const RETRY_AFTER = { description: 'Seconds to wait before retrying', schema: { type: 'integer', minimum: 1 } } as const;

type Operation = OperationObject & { [ROUTE_FACTS_EXTENSION]?: RouteFacts };
type Schema = SchemaObject & { $ref?: string };

/**
 * Adds to each operation what every route of the platform answers because of the global guard,
 * pipe and interceptors, and makes request schemas say what the validation pipe really accepts:
 * - `security: []` on @Public() routes (health, readiness, the development provider, docs);
 * - 400 on every operation: the URL is checked for NUL characters before routing, parameters and
 *   bodies by the pipe;
 * - 401, 403, 429 (failed-authentication limit) and 503 (storage full, issuer unreachable) on
 *   authenticated routes; 429 on rate-limited public routes;
 * - 413 and 415 where there is a request body; 409 and 422 with an Idempotency-Key; 412 with If-Match;
 * - the class-validator rules of query parameters and body DTOs (lengths, patterns, bounds, enums,
 *   required, `null` for @IsOptional()), `additionalProperties: false` on bodies (the pipe refuses
 *   unknown properties), and path parameters' patterns from their pipes.
 */
export function finishDocument(document: OpenAPIObject, classes: RequestClasses): OpenAPIObject {
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method] as Operation | undefined;
      if (operation) finishOperation(operation, classes);
    }
  }
  const done = new Set<string>();
  for (const [name, type] of classes.bodies) applyBodyRules(document, name, type, done);
  return document;
}

function finishOperation(operation: Operation, classes: RequestClasses): void {
  const facts = operation[ROUTE_FACTS_EXTENSION];
  delete operation[ROUTE_FACTS_EXTENSION];
  if (!facts) return;
  if (facts.public) operation.security = [];
  operation.parameters ??= [];
  const parameters = operation.parameters.filter((p): p is ParameterObject => !('$ref' in p));
  for (const parameter of parameters) {
    if (parameter.in === 'path' && facts.params?.[parameter.name]) parameter.schema = { ...(parameter.schema ?? {}), ...facts.params[parameter.name] };
  }
  const queryClass = facts.query ? classes.queries.get(facts.query) : undefined;
  if (queryClass) applyQueryRules(operation, parameters, validationRulesOf(queryClass));

  const headerOf = (name: string) => parameters.find((p) => p.in === 'header' && p.name.toLowerCase() === name.toLowerCase());
  const hasHeader = (name: string) => headerOf(name) !== undefined;
  const idempotencyKey = { type: 'string', minLength: 1, maxLength: 200 } as const;
  const declaredKey = headerOf('Idempotency-Key');
  if (declaredKey) declaredKey.schema = { ...(declaredKey.schema ?? {}), ...idempotencyKey };
  else if (facts.idempotent) {
    operation.parameters.push({ name: 'Idempotency-Key', in: 'header', required: false, description: 'Repeat the request with the same key and body: the first answer again, no second effect', schema: { ...idempotencyKey } });
  }
  const responses = operation.responses;
  const add = (status: keyof typeof GENERIC | number, description: string, headers?: ResponseObject['headers']) => {
    if (responses[String(status)]) return;
    responses[String(status)] = { description, content: problemContent(getSchemaPath(ProblemView)), ...(headers ? { headers } : {}) };
  };
  add(400, GENERIC[400]);
  if (!facts.public) {
    add(401, GENERIC[401], { 'WWW-Authenticate': { description: 'The bearer challenge, with the reason a token was refused', schema: { type: 'string' } } });
    add(403, GENERIC[403]);
    add(429, GENERIC[429], { 'Retry-After': RETRY_AFTER });
    add(503, GENERIC[503], { 'Retry-After': RETRY_AFTER });
  } else if (facts.rateLimited) {
    add(429, 'Too many requests from this address: retry after the seconds in Retry-After', { 'Retry-After': RETRY_AFTER });
  }
  if (operation.requestBody) {
    add(413, GENERIC[413]);
    add(415, GENERIC[415]);
  }
  if (facts.idempotent || hasHeader('Idempotency-Key')) {
    add(409, GENERIC[409], { 'Retry-After': RETRY_AFTER });
    add(422, GENERIC[422]);
  }
  if (hasHeader('If-Match')) add(412, GENERIC[412]);
  for (const [status, response] of Object.entries(responses)) {
    // A status declared with no description (SwaggerModule's default 200/201) gets the standard one.
    if (response && !('$ref' in response) && !response.description) response.description = PROBLEM_DESCRIPTIONS[Number(status)] ?? (Number(status) < 300 ? 'Done' : 'Refused');
  }
}

function applyQueryRules(operation: Operation, parameters: ParameterObject[], rules: Map<string, PropertyRules>): void {
  const refused: ParameterObject[] = [];
  for (const parameter of parameters) {
    if (parameter.in !== 'query') continue;
    const rule = rules.get(parameter.name);
    // Not validated: forbidNonWhitelisted refuses it, so it is no parameter of the route.
    if (!rule) {
      refused.push(parameter);
      continue;
    }
    parameter.required = rule.required;
    const schema = (parameter.schema ?? {}) as Schema;
    parameter.schema = schema;
    if (!schema.$ref) mergeRules(schema, rule.rules);
  }
  operation.parameters = (operation.parameters ?? []).filter((p) => !refused.includes(p as ParameterObject));
}

/** The schema of a body DTO and of the DTOs nested in it, as the validation pipe reads them. */
function applyBodyRules(document: OpenAPIObject, name: string, type: Type<unknown>, done: Set<string>): void {
  if (done.has(name)) return;
  done.add(name);
  const schema = document.components?.schemas?.[name] as Schema | undefined;
  if (!schema || schema.$ref) return;
  const rules = validationRulesOf(type);
  schema.type = 'object';
  schema.additionalProperties = false;
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  for (const property of Object.keys(properties)) if (!rules.has(property)) delete properties[property];
  const required: string[] = [];
  for (const [property, rule] of rules) {
    const current = properties[property] ?? {};
    properties[property] = current;
    if (rule.required) required.push(property);
    if (rule.nested) {
      const nestedName = schemaName(rule.nested);
      applyBodyRules(document, nestedName, rule.nested, done);
    }
    const ref = current.$ref ?? (current.allOf?.length === 1 ? (current.allOf[0] as ReferenceObject).$ref : undefined);
    if (ref) {
      // An object: 3.0 ignores siblings of $ref, so a null it may take is said through allOf.
      properties[property] = rule.nullable ? { type: 'object', nullable: true, allOf: [{ $ref: ref }] } : { $ref: ref };
      continue;
    }
    mergeRules(current, rule.rules);
    if (rule.nullable) current.nullable = true;
    if (rule.nested && current.type === 'array' && current.items && !('$ref' in current.items)) {
      current.items = { $ref: getSchemaPath(schemaName(rule.nested)) };
    }
  }
  schema.properties = properties;
  if (required.length > 0) schema.required = required;
  else delete schema.required;
}

function mergeRules(schema: Schema, rules: SchemaRules): void {
  const { items, ...own } = rules;
  for (const [key, value] of Object.entries(own)) if (value !== undefined) (schema as Record<string, unknown>)[key] = value;
  if (items && schema.items && !('$ref' in schema.items)) mergeRules(schema.items as Schema, items);
  else if (items && schema.type === 'array' && !schema.items) {
    schema.items = {};
    mergeRules(schema.items as Schema, items);
  }
}
