import { OpenApiResponseValidator, declaresSuccessBody, type ObservedResponse } from './openapi-response-validator';
import { validationStrictness } from './openapi-validation';

const problem = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };
const document = {
  openapi: '3.0.3',
  paths: {
    '/api/things': {
      get: {
        operationId: 'test.listThings',
        responses: {
          '200': { description: 'A page', content: { 'application/json': { schema: { type: 'object', required: ['items'], properties: { items: { type: 'array', items: { $ref: '#/components/schemas/Thing' } } } } } } },
          '401': { description: 'No token', content: problem, headers: { 'WWW-Authenticate': { schema: { type: 'string' }, required: true } } },
        },
      },
    },
    '/api/things/mine': { get: { operationId: 'test.mine', responses: { '200': { description: '' } } } },
    '/api/things/{id}': {
      get: { operationId: 'test.getThing', responses: { '200': { description: 'One', content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } }, '404': { description: 'Not found', content: problem } } },
      delete: { operationId: 'test.deleteThing', responses: { '204': { description: 'Gone' }, '429': { description: 'Slow down', content: problem, headers: { 'Retry-After': { schema: { type: 'integer', minimum: 1 } } } } } },
    },
  },
  components: {
    schemas: {
      Thing: {
        type: 'object',
        required: ['thingId', 'closedAt', 'kind'],
        properties: {
          thingId: { type: 'string', format: 'uuid' },
          closedAt: { type: 'string', format: 'date-time', nullable: true },
          kind: { type: 'string', enum: ['a', 'b'], nullable: true },
          size: { type: 'number', minimum: 0, exclusiveMinimum: true },
        },
      },
      Problem: { type: 'object', required: ['type', 'title', 'status'], properties: { type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' }, detail: { type: 'string' } } },
    },
  },
};

const thing = { thingId: '3f2b8c1e-0000-4000-8000-000000000001', closedAt: null, kind: 'a' };
const answer = (over: Partial<ObservedResponse>): ObservedResponse => ({
  method: 'GET',
  url: '/api/things/3f2b8c1e-0000-4000-8000-000000000001',
  status: 200,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  text: JSON.stringify(thing),
  ...over,
});

describe('checking an answer against the OpenAPI document', () => {
  const strict = new OpenApiResponseValidator(document, { strictness: 'strict' });

  it('accepts an answer that matches its operation, with nulls where the view allows them', () => {
    expect(strict.check(answer({}))).toEqual({ kind: 'validated', operationId: 'test.getThing', faults: [] });
  });

  it('refuses a status the operation does not declare', () => {
    const verdict = strict.check(answer({ status: 409, headers: { 'content-type': 'application/problem+json' }, text: '{}' }));
    expect(verdict).toEqual({ kind: 'validated', operationId: 'test.getThing', faults: [expect.stringContaining('status 409 is not declared')] });
  });

  it('names the field of a body that drifted: a wrong format, a value outside the enum, an undeclared property', () => {
    const verdict = strict.check(answer({ text: JSON.stringify({ ...thing, thingId: 'not-a-uuid', kind: 'c', extra: 1 }) }));
    const faults = verdict.kind === 'validated' ? verdict.faults.join(' ') : '';
    expect(faults).toMatch(/\/thingId must match format "uuid"/);
    expect(faults).toMatch(/\/kind must be equal to one of the allowed values/);
    expect(faults).toMatch(/must NOT have additional properties \(extra\)/);
  });

  it('reads OpenAPI 3.0\'s boolean exclusiveMinimum', () => {
    const verdict = strict.check(answer({ text: JSON.stringify({ ...thing, size: 0 }) }));
    expect(verdict.kind === 'validated' && verdict.faults).toEqual([expect.stringMatching(/\/size must be > 0/)]);
  });

  it('refuses an undeclared media type and a missing required header', () => {
    expect(strict.check(answer({ headers: { 'content-type': 'text/html' }, text: '<p>' }))).toEqual(expect.objectContaining({ faults: [expect.stringContaining('content type text/html is not declared')] }));
    const unauthorised = strict.check(answer({ url: '/api/things?page=2', status: 401, headers: { 'content-type': 'application/problem+json' }, text: JSON.stringify({ type: 't', title: 'x', status: 401 }) }));
    expect(unauthorised).toEqual({ kind: 'validated', operationId: 'test.listThings', faults: ['header WWW-Authenticate is required and missing'] });
  });

  it('checks a header\'s value against its schema and takes a 204 without a body', () => {
    const slow = strict.check(answer({ method: 'DELETE', status: 429, headers: { 'content-type': 'application/problem+json', 'retry-after': 'soon' }, text: JSON.stringify({ type: 't', title: 'x', status: 429 }) }));
    expect(slow.kind === 'validated' && slow.faults).toEqual([expect.stringMatching(/^header Retry-After: .*must be integer/)]);
    expect(strict.check(answer({ method: 'DELETE', status: 204, headers: {}, text: '' }))).toEqual({ kind: 'validated', operationId: 'test.deleteThing', faults: [] });
  });

  it('takes a gateway\'s 502 as problem+json where told to, and only then', () => {
    const problemAnswer = answer({ status: 502, headers: { 'content-type': 'application/problem+json' }, text: JSON.stringify({ type: 't', title: 'Bad gateway', status: 502 }) });
    const behindGateway = new OpenApiResponseValidator(document, { strictness: 'strict', intermediaryStatuses: [502, 504] });
    expect(behindGateway.check(problemAnswer)).toEqual({ kind: 'validated', operationId: 'test.getThing', faults: [] });
    expect(behindGateway.check({ ...problemAnswer, text: '{}' })).toEqual(expect.objectContaining({ faults: [expect.stringContaining("must have required property 'type'")] }));
    expect(strict.check(problemAnswer)).toEqual(expect.objectContaining({ faults: [expect.stringContaining('status 502 is not declared')] }));
  });

  it('prefers a fixed path segment to a parameter and leaves paths outside the document alone', () => {
    expect(strict.operationFor('GET', '/api/things/mine?x=1')?.operation.operationId).toBe('test.mine');
    expect(strict.check(answer({ url: '/metrics' }))).toEqual({ kind: 'outside' });
  });

  it('spares, when told to, the operations that do not declare their success body yet', () => {
    const documented = new OpenApiResponseValidator(document, { strictness: 'documented' });
    expect(documented.check(answer({ url: '/api/things/mine', text: '[]' }))).toEqual({ kind: 'spared', operationId: 'test.mine' });
    expect(strict.check(answer({ url: '/api/things/mine', text: '[]' }))).toEqual({ kind: 'validated', operationId: 'test.mine', faults: [expect.stringContaining('a body')] });
    expect(declaresSuccessBody(document.paths['/api/things/{id}'].delete)).toBe(true);
    expect(declaresSuccessBody(document.paths['/api/things/mine'].get)).toBe(false);
  });
});

describe('how strictly the end-to-end suites check answers', () => {
  it('is strict unless told otherwise, and refuses a setting it does not know', () => {
    expect(validationStrictness({})).toBe('strict');
    expect(validationStrictness({ HPC_OPENAPI_VALIDATION: 'Documented' })).toBe('documented');
    expect(validationStrictness({ HPC_OPENAPI_VALIDATION: 'off' })).toBe('off');
    expect(() => validationStrictness({ HPC_OPENAPI_VALIDATION: 'lenient' })).toThrow('HPC_OPENAPI_VALIDATION must be strict, documented or off, not lenient');
  });
});
