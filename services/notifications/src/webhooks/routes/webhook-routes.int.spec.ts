import { Module, type DynamicModule } from '@nestjs/common';
import { InMemoryEventStore, InMemoryPersonalDataKeys } from '@hpc-access/eventsourcing';
import { IDEMPOTENCY_STORE } from '@hpc-access/http';
import { startServiceHarness, type ServiceHarness } from '@hpc-access/service-testing';
import { findRepoFile, loadSqlMigrations, runMigrations, type Database } from '@hpc-access/sql';
import { randomSchemaName, type TestClock } from '@hpc-access/testing';
import type { DeliveryLogReader } from '../delivery-log-reader';
import { WEBHOOK_ENDPOINT_DIRECTORY, webhookControllers, webhookProviders } from '../index';
import type { WebhookEndpointsReadModel } from '../webhook-endpoint-directory';

const STORE = Symbol('store');
const KEYS = Symbol('keys');
const CLOCK = Symbol('clock');
const LOG = Symbol('log');
const BASE = '/api/notifications/webhooks';
const SCHEMA = randomSchemaName();

/** The log the core's dispatcher keeps, played by a fake that remembers what it was asked. */
const asked: Array<{ endpointId: string; page: number; pageSize: number }> = [];
const fakeLog: DeliveryLogReader = {
  async attemptsForEndpoint(endpointId, page) {
    asked.push({ endpointId, ...page });
    return {
      ...page,
      total: 1,
      rows: [{ deliveryId: '0b7a7f0e-6f3c-5a55-9a1e-2f4f1f0c0009', notificationId: '0b7a7f0e-6f3c-5a55-9a1e-2f4f1f0c0001', kind: 'allocation-suspended', attempt: 1, attemptedAt: '2026-11-02T09:00:00.000Z', outcome: 'retry', status: 500, reason: 'HTTP 500' }],
    };
  },
};

function webhookTestModule(deps: { db: Database; clock: TestClock }): DynamicModule {
  const keys = new InMemoryPersonalDataKeys();
  const schema = SCHEMA;
  @Module({})
  class WebhookTestModule {}
  return {
    module: WebhookTestModule,
    controllers: webhookControllers,
    providers: [
      { provide: STORE, useValue: new InMemoryEventStore() },
      { provide: KEYS, useValue: keys },
      { provide: CLOCK, useValue: deps.clock },
      { provide: LOG, useValue: fakeLog },
      {
        provide: IDEMPOTENCY_STORE,
        useFactory: async () => {
          await runMigrations(deps.db, schema, loadSqlMigrations(findRepoFile('infra/migrations/http'), 'http'));
          return { db: deps.db, schema, keys };
        },
      },
      ...webhookProviders({ eventStore: STORE, personalDataKeys: KEYS, clock: CLOCK, deliveryLog: LOG, settings: { allowLocalUrls: true } }),
    ],
  };
}

