import { inspectJson, MAX_JSON_DEPTH, refuseUnsafeJson } from './json-inspection';
import { ProblemException } from './problem';

describe('inspectJson', () => {
  it('passes ordinary JSON', () => {
    expect(inspectJson({ legalName: 'Aurora', sme: { staff: 4 }, contacts: [{ name: 'Zoë', email: 'z@a.ee' }], ok: true, none: null })).toBeUndefined();
  });

  it('names a number that JSON.parse turned into Infinity', () => {
    expect(inspectJson(JSON.parse('{"sme":{"staff":1e999}}'))).toEqual({ field: 'sme.staff', reason: 'must be a finite number' });
    expect(inspectJson(JSON.parse('[1, -1e999]'))).toEqual({ field: '1', reason: 'must be a finite number' });
  });

  it('names a string or a key holding the NUL character', () => {
    expect(inspectJson(JSON.parse('{"contacts":[{"name":"a\\u0000b"}]}'))).toEqual({ field: 'contacts.0.name', reason: 'must not contain the NUL character (\\u0000)' });
    expect(inspectJson(JSON.parse('{"a\\u0000":1}'))).toMatchObject({ field: 'a\\u0000' });
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %s by name, nested ones included', (key) => {
    expect(inspectJson(JSON.parse(`{"${key}":{"polluted":true}}`))).toEqual({ field: key, reason: `property ${key} should not exist` });
    expect(inspectJson(JSON.parse(`{"sme":{"${key}":1}}`))).toEqual({ field: `sme.${key}`, reason: `property ${key} should not exist` });
  });

  it('refuses nesting deeper than the limit without recursing (100,000 levels)', () => {
    const deep = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(inspectJson(deep)).toMatchObject({ reason: `nests deeper than ${MAX_JSON_DEPTH} levels` });
    const justDeepEnough = JSON.parse(`${'{"a":'.repeat(MAX_JSON_DEPTH - 1)}1${'}'.repeat(MAX_JSON_DEPTH - 1)}`);
    expect(inspectJson(justDeepEnough)).toBeUndefined();
  });

  it('throws a 400 problem naming the field', () => {
    let thrown: unknown;
    try {
      refuseUnsafeJson(JSON.parse('{"gpuHours":1e999}'));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ProblemException);
    expect((thrown as ProblemException).problem).toMatchObject({ status: 400, code: 'validation-failed', errors: [{ field: 'gpuHours', reason: 'must be a finite number' }] });
  });
});
