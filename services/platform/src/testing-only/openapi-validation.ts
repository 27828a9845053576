import { mkdirSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, OutgoingHttpHeaders, Server, ServerResponse } from 'node:http';
import { basename, join, resolve } from 'node:path';
import { OpenApiResponseValidator, type ObservedResponse, type ValidatorOptions } from './openapi-response-validator';

/**
 * Every answer the end-to-end suites receive is checked against the OpenAPI document: on the
 * embedded platform's server (whatever client sent the request), and in the clients of
 * distributed mode. What does not match is kept until the running test ends, which then fails
 * with the list (openapi-validation.setup.ts); the counts go to a file per test file, which the
 * run's reporter adds up (scripts/openapi-validation-reporter.js).
 */

interface Tally {
  validated: number;
  spared: number;
  outside: number;
  mismatched: number;
  operations: Set<string>;
  sparedOperations: Set<string>;
  pending: string[];
}

const STATE = Symbol.for('hpc-access:openapi-validation');
const globals = globalThis as typeof globalThis & { [STATE]?: Tally };

function tally(): Tally {
  globals[STATE] ??= { validated: 0, spared: 0, outside: 0, mismatched: 0, operations: new Set(), sparedOperations: new Set(), pending: [] };
  return globals[STATE];
}

/**
 * Strict by default: every answer is checked. `HPC_OPENAPI_VALIDATION=documented` checks only
 * operations that declare their success body (while views are being written), `off` nothing.
 */
export function validationStrictness(env: NodeJS.ProcessEnv = process.env): ValidatorOptions['strictness'] | 'off' {
  const value = (env.HPC_OPENAPI_VALIDATION ?? 'strict').toLowerCase();
  if (value === 'off' || value === 'documented' || value === 'strict') return value;
  throw new Error(`HPC_OPENAPI_VALIDATION must be strict, documented or off, not ${value}`);
}

const validators = new WeakMap<object, OpenApiResponseValidator>();

/** One validator per document (compiling the schemas is done once). Undefined when validation is off. */
export function responseValidatorFor(document: object, options: Pick<ValidatorOptions, 'intermediaryStatuses'> = {}): OpenApiResponseValidator | undefined {
  const strictness = validationStrictness();
  if (strictness === 'off') return undefined;
  let validator = validators.get(document);
  if (!validator) {
    validator = new OpenApiResponseValidator(document, { strictness, ...options });
    validators.set(document, validator);
  }
  return validator;
}

/** Checks one answer and keeps the verdict. */
export function recordResponse(validator: OpenApiResponseValidator, response: ObservedResponse): void {
  const state = tally();
  const verdict = validator.check(response);
  if (verdict.kind === 'outside') {
    state.outside += 1;
  } else if (verdict.kind === 'spared') {
    state.spared += 1;
    state.sparedOperations.add(verdict.operationId);
  } else {
    state.validated += 1;
    state.operations.add(verdict.operationId);
    if (verdict.faults.length > 0) {
      state.mismatched += 1;
      state.pending.push(`${response.method} ${response.url} answered ${response.status} (${verdict.operationId}): ${verdict.faults.join('; ')}`);
    }
  }
}

/** The mismatches since the last call (the running test's). */
export function takeMismatches(): string[] {
  const state = tally();
  return state.pending.splice(0, state.pending.length);
}

export function mismatchError(mismatches: string[]): Error {
  return new Error(`${mismatches.length} answer(s) do not match the OpenAPI document (/api/docs-json):\n- ${mismatches.join('\n- ')}`);
}

/**
 * Watches every answer of an HTTP server: a copy of what the handler writes is kept and checked
 * once the answer is finished. Installed before Express's own listener, so it sees the URL as sent.
 */
export function observeServerResponses(server: Server, validator: OpenApiResponseValidator): void {
  server.prependListener('request', (request: IncomingMessage, response: ServerResponse) => {
    const method = request.method ?? 'GET';
    const url = request.url ?? '/';
    const chunks: Buffer[] = [];
    const keep = (chunk: unknown, encoding?: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
      chunks.push(Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8') : Buffer.from(chunk as Uint8Array));
    };
    const write = response.write.bind(response) as (...args: unknown[]) => boolean;
    const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
    response.write = ((...args: unknown[]) => {
      keep(args[0], args[1]);
      return write(...args);
    }) as ServerResponse['write'];
    response.end = ((...args: unknown[]) => {
      keep(args[0], args[1]);
      return end(...args);
    }) as ServerResponse['end'];
    response.on('finish', () => {
      recordResponse(validator, { method, url, status: response.statusCode, headers: headerMap(response.getHeaders()), text: Buffer.concat(chunks).toString('utf8') });
    });
  });
}

function headerMap(headers: OutgoingHttpHeaders): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = value === undefined ? undefined : Array.isArray(value) ? value.join(', ') : String(value);
  return out;
}

/** Headers of a fetch Response as the validator reads them. */
export function fetchHeaders(headers: Headers): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  headers.forEach((value, name) => {
    out[name.toLowerCase()] = value;
  });
  return out;
}

/** Where each test file leaves its counts: the run's reporter names it (scripts/openapi-validation-reporter.js). */
export const TALLY_DIR = process.env.HPC_OPENAPI_TALLY_DIR ?? resolve(__dirname, '..', '..', '..', '..', 'dist-test', 'openapi-validation', 'no-reporter');

/** Writes this test file's counts (nothing when it received no answer to check). */
export function writeTally(testPath: string): void {
  const state = tally();
  if (state.validated + state.spared + state.outside === 0) return;
  mkdirSync(TALLY_DIR, { recursive: true });
  const file = join(TALLY_DIR, `tally-${basename(testPath)}-${process.pid}-${Date.now()}.json`);
  writeFileSync(
    file,
    JSON.stringify({
      testPath,
      validated: state.validated,
      spared: state.spared,
      outside: state.outside,
      mismatched: state.mismatched,
      operations: [...state.operations],
      sparedOperations: [...state.sparedOperations],
    }),
  );
}

interface SuperagentResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text?: string;
}

type Requester = (url: string) => { on(event: 'response', listener: (response: SuperagentResponse) => void): unknown };

/**
 * A supertest agent (`request(baseUrl)`) whose every answer is checked: for a server in another
 * process (distributed mode), where the server cannot be watched.
 */
export function observeSupertest<Agent extends object>(agent: Agent, validator: OpenApiResponseValidator): Agent {
  return new Proxy(agent, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof property !== 'string' || !['get', 'post', 'put', 'patch', 'delete', 'head'].includes(property) || typeof value !== 'function') return value;
      return (url: string) => {
        const test = (value as Requester).call(target, url);
        test.on('response', (response) => {
          const headers: Record<string, string | undefined> = {};
          for (const [name, header] of Object.entries(response.headers)) headers[name.toLowerCase()] = Array.isArray(header) ? header.join(', ') : header;
          recordResponse(validator, { method: property.toUpperCase(), url, status: response.status, headers, text: response.text ?? '' });
        });
        return test;
      };
    },
  });
}
