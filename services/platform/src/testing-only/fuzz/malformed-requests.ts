import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { exampleOf, resolve, type OpenApiDocument, type Schema } from './openapi-operations';

/** One request the platform must refuse (writes) or at least answer with a 4xx or a 2xx (reads). */
export interface FuzzRequest {
  kind: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

/** Stands for a number JSON.stringify cannot write (it writes Infinity as null); replaced in the text. */
const NONFINITE = '\u2063NONFINITE\u2063';
const NONFINITE_TEXTS = ['1e999', '-1e999', '1E400'];

/** Path and query values no route takes, already percent-encoded where they need it. */
const SPECIAL_VALUES = [
  'a%00b', '%00', '9'.repeat(400), '-1', '1e999', '-1e999', 'NaN', 'Infinity', '%ff', '%E0%A4%A', '%', '__proto__', 'constructor', 'prototype',
  'x'.repeat(5000), '%20', '..%2F..%2Fetc%2Fpasswd', "'%20OR%201%3D1--", encodeURIComponent('😀'.repeat(20)), '0x10', '1.5', 'true', 'null', '%5B%5D',
];

export const malformedValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SPECIAL_VALUES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }).map((s) => encodeURIComponent(s)) },
  { weight: 1, arbitrary: fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String) },
  { weight: 1, arbitrary: fc.double({ noNaN: false }).map(String) },
);

const json = (value: unknown) => {
  const text = JSON.stringify(value);
  return Buffer.from(text.replace(JSON.stringify(NONFINITE), NONFINITE_TEXTS[text.length % NONFINITE_TEXTS.length]));
};

