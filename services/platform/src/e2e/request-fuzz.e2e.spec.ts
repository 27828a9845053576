import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { organisationBody, proposalBody, seededSites } from '@hpc-access/service-testing';
import { startPlatform, type PlatformHarness } from '../testing-only/platform-harness';
import { SERVICE_SCHEMAS } from '../testing-only/activity';
import { malformedBody, malformedValue, mutationsOf, type FuzzRequest } from '../testing-only/fuzz/malformed-requests';
import { operationsOf, type OpenApiDocument, type Operation } from '../testing-only/fuzz/openapi-operations';
import { closeAgent, send, type Answer } from '../testing-only/fuzz/send';

// A bounded fuzz test over the OpenAPI document: every operation gets malformed bodies, ids and
// query parameters, sent with the roles whose tokens reach its validators. Every answer is below
// 500, every 4xx is problem+json, every write is refused, and nothing changes: the lists and the
// event counts are the same after the run as before. The seed is fixed, so CI sees the same cases.
const SEED = 20_261_207;
const CASES_PER_OPERATION = 30;
const JSON_LIMIT = 1024 * 1024;
const UPLOAD_LIMITS: Record<string, number> = { '/api/accounting/usage': 32 * 1024 * 1024, '/api/accounting/usage/sacct': 64 * 1024 * 1024 };
const NOT_LISTS = /^\/(health|metrics)|^\/api\/(docs|dev)/;
// Answers that differ from one request to the next by design: an audit bundle states when it was
// exported (its header and signed manifest). Its events are the events counted below.
const STAMPED = /^\/api\/audit\/export$/;

/** A stable seed per operation: adding a route does not change the cases of the others. */
const seedOf = (op: Operation) => [...`${op.method} ${op.path}`].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, SEED);
const isWrite = (op: Operation) => op.method !== 'GET';

