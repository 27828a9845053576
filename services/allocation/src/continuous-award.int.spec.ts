import { IntakeEvents } from '@hpc-access/contracts';
import type { ServiceHarness } from '@hpc-access/service-testing';
import { assess, bearer, eligible, ethics, publishedOf, publishedTypes, siteBearer, startAllocation } from './testing-only/allocation-harness';

// Each test works on its own partition, so the shared service's capacity does not leak between them.
describe('Playground and Fast Lane: from eligibility to award', () => {
  let svc: ServiceHarness;
  beforeAll(async () => {
    svc = await startAllocation();
  });
  afterAll(() => svc.close());

  it('holds capacity for an eligible application and awards it once the site and ethics are clear', async () => {
    const applicationId = await eligible(svc, 'org-a');
    expect(publishedOf(svc, 'CapacityHoldPlaced')).toEqual([
      { holdId: `${applicationId}.1`, applicationId, organisationId: 'org-a', system: 'vega', partition: 'gpu', gpuHours: 5000, expiresAt: '2026-12-02T09:00:00.000Z' },
    ]);
    const assessed = await assess(svc, applicationId);
    expect(assessed.status).toBe(200);
    expect(assessed.headers.etag).toBe('"2"');
    expect(assessed.body).toMatchObject({ status: 'registered', technicalAssessment: { outcome: 'accepted', remarks: '' } });
    await ethics(svc, applicationId, 'org-a');
    const [award] = publishedOf(svc, 'AllocationAwarded');
    expect(award).toEqual({
      allocationId: expect.any(String), applicationId, organisationId: 'org-a', projectId: 'EHPC-AIF-2026PG01-0001', mode: 'playground', system: 'vega', partition: 'gpu',
      gpuHours: 5000, monthlyQuotaGpuHours: 5000, start: '2026-11-09', end: '2026-12-09', partial: false,
    });
    // The site-to-systems map goes out first, from the seeded configuration.
    expect(publishedTypes(svc)).toEqual(['HostingSitesChanged', 'CapacityHoldPlaced', 'TechnicalAssessmentCompleted', 'AllocationAwarded']);
    const read = await svc.http.get('/api/allocation/applications?status=awarded').set('Authorization', await bearer(svc, 'auditor')).expect(200);
    expect(read.body).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(read.body.items[0]).toMatchObject({ applicationId, status: 'awarded', projectId: 'EHPC-AIF-2026PG01-0001', hold: null, timeToAccess: { workingDaysToAward: 0, targetWorkingDays: 2, withinTarget: true } });
    const holds = await svc.http.get('/api/allocation/holds?system=vega').set('Authorization', await bearer(svc, 'allocation-committee')).expect(200);
    expect(holds.body.items).toEqual([expect.objectContaining({ holdId: `${applicationId}.1`, status: 'converted', reason: 'awarded' })]);
    const capacity = await svc.http.get('/api/allocation/capacity?system=vega&months=2').set('Authorization', await bearer(svc, 'allocation-committee')).expect(200);
    expect(capacity.body.partitions[0].pools[0]).toEqual({
      pool: 'continuous', monthlyCapacityGpuHours: 8760,
      months: [{ month: '2026-11', held: 0, awarded: 5000, free: 3760 }, { month: '2026-12', held: 0, awarded: 0, free: 8760 }],
    });
  });

  it('queues an application when capacity is short and gives it the hold, first come first served, when capacity is released', async () => {
    // Deucalion's continuous pool: 4,818 GPU-hours a month.
    const first = await eligible(svc, 'org-b', { system: 'deucalion', gpuHours: 3000 });
    const second = await eligible(svc, 'org-c', { system: 'deucalion', gpuHours: 3000 });
    const third = await eligible(svc, 'org-d', { system: 'deucalion', gpuHours: 1000 });
    const staff = await bearer(svc, 'allocation-committee');
    const queue = await svc.http.get('/api/allocation/queue?system=deucalion').set('Authorization', staff).expect(200);
    expect(queue.body.queues).toEqual([{ system: 'deucalion', partition: 'gpu', entries: [expect.objectContaining({ position: 1, applicationId: second, status: 'queued' }), expect.objectContaining({ position: 2, applicationId: third, status: 'queued' })] }]);
    await svc.publish(IntakeEvents.ApplicationWithdrawn, first, { applicationId: first, organisationId: 'org-b', withdrawnAt: svc.clock.now().toISOString() });
    await svc.settle();
    expect(publishedOf(svc, 'CapacityHoldReleased')).toEqual([{ holdId: `${first}.1`, applicationId: first, reason: 'withdrawn', releasedAt: '2026-11-02T09:00:00.000Z' }]);
    expect(publishedOf(svc, 'CapacityHoldPlaced').filter((h) => h.partition === 'gpu' && h.system === 'deucalion').map((h) => h.applicationId)).toEqual([first, second, third]);
    const list = await svc.http.get('/api/allocation/applications?system=deucalion').set('Authorization', staff).expect(200);
    expect(Object.fromEntries(list.body.items.map((i: { applicationId: string; status: string }) => [i.applicationId, i.status]))).toEqual({ [first]: 'withdrawn', [second]: 'held', [third]: 'held' });
  });

  it('releases the hold when ethics refuses or the site rejects, and the application is out', async () => {
    const refused = await eligible(svc, 'org-e', { system: 'meluxina' });
    const rejected = await eligible(svc, 'org-f', { system: 'meluxina' });
    await ethics(svc, refused, 'org-e', 'refused');
    const response = await assess(svc, rejected, 'rejected', 'not feasible on MeluXina');
    expect(response.status).toBe(200);
    expect(response.body.status).toBe('rejected');
    await svc.settle();
    const released = publishedOf(svc, 'CapacityHoldReleased').filter((r) => r.applicationId === refused || r.applicationId === rejected);
    expect(released.map((r) => [r.applicationId, r.reason])).toEqual([[refused, 'ethics-refused'], [rejected, 'technically-rejected']]);
    const detail = await svc.http.get(`/api/allocation/applications/${refused}`).set('Authorization', await bearer(svc, 'applicant', { organisationId: 'org-e' })).expect(200);
    expect(detail.body).toMatchObject({ status: 'refused', ethics: 'refused' });
  });

  it('a redelivered event changes nothing (inbox)', async () => {
    const before = publishedOf(svc, 'CapacityHoldPlaced').length;
    const applicationId = '0190f0f0-0000-7000-8000-000000000001';
    const { dossier } = await import('./testing-only/allocation-harness');
    const data = { applicationId, organisationId: 'org-g', outcome: 'eligible' as const, reasons: [], dossier: dossier({ system: 'karolina', partition: 'qgpu' }) };
    await svc.publish(IntakeEvents.ApplicationScreened, applicationId, data, { id: '0190f0f0-0000-7000-8000-0000000000ee' });
    await svc.publish(IntakeEvents.ApplicationScreened, applicationId, data, { id: '0190f0f0-0000-7000-8000-0000000000ee' });
    await svc.settle();
    expect(publishedOf(svc, 'CapacityHoldPlaced').length).toBe(before + 1);
    const history = await svc.http.get(`/api/allocation/applications/${applicationId}/history`).set('Authorization', await bearer(svc, 'auditor')).expect(200);
    expect(history.body.events.map((e: { type: string; actor: unknown }) => [e.type, e.actor])).toEqual([['ApplicationRegistered', { id: 'intake', role: 'system' }]]);
  });
});