describe('webhook endpoint routes', () => {
  let h: ServiceHarness;
  const tokens: Record<string, string> = {};
  const as = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });

  beforeAll(async () => {
    h = await startServiceHarness({ module: webhookTestModule, runtimes: [] });
    tokens.applicant = await h.token('applicant', { userId: 'ann', organisationId: 'org-1' });
    tokens.otherApplicant = await h.token('applicant', { userId: 'oscar', organisationId: 'org-2' });
    tokens.site = await h.token('site', { userId: 'cineca-bot', siteId: 'cineca' });
    tokens.otherSite = await h.token('site', { userId: 'jsc-bot', siteId: 'jsc' });
    tokens.intake = await h.token('intake-officer', { userId: 'ivy' });
    tokens.admin = await h.token('administrator', { userId: 'ada' });
    tokens.auditor = await h.token('auditor', { userId: 'aud' });
    tokens.reviewer = await h.token('ethics-reviewer', { userId: 'rev' });
  });
  afterAll(() => h.close());

  const register = (who: string, body: object, key?: string) =>
    h.http.post(BASE).set(as(who)).set(key ? { 'Idempotency-Key': key } : {}).send(body);
  const orgEndpoint = { organisationId: 'org-1', url: 'http://127.0.0.1:9/hooks', kinds: ['allocation-suspended'], description: 'ops' };

  it("registers an organisation's endpoint for its applicant, showing the secret once", async () => {
    const created = await register('applicant', orgEndpoint).expect(201);
    expect(created.headers.location).toBe(`${BASE}/${created.body.endpointId}`);
    expect(created.headers.etag).toBe('"0"');
    expect(created.headers['cache-control']).toBe('no-store');
    expect(created.body).toMatchObject({ organisationId: 'org-1', url: 'http://127.0.0.1:9/hooks', kinds: ['allocation-suspended'], enabled: true, revision: 0 });
    expect(created.body.secret.value).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const read = await h.http.get(created.headers.location).set(as('applicant')).expect(200);
    expect(read.headers.etag).toBe('"0"');
    expect(JSON.stringify(read.body)).not.toContain('whsec_');
    const list = await h.http.get(BASE).set(as('applicant')).expect(200);
    expect(list.body.map((e: { endpointId: string }) => e.endpointId)).toContain(created.body.endpointId);
    expect(JSON.stringify(list.body)).not.toContain('whsec_');
  });

  it('registers once for a repeated Idempotency-Key, answering the same', async () => {
    const first = await register('applicant', { ...orgEndpoint, organisationId: 'org-1', description: 'idem' }, 'key-1').expect(201);
    const again = await register('applicant', { ...orgEndpoint, organisationId: 'org-1', description: 'idem' }, 'key-1').expect(201);
    expect(again.body).toEqual(first.body);
    const list = await h.http.get(BASE).set(as('applicant')).expect(200);
    expect(list.body.filter((e: { description: string }) => e.description === 'idem')).toHaveLength(1);
    // The kept answer holds the secret sealed, never in clear.
    const stored = await h.db.query<{ body: string }>(`SELECT body::text AS body FROM ${SCHEMA}.idempotency_keys`);
    expect(stored.rows).toHaveLength(1);
    expect(stored.rows[0].body).toContain(first.body.secret.id);
    expect(stored.rows[0].body).not.toContain(first.body.secret.value.slice('whsec_'.length));
  });

  it('refuses bad input naming the field, never a 5xx', async () => {
    const credentials = await register('applicant', { ...orgEndpoint, url: 'https://me:pw@hooks.example.org/x' }).expect(422);
    expect(credentials.body).toMatchObject({ errors: [{ field: 'url' }] });
    const both = await register('admin', { ...orgEndpoint, siteId: 'cineca' }).expect(400);
    expect(both.body.errors[0].field).toBe('organisationId');
    const kind = await register('applicant', { ...orgEndpoint, kinds: ['pizza'] }).expect(400);
    expect(JSON.stringify(kind.body)).toContain('kinds');
    await h.http.get(`${BASE}/not-a-uuid`).set(as('applicant')).expect(400);
    // Staff have no endpoints of their own: a list must name whose.
    const unnamed = await h.http.get(BASE).set(as('admin')).expect(400);
    expect(unnamed.body.errors[0].field).toBe('organisationId');
  });

  it("refuses another organisation's applicant on every route of an organisation's endpoint", async () => {
    const { body } = await register('applicant', orgEndpoint).expect(201);
    const url = `${BASE}/${body.endpointId}`;
    await register('otherApplicant', orgEndpoint).expect(403);
    await h.http.get(url).set(as('otherApplicant')).expect(403);
    await h.http.get(`${BASE}?organisationId=org-1`).set(as('otherApplicant')).expect(403);
    await h.http.post(`${url}/disable`).set(as('otherApplicant')).expect(403);
    await h.http.post(`${url}/enable`).set(as('otherApplicant')).expect(403);
    await h.http.post(`${url}/secret-rotation`).set(as('otherApplicant')).expect(403);
    await h.http.get(`${url}/deliveries`).set(as('otherApplicant')).expect(403);
    await h.http.get(url).set(as('reviewer')).expect(403);
    // Programme staff manage it for the organisation; an auditor reads and writes nothing.
    await h.http.get(url).set(as('intake')).expect(200);
    await h.http.get(url).set(as('auditor')).expect(200);
    await h.http.post(`${url}/disable`).set(as('auditor')).expect(403);
  });

  it("keeps a site's endpoints to its own token and administrators", async () => {
    const { body } = await register('site', { siteId: 'cineca', url: 'http://127.0.0.1:9/site' }).expect(201);
    const url = `${BASE}/${body.endpointId}`;
    await register('otherSite', { siteId: 'cineca', url: 'http://127.0.0.1:9/site' }).expect(403);
    await register('applicant', { siteId: 'cineca', url: 'http://127.0.0.1:9/site' }).expect(403);
    await register('intake', { siteId: 'cineca', url: 'http://127.0.0.1:9/site' }).expect(403);
    await h.http.get(url).set(as('otherSite')).expect(403);
    await h.http.get(`${BASE}?siteId=cineca`).set(as('otherSite')).expect(403);
    await h.http.post(`${url}/disable`).set(as('otherSite')).expect(403);
    await h.http.get(`${url}/deliveries`).set(as('otherSite')).expect(403);
    const own = await h.http.get(BASE).set(as('site')).expect(200);
    expect(own.body.map((e: { endpointId: string }) => e.endpointId)).toEqual([body.endpointId]);
    await h.http.get(`${BASE}?siteId=cineca`).set(as('admin')).expect(200);
    await register('admin', { siteId: 'jsc', url: 'http://127.0.0.1:9/jsc' }).expect(201);
  });

  it('disables and enables with If-Match, 412 on a stale revision, and the fan-out follows', async () => {
    const { body } = await register('applicant', orgEndpoint).expect(201);
    const url = `${BASE}/${body.endpointId}`;
    const directory = h.app.get<WebhookEndpointsReadModel>(WEBHOOK_ENDPOINT_DIRECTORY);
    const forSuspension = async () => (await directory.endpointsFor({ organisationId: 'org-1' }, 'allocation-suspended')).map((e) => e.endpointId);
    expect(await forSuspension()).toContain(body.endpointId);
    expect((await directory.endpointsFor({ organisationId: 'org-1' }, 'usage-threshold')).map((e) => e.endpointId)).not.toContain(body.endpointId);

    const disabled = await h.http.post(`${url}/disable`).set(as('applicant')).set('If-Match', '"0"').expect(200);
    expect(disabled.body).toMatchObject({ enabled: false, disabledReason: 'by-owner', revision: 1 });
    expect(disabled.headers.etag).toBe('"1"');
    expect(await forSuspension()).not.toContain(body.endpointId);
    await h.http.post(`${url}/enable`).set(as('applicant')).set('If-Match', '"0"').expect(412);
    const enabled = await h.http.post(`${url}/enable`).set(as('intake')).set('If-Match', '"1"').expect(200);
    expect(enabled.body).toMatchObject({ enabled: true, revision: 2 });
    expect(await forSuspension()).toContain(body.endpointId);
  });

  it('rotates the secret: a new one shown once, the old one signing until the overlap ends', async () => {
    const { body } = await register('applicant', orgEndpoint).expect(201);
    const rotated = await h.http.post(`${BASE}/${body.endpointId}/secret-rotation`).set(as('applicant')).set('If-Match', '"0"').expect(200);
    expect(rotated.body.secret.value).toMatch(/^whsec_/);
    expect(rotated.body.secret.value).not.toBe(body.secret.value);
    expect(rotated.body.previousSecretExpiresAt).toBe(new Date(h.clock.now().getTime() + 24 * 3_600_000).toISOString());
    expect(rotated.headers.etag).toBe('"1"');
  });

  it("lists an endpoint's delivery attempts from the core's log", async () => {
    const { body } = await register('applicant', orgEndpoint).expect(201);
    const page = await h.http.get(`${BASE}/${body.endpointId}/deliveries?pageSize=5`).set(as('applicant')).expect(200);
    expect(page.body).toMatchObject({ page: 1, pageSize: 5, total: 1, items: [{ outcome: 'retry', status: 500, reason: 'HTTP 500' }] });
    expect(asked.at(-1)).toEqual({ endpointId: body.endpointId, page: 1, pageSize: 5 });
    await h.http.get(`${BASE}/0b7a7f0e-6f3c-4a55-9a1e-2f4f1f0c0404/deliveries`).set(as('admin')).expect(404);
  });
});
