import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EncryptingEventStore, verifyStreamChain } from '@hpc-access/eventsourcing';
import { INTAKE_STORE } from '@hpc-access/intake';
import { startPlatform, type PlatformHarness } from '../testing-only/platform-harness';
import { organisationBody, proposalBody } from '@hpc-access/service-testing';

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

describe('the embedded platform', () => {
  let platform: PlatformHarness;
  beforeAll(async () => {
    platform = await startPlatform();
  });
  afterAll(() => platform.close());

  it('answers health, readiness and Prometheus metrics without a token', async () => {
    await platform.http.get('/health/live').expect(200, { status: 'up' });
    const ready = await platform.http.get('/health/ready').expect(200);
    expect(ready.body.checks).toMatchObject({ 'intake-database': 'up' });
    const metrics = await platform.http.get('/metrics').expect(200);
    expect(metrics.text).toMatch(/process_cpu_user_seconds_total/);
    expect(metrics.text).toMatch(/http_request_duration_seconds_bucket/);
    expect(metrics.text).toMatch(/eventstore_subscriber_lag_events\{schema="intake"\} 0/);
  });

  it('serves its OpenAPI description at /api/docs-json and a UI at /api/docs', async () => {
    const spec = await platform.http.get('/api/docs-json').expect(200);
    expect(Object.keys(spec.body.paths)).toEqual(expect.arrayContaining([
      '/api/organisations', '/api/applications', '/api/applications/{id}', '/api/applications/{id}/submit',
      '/api/applications/{id}/amend', '/api/applications/{id}/withdraw', '/api/applications/{id}/screening',
      '/api/applications/{id}/history', '/api/dev/token',
    ]));
    await platform.http.get('/api/docs').expect(200);
  });

  it('echoes the caller correlation id and starts one when there is none', async () => {
    const given = await platform.http.get('/health/live').set('x-correlation-id', 'corr-123').expect(200);
    expect(given.headers['x-correlation-id']).toBe('corr-123');
    const fresh = await platform.http.get('/health/live').expect(200);
    expect(fresh.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('erasing a contact person makes their fields read as erased while every hash still verifies', async () => {
    const officer = await platform.token('intake-officer');
    const admin = await platform.token('administrator');
    await platform.http.post('/api/organisations').set(auth(officer)).send(organisationBody({ organisationId: 'org-shred' })).expect(201);
    const before = await platform.http.get('/api/organisations/org-shred').set(auth(officer)).expect(200);
    const kadri = before.body.contacts[0];
    expect(kadri.name).toBe('Kadri Tamm');

    // At rest the personal fields are ciphertext, never the clear value.
    const raw = await platform.db.query<{ data: string }>(`SELECT data::text AS data FROM intake.events WHERE stream_id = 'organisation-org-shred'`);
    expect(raw.rows[0].data).not.toMatch(/Kadri|kadri\.tamm/);

    await platform.http.post(`/api/persons/${kadri.personId}/erasure`).set(auth(officer)).expect(403);
    await platform.http.post(`/api/persons/${kadri.personId}/erasure`).set(auth(admin)).expect(200);
    await platform.http.post('/api/persons/somebody/erasure').set(auth(admin)).expect(400);

    const after = await platform.http.get('/api/organisations/org-shred').set(auth(officer)).expect(200);
    expect(after.body.contacts[0]).toMatchObject({ personId: kadri.personId, name: '[erased]', email: '[erased]', phone: '[erased]', role: 'representative' });
    expect(after.body.contacts[1].name).toBe('Jaan Kask');

    const store = platform.app.get<EncryptingEventStore>(INTAKE_STORE);
    const stored = await store.readStreamRaw('organisation-org-shred');
    expect(verifyStreamChain(stored)).toEqual({ ok: true, checked: 1 });
  });
});

describe('the embedded platform on disk', () => {
  it('keeps all data across a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'hpc-access-restart-'));
    try {
      const first = await startPlatform({ dataDir, persist: true });
      const applicant = await first.token('applicant', { organisationId: 'org-durable' });
      await first.http.post('/api/organisations').set(auth(applicant)).send(organisationBody()).expect(201);
      const created = await first.http.post('/api/applications').set(auth(applicant)).send({ organisationId: 'org-durable', proposal: proposalBody() }).expect(201);
      await first.settle();
      await first.close({ keepData: true });

      const second = await startPlatform({ dataDir, persist: true });
      // The signing key survived too: the token issued before the restart is still good.
      const detail = await second.http.get(`/api/applications/${created.body.applicationId}`).set(auth(applicant)).expect(200);
      expect(detail.body).toMatchObject({ status: 'draft', organisationId: 'org-durable' });
      const list = await second.http.get('/api/applications').set(auth(applicant)).expect(200);
      expect(list.body.items.map((i: { applicationId: string }) => i.applicationId)).toEqual([created.body.applicationId]);
      await second.close({ keepData: true });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