describe('the technical assessment route', () => {
  let svc: ServiceHarness;
  let applicationId: string;
  beforeAll(async () => {
    svc = await startAllocation();
    applicationId = await eligible(svc, 'org-t', { mode: 'fast-lane', gpuHours: 20000, durationMonths: 2, system: 'leonardo', partition: 'booster' });
  });
  afterAll(() => svc.close());

  const url = () => `/api/allocation/applications/${applicationId}/technical-assessment`;

  it('refuses bad input with the field and reason, and records nothing', async () => {
    const token = await siteBearer(svc, 'leonardo', 'technical-assessor');
    const response = await svc.http.post(url()).set('Authorization', token).send({ outcome: 'maybe', extra: 1 }).expect(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.errors).toEqual(expect.arrayContaining([{ field: 'outcome', reason: 'outcome must be one of the following values: accepted, accepted-with-remarks, rejected' }, { field: 'extra', reason: 'property extra should not exist' }]));
    const missingRemarks = await svc.http.post(url()).set('Authorization', token).send({ outcome: 'rejected' }).expect(422);
    expect(missingRemarks.body).toMatchObject({ code: 'remarks-required', errors: [{ field: 'remarks', reason: 'remarks are required unless the application is accepted as is' }] });
    const notUuid = await svc.http.post('/api/allocation/applications/nope/technical-assessment').set('Authorization', token).send({ outcome: 'accepted' }).expect(400);
    expect(notUuid.body.errors).toEqual([{ field: 'id', reason: 'must be a UUID' }]);
    const read = await svc.http.get(`/api/allocation/applications/${applicationId}`).set('Authorization', token).expect(200);
    expect(read.body.technicalAssessment).toBeNull();
  });

  it('needs a token and the technical-assessor role; the auditor writes nothing', async () => {
    await svc.http.post(url()).send({ outcome: 'accepted' }).expect(401);
    await svc.http.post(url()).set('Authorization', await bearer(svc, 'auditor')).send({ outcome: 'accepted' }).expect(403);
    await svc.http.post(url()).set('Authorization', await bearer(svc, 'applicant', { organisationId: 'org-t' })).send({ outcome: 'accepted' }).expect(403);
  });

  it('nobody assesses their own organisation', async () => {
    const response = await svc.http.post(url()).set('Authorization', await bearer(svc, 'technical-assessor', { organisationId: 'org-t', siteId: 'cineca' })).send({ outcome: 'accepted' }).expect(403);
    expect(response.body.code).toBe('own-organisation');
  });

  it('honours If-Match: a stale revision is 412 and a current one goes through; then a second assessment is 409', async () => {
    const token = await siteBearer(svc, 'leonardo', 'technical-assessor');
    const current = await svc.http.get(`/api/allocation/applications/${applicationId}`).set('Authorization', token).expect(200);
    expect(current.headers.etag).toBe('"1"');
    const stale = await svc.http.post(url()).set('Authorization', token).set('If-Match', '"0"').send({ outcome: 'accepted' }).expect(412);
    expect(stale.body.errors).toEqual([{ field: 'If-Match', reason: 'stale revision' }]);
    const ok = await svc.http.post(url()).set('Authorization', token).set('If-Match', '"1"').send({ outcome: 'accepted-with-remarks', remarks: 'codes not installed' }).expect(200);
    expect(ok.headers.etag).toBe('"2"');
    const again = await svc.http.post(url()).set('Authorization', token).send({ outcome: 'accepted' }).expect(409);
    expect(again.body.code).toBe('already-assessed');
  });

  it('two assessments of one application at the same time: one is recorded, the other is refused with 409', async () => {
    const other = await eligible(svc, 'org-u', { mode: 'fast-lane', gpuHours: 20000, system: 'leonardo', partition: 'booster' });
    const token = await siteBearer(svc, 'leonardo', 'technical-assessor');
    const post = (outcome: string) => svc.http.post(`/api/allocation/applications/${other}/technical-assessment`).set('Authorization', token).send({ outcome, remarks: 'checked' });
    const statuses = (await Promise.all([post('accepted'), post('rejected')])).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409]);
    const history = await svc.http.get(`/api/allocation/applications/${other}/history`).set('Authorization', token).expect(200);
    expect(history.body.events.filter((e: { type: string }) => e.type === 'TechnicalAssessmentCompleted')).toHaveLength(1);
  });

  it('an application allocation does not know is 404', async () => {
    const response = await svc.http.post('/api/allocation/applications/0190f0f0-0000-7000-8000-0000000000ff/technical-assessment').set('Authorization', await siteBearer(svc, 'leonardo', 'technical-assessor')).send({ outcome: 'accepted' }).expect(404);
    expect(response.body.code).toBe('application-not-found');
  });

  it('applicants read only their own organisation', async () => {
    await svc.http.get(`/api/allocation/applications/${applicationId}`).set('Authorization', await bearer(svc, 'applicant', { organisationId: 'org-other' })).expect(403);
    const own = await svc.http.get('/api/allocation/applications').set('Authorization', await bearer(svc, 'applicant', { organisationId: 'org-other' })).expect(200);
    expect(own.body).toMatchObject({ total: 0, items: [] });
    await svc.http.get('/api/allocation/applications?organisationId=org-t').set('Authorization', await bearer(svc, 'applicant', { organisationId: 'org-other' })).expect(403);
  });

  it("no ethics chair of the applicant's organisation reads its application, and no ethics reviewer reads any (ADR 13)", async () => {
    const ownChair = await bearer(svc, 'ethics-chair', { userId: 'chair-t', organisationId: 'org-t' });
    for (const path of [`/api/allocation/applications/${applicationId}`, `/api/allocation/applications/${applicationId}/history`, '/api/allocation/applications?organisationId=org-t']) {
      const refused = await svc.http.get(path).set('Authorization', ownChair).expect(403);
      expect(refused.body.code).toBe('own-organisation');
    }
    const ownList = (await svc.http.get('/api/allocation/applications?pageSize=100').set('Authorization', ownChair).expect(200)).body.items;
    expect(ownList.map((i: { organisationId: string }) => i.organisationId)).not.toContain('org-t');
    const otherChair = await bearer(svc, 'ethics-chair', { userId: 'chair-u', organisationId: 'org-ethics-board' });
    await svc.http.get(`/api/allocation/applications/${applicationId}`).set('Authorization', otherChair).expect(200);
    expect((await svc.http.get('/api/allocation/applications?pageSize=100').set('Authorization', otherChair).expect(200)).body.items.map((i: { applicationId: string }) => i.applicationId)).toContain(applicationId);
    await svc.http.get(`/api/allocation/applications/${applicationId}`).set('Authorization', await bearer(svc, 'ethics-chair', { userId: 'chair-v' })).expect(200);
    await svc.http.get(`/api/allocation/applications/${applicationId}`).set('Authorization', await bearer(svc, 'ethics-reviewer', { userId: 'rev-t' })).expect(403);
  });
});
