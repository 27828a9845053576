import type { ServiceHarness } from '@hpc-access/service-testing';
import { awarded, bearer, siteBearer, startAllocation } from '../../testing-only/allocation-harness';

const CUT_OFF = '2026-11-16T09:00:00.000Z'; // 10:00 CET

// Every entity has a history: a partition's capacity ledger and a call, paged as the lists.
describe('capacity ledger and call histories', () => {
  let svc: ServiceHarness;
  let committee: string;

  beforeAll(async () => {
    svc = await startAllocation();
    committee = await bearer(svc, 'allocation-committee');
    await awarded(svc, 'org-h1', { system: 'vega', partition: 'gpu', gpuHours: 2000 });
  });
  afterAll(() => svc.close());

  it("shows a partition's ledger, held then awarded, with who acted, paged as the lists", async () => {
    const all = await svc.http.get('/api/allocation/capacity/vega/gpu/history').set('Authorization', committee).expect(200);
    expect(all.body).toMatchObject({ system: 'vega', partition: 'gpu', page: 1, pageSize: 20 });
    expect(all.body.total).toBeGreaterThanOrEqual(2);
    expect(all.body.events.map((e: { revision: number }) => e.revision)).toEqual([...Array(all.body.total).keys()]);
    const last = await svc.http.get(`/api/allocation/capacity/vega/gpu/history?page=${all.body.total}&pageSize=1`).set('Authorization', committee).expect(200);
    expect(last.body).toMatchObject({ page: all.body.total, pageSize: 1, total: all.body.total, events: [{ revision: all.body.total - 1 }] });
  });

  it("refuses an assessor of another site's system, applicants, bad ids and unknown partitions", async () => {
    await svc.http.get('/api/allocation/capacity/vega/gpu/history').set('Authorization', await siteBearer(svc, 'vega', 'technical-assessor')).expect(200);
    const other = await svc.http.get('/api/allocation/capacity/vega/gpu/history').set('Authorization', await siteBearer(svc, 'leonardo', 'technical-assessor')).expect(403);
    expect(other.body.code).toBe('system-of-another-site');
    await svc.http.get('/api/allocation/capacity/vega/gpu/history').set('Authorization', await bearer(svc, 'applicant', { organisationId: 'org-h1' })).expect(403);
    const bad = await svc.http.get('/api/allocation/capacity/Vega!/gpu/history').set('Authorization', committee).expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'system' })]);
    await svc.http.get('/api/allocation/capacity/vega/none/history').set('Authorization', committee).expect(404);
  });

  it("shows a call's history to staff and refuses applicants and sites", async () => {
    const opened = await svc.http.post('/api/allocation/calls').set('Authorization', committee).send({ mode: 'large-scale', cutOffs: [CUT_OFF] }).expect(201);
    const callId = opened.body.callId as string;
    const history = await svc.http.get(`/api/allocation/calls/${callId}/history`).set('Authorization', await bearer(svc, 'auditor')).expect(200);
    expect(history.body).toMatchObject({ callId, page: 1, pageSize: 20, total: 1, events: [{ revision: 0, actor: { role: 'allocation-committee' } }] });
    await svc.http.get(`/api/allocation/calls/${callId}/history`).set('Authorization', await bearer(svc, 'applicant', { organisationId: 'org-h1' })).expect(403);
    await svc.http.get(`/api/allocation/calls/${callId}/history`).set('Authorization', await siteBearer(svc, 'vega')).expect(403);
    await svc.http.get(`/api/allocation/calls/${callId}/history?page=0`).set('Authorization', committee).expect(400);
    await svc.http.get('/api/allocation/calls/0190a0b0-0000-7000-8000-000000000009/history').set('Authorization', committee).expect(404);
  });
});