describe('every bad request is a 4xx and changes nothing (bounded fuzz over the OpenAPI document)', () => {
  let platform: PlatformHarness;
  let document: OpenApiDocument;
  const tokens = new Map<string, string | undefined>();
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    platform = await startPlatform();
    const site = seededSites()[0].id;
    const roles: Array<[string, Record<string, string>]> = [
      ['applicant', { organisationId: 'org-fuzz', userId: 'rep-fuzz' }], ['intake-officer', {}], ['administrator', {}], ['accounting-officer', {}],
      ['governance-officer', {}], ['allocation-committee', {}], ['ethics-chair', {}], ['ethics-reviewer', {}], ['auditor', {}],
      ['site', { siteId: site }], ['technical-assessor', { siteId: site }],
    ];
    for (const [role, extra] of roles) tokens.set(role, await platform.token(role, extra));
    tokens.set('anonymous', undefined);
    // Something for the malformed requests to aim at: an organisation and its draft application.
    const applicant = { authorization: `Bearer ${tokens.get('applicant')}` };
    await platform.http.post('/api/organisations').set(applicant).send(organisationBody({ legalName: 'Fuzz Models OÜ' })).expect(201);
    const draft = await platform.http.post('/api/applications').set(applicant).send({ organisationId: 'org-fuzz', proposal: proposalBody() }).expect(201);
    ids.application = draft.body.applicationId as string;
    ids.organisation = 'org-fuzz';
    await platform.settle();
    document = (await platform.http.get('/api/docs-json').set({ authorization: `Bearer ${tokens.get('administrator')}` }).expect(200)).body as OpenApiDocument;
  }, 120_000);
  afterAll(async () => {
    closeAgent();
    await platform.close();
  });

  const headersFor = (role: string, extra: Record<string, string> = {}) => {
    const token = tokens.get(role);
    return token ? { ...extra, authorization: `Bearer ${token}` } : extra;
  };

  /** A well-formed id of the kind the route names: a real one where there is one, so bodies reach the validators. */
  const wellFormedId = (op: Operation, name: string) => {
    if (name === 'index' || name === 'version') return '1';
    if (op.path.startsWith('/api/applications/') || op.path.startsWith('/api/allocation/applications/')) return ids.application;
    if (/organisation/i.test(name) || op.path.startsWith('/api/organisations/')) return ids.organisation;
    return randomUUID();
  };

  const pathOf = (op: Operation, value: (name: string) => string) => op.path.replace(/\{(\w+)\}/g, (_, name: string) => value(name));

  /** The lists every role can read, and the number of events per service: what a refused request must leave alone. */
  async function state(): Promise<Record<string, string>> {
    await platform.settle();
    const seen: Record<string, string> = {};
    for (const op of operationsOf(document).filter((o) => o.method === 'GET' && o.pathParams.length === 0 && !NOT_LISTS.test(o.path) && !STAMPED.test(o.path))) {
      for (const role of tokens.keys()) {
        const answer = await send(platform.baseUrl, 'GET', op.path, headersFor(role));
        if (answer.status === 200) seen[`${role} GET ${op.path}`] = answer.text;
      }
    }
    for (const schema of SERVICE_SCHEMAS) {
      const { rows } = await platform.db.query<{ events: number }>(`SELECT count(*)::int AS events FROM ${schema}.events`);
      seen[`${schema}.events`] = String(rows[0].events);
    }
    return seen;
  }

  /** The malformed requests of one operation, generated by fast-check from the operation's seed. */
  function casesOf(op: Operation): FuzzRequest[] {
    const requests: FuzzRequest[] = [];
    // A route with nothing to malform (no id, query or body) needs few cases.
    const numRuns = op.body || op.pathParams.length > 0 || op.queryParams.length > 0 ? CASES_PER_OPERATION : 6;
    const params = { seed: seedOf(op), numRuns };
    if (op.body) {
      const limitBytes = UPLOAD_LIMITS[op.path] ?? JSON_LIMIT;
      const textBody = op.bodyType === 'text/plain';
      const query = op.queryParams.map((q) => `${q.name}=${q.name === 'system' ? 'lumi' : '1'}`).join('&');
      const bodies = fc.sample(malformedBody({ limitBytes, textBody, mutations: textBody ? [] : mutationsOf(document, op.body) }), params);
      // The largest uploads are tried once each: 32 and 64 MiB are the point, not the count.
      let oversize = 0;
      for (const b of bodies) {
        if (b.kind === 'oversize' && (oversize++ > 0 && limitBytes > JSON_LIMIT)) continue;
        requests.push({ kind: b.kind, method: op.method, path: `${pathOf(op, (n) => wellFormedId(op, n))}${query ? `?${query}` : ''}`, headers: b.headers, body: b.body });
      }
    }
    const urls = fc.sample(fc.record({ id: malformedValue, query: fc.array(fc.tuple(op.queryParams.length > 0 ? fc.option(fc.constantFrom(...op.queryParams.map((q) => q.name)), { nil: undefined }) : fc.constant(undefined), malformedValue), { minLength: 1, maxLength: 3 }) }), params);
    for (const { id, query } of urls.slice(0, op.body ? 8 : numRuns)) {
      const pairs = query.map(([name, value]) => `${name ?? ['__proto__', 'constructor[prototype]', '__proto__[polluted]', 'page'][value.length % 4]}=${value}`);
      // A write must be refused whatever it aims at: a malformed id, or a NUL in its query when it has no id.
      if (isWrite(op) && op.pathParams.length === 0) pairs.push('fuzz=%00');
      const kind = op.pathParams.length > 0 ? 'malformed-id' : 'malformed-query';
      requests.push({ kind, method: op.method, path: `${pathOf(op, () => id)}?${pairs.join('&')}`, headers: op.body ? { 'content-type': 'application/json' } : {}, body: op.body ? Buffer.from('{}') : undefined });
    }
    return requests;
  }

  it('answers malformed requests with problem+json 4xx, for every operation and several roles, and changes nothing', async () => {
    const operations = operationsOf(document);
    const before = await state();
    const counts = { requests: 0, byStatus: {} as Record<string, number>, byRole: {} as Record<string, number>, byKind: {} as Record<string, number>, operations: operations.length, reachedValidators: 0 };
    const failures: string[] = [];
    const check = (op: Operation, request: FuzzRequest, role: string, answer: Answer | { error: string }) => {
      counts.requests += 1;
      const status = 'error' in answer ? 'network-error' : String(answer.status);
      counts.byStatus[status] = (counts.byStatus[status] ?? 0) + 1;
      counts.byRole[role] = (counts.byRole[role] ?? 0) + 1;
      counts.byKind[request.kind] = (counts.byKind[request.kind] ?? 0) + 1;
      const where = `${request.method} ${request.path.slice(0, 120)} (${request.kind}, ${role})`;
      if ('error' in answer) return failures.push(`${where}: ${answer.error}`);
      if ([400, 413, 415, 422].includes(answer.status)) counts.reachedValidators += 1;
      if (answer.status >= 500) failures.push(`${where}: ${answer.status} ${answer.text.slice(0, 200)}`);
      else if (answer.status >= 400 && !answer.contentType.startsWith('application/problem+json')) failures.push(`${where}: ${answer.status} as ${answer.contentType}`);
      else if (isWrite(op) && answer.status < 400) failures.push(`${where}: accepted with ${answer.status} ${answer.text.slice(0, 200)}`);
    };
    const attempt = (request: FuzzRequest, role: string) =>
      send(platform.baseUrl, request.method, request.path, headersFor(role, request.headers), request.body).catch((error: unknown) => ({ error: String(error) }));

    for (const op of operations) {
      const cases = casesOf(op);
      // Which roles get past the guards: their tokens reach the validators; the others stop at 401/403.
      const reaching: string[] = [];
      for (const role of tokens.keys()) {
        const answer = await attempt(cases[0], role);
        check(op, cases[0], role, answer);
        if (!('error' in answer) && answer.status !== 401 && answer.status !== 403) reaching.push(role);
      }
      const roles = reaching.length > 0 ? reaching : ['administrator'];
      for (const [index, request] of cases.slice(1).entries()) {
        const role = roles[index % roles.length];
        check(op, request, role, await attempt(request, role));
      }
    }

    const after = await state();
    // eslint-disable-next-line no-console
    console.log(`request fuzz: ${JSON.stringify(counts)}`);
    const changed = Object.keys({ ...before, ...after }).filter((key) => before[key] !== after[key]);
    expect({ failures: failures.slice(0, 30), changed }).toEqual({ failures: [], changed: [] });
    expect(Object.keys(before).length).toBeGreaterThan(20);
    expect(Object.keys(counts.byRole).filter((role) => role !== 'anonymous').length).toBeGreaterThanOrEqual(3);
    expect(counts.requests).toBeGreaterThan(2000);
  }, 300_000);
});