/** Nested far deeper than anything the platform takes, as objects or arrays, under a field or at the top. */
const deepBody = fc.record({ depth: fc.integer({ min: 200, max: 20_000 }), arrays: fc.boolean(), field: fc.constantFrom('', 'records', 'rules', 'sme', 'x') }).map(({ depth, arrays, field }) => {
  const inner = arrays ? `${'['.repeat(depth)}1${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
  return Buffer.from(field ? `{"${field}":${inner}}` : inner);
});

/** Random JSON that is never a command: a primitive, an array, or an object of fields no DTO declares. */
const randomJson = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).filter((v) => v === null || typeof v !== 'object'),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 5 }),
  fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }).map((k) => `fuzz-${k}`), fc.jsonValue({ maxDepth: 3 }), { minKeys: 1, maxKeys: 5 }),
).map((v) => Buffer.from(JSON.stringify(v)));

const brokenJson = fc.constantFrom('{', '{"a":', '{"a":1,}', "{'a':1}", '{"a":01}', '[1,2', '{"a":"\n"}', '{} {}', 'nul', '\u0000', '{"a":"\\u12"}', '{"a":1}x').map((t) => Buffer.from(t));

/** Every way to break a valid body: required fields dropped, wrong types, [] for an object, forbidden keys, NUL, non-finite numbers. */
export function mutationsOf(document: OpenApiDocument, schema: Schema): unknown[] {
  const base = exampleOf(document, schema);
  if (base === null || typeof base !== 'object' || Array.isArray(base)) return [];
  const out: unknown[] = [];
  const visit = (s: Schema, value: Record<string, unknown>, set: (next: Record<string, unknown>) => unknown, depth: number) => {
    const resolved = resolve(document, s);
    for (const key of resolved.required ?? []) {
      const field = resolve(document, resolved.properties?.[key] ?? {});
      const without = { ...value };
      delete without[key];
      out.push(set(without));
      out.push(set({ ...value, [key]: null }));
      const wrong = field.type === 'string' ? 12345 : field.type === 'number' || field.type === 'integer' ? 'not-a-number' : field.type === 'boolean' ? 'yes' : field.type === 'array' ? 'not-an-array' : [];
      out.push(set({ ...value, [key]: wrong }));
      if (field.type === 'object' || field.properties) out.push(set({ ...value, [key]: [] }), set({ ...value, [key]: [value[key]] }));
      if (field.type === 'number' || field.type === 'integer') out.push(set({ ...value, [key]: NONFINITE }));
      if (field.type === 'string') out.push(set({ ...value, [key]: `${String(value[key] ?? 'x')}\u0000` }));
      const child = value[key];
      if (depth < 3 && child && typeof child === 'object' && !Array.isArray(child)) {
        visit(field, child as Record<string, unknown>, (next) => set({ ...value, [key]: next }), depth + 1);
      }
      if (depth < 3 && Array.isArray(child) && child[0] && typeof child[0] === 'object' && field.items) {
        visit(field.items, child[0] as Record<string, unknown>, (next) => set({ ...value, [key]: [next] }), depth + 1);
      }
    }
    for (const forbidden of ['__proto__', 'constructor', 'prototype']) {
      out.push(set(JSON.parse(JSON.stringify(value).replace(/^\{/, `{"${forbidden}":{"polluted":true},`).replace(/,\}$/, '}'))));
    }
    out.push(set({ ...value, fuzzUnknownField: 1 }));
  };
  visit(schema, base as Record<string, unknown>, (next) => next, 0);
  return out;
}

export interface BodyCaseOptions {
  limitBytes: number;
  mutations: unknown[];
  textBody: boolean;
}

/** A malformed body with the headers it goes with, and what kind of fault it is. */
export function malformedBody(options: BodyCaseOptions): fc.Arbitrary<{ kind: string; headers: Record<string, string>; body: Buffer }> {
  const type = options.textBody ? 'text/plain' : 'application/json';
  const asJson = (kind: string) => (body: Buffer) => ({ kind, headers: { 'content-type': type }, body });
  const cases: Array<fc.WeightedArbitrary<{ kind: string; headers: Record<string, string>; body: Buffer }>> = [
    { weight: 2, arbitrary: deepBody.map(asJson('deep-nesting')) },
    { weight: 1, arbitrary: fc.constant(null).map(() => ({ kind: 'oversize', headers: { 'content-type': type }, body: Buffer.alloc(options.limitBytes + 1024, options.textBody ? 'JobID\n' : ' ') })) },
    { weight: 2, arbitrary: fc.constantFrom('br', 'compress', 'x-unknown', 'gzip', 'deflate', 'gzip, br').map((encoding) => ({ kind: 'content-encoding', headers: { 'content-type': type, 'content-encoding': encoding }, body: Buffer.from(encoding === 'x-unknown' || encoding.includes('br') || encoding === 'compress' ? gzipSync('{}') : '{"not":"compressed"}') })) },
    { weight: 2, arbitrary: fc.constantFrom('text/xml', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=latin1', 'application/octet-stream', options.textBody ? 'application/json' : 'text/plain').map((contentType) => ({ kind: 'content-type', headers: { 'content-type': contentType }, body: Buffer.from('a=b&c=d') })) },
  ];
  if (options.textBody) {
    cases.push({ weight: 4, arbitrary: fc.tuple(fc.string({ unit: 'binary', maxLength: 200 }), fc.integer({ min: 0, max: 8 })).map(([text, at]) => ({ kind: 'text-with-nul', headers: { 'content-type': type }, body: Buffer.from(`JobID|Account|Partition|Start|End|ElapsedRaw|State|AllocTRES|ConsumedEnergyRaw\n${['4711', 'EHPC-X', 'lumi-g', '2026-11-02T10:00:00', '2026-11-02T12:00:00', '7200', 'COMPLETED', 'billing=1', '0'].map((f, i) => (i === at ? `${f}\u0000${text}` : f)).join('|')}\n`) })) });
  } else {
    cases.push(
      { weight: 3, arbitrary: randomJson.map(asJson('random-json')) },
      { weight: 2, arbitrary: brokenJson.map(asJson('broken-json')) },
    );
    if (options.mutations.length > 0) cases.push({ weight: 8, arbitrary: fc.constantFrom(...options.mutations).map((m) => asJson('mutated-example')(json(m))) });
  }
  return fc.oneof(...cases);
}
