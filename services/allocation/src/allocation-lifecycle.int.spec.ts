import { AccountingEvents, GovernanceEvents } from '@hpc-access/contracts';
import type { ServiceHarness } from '@hpc-access/service-testing';
import { DAY, awarded, bearer, publishedOf, siteBearer, startAllocation } from './testing-only/allocation-harness';

describe('an allocation after its award', () => {
  let svc: ServiceHarness;
  let allocationId: string;
  let applicationId: string;
  beforeAll(async () => {
    svc = await startAllocation();
    ({ allocationId, applicationId } = await awarded(svc, 'org-a', { system: 'vega' }));
  });
  afterAll(() => svc.close());

  const url = (path = '') => `/api/allocation/allocations/${allocationId}${path}`;

  it('shows the award with its ETag; applicants only of their organisation', async () => {
    const own = await svc.http.get(url()).set('Authorization', await bearer(svc, 'applicant', { organisationId: 'org-a' })).expect(200);
    expect(own.headers.etag).toBe('"0"');
    expect(own.body).toMatchObject({ allocationId, applicationId, status: 'awarded', projectId: 'EHPC-AIF-2026PG01-0001', start: '2026-11-09', end: '2026-12-09', gpuHours: 5000, monthlyQuotaGpuHours: 5000 });
    await svc.http.get(url()).set('Authorization', await bearer(svc, 'applicant', { organisationId: 'org-b' })).expect(403);
    const list = await svc.http.get('/api/allocation/allocations').set('Authorization', await bearer(svc, 'applicant', { organisationId: 'org-b' })).expect(200);
    expect(list.body).toMatchObject({ total: 0, items: [] });
    const staff = await svc.http.get('/api/allocation/allocations?status=awarded').set('Authorization', await bearer(svc, 'auditor')).expect(200);
    expect(staff.body.items).toEqual([expect.objectContaining({ allocationId, status: 'awarded', end: '2026-12-09' })]);
    await svc.http.get(url()).expect(401);
  });

  it('the site confirms the account: active, time to access measured, end date unchanged', async () => {
    const site = await siteBearer(svc, 'vega');
    const bad = await svc.http.post(url('/provisioning')).set('Authorization', site).send({ accountCreated: false }).expect(400);
    expect(bad.body.errors).toEqual([{ field: 'accountCreated', reason: 'accountCreated must be true: confirm only an account that exists' }]);
    await svc.http.post(url('/provisioning')).set('Authorization', await bearer(svc, 'allocation-committee')).send({ accountCreated: true }).expect(403);
    await svc.http.post(url('/provisioning')).set('Authorization', site).set('If-Match', '"5"').send({ accountCreated: true }).expect(412);
    await svc.advance(3 * DAY);
    const ok = await svc.http.post(url('/provisioning')).set('Authorization', site).set('If-Match', '"0"').send({ accountCreated: true, siteReference: 'vega-acc-17' }).expect(200);
    expect(ok.headers.etag).toBe('"1"');
    expect(ok.body).toMatchObject({ status: 'active', end: '2026-12-09', activatedAt: '2026-11-05T09:00:00.000Z' });
    await svc.settle();
    expect(publishedOf(svc, 'AllocationActivated')).toEqual([expect.objectContaining({ allocationId, projectId: 'EHPC-AIF-2026PG01-0001', end: '2026-12-09', activatedAt: '2026-11-05T09:00:00.000Z' })]);
    const app = await svc.http.get(`/api/allocation/applications?status=awarded`).set('Authorization', await bearer(svc, 'auditor')).expect(200);
    expect(app.body.items[0].timeToAccess).toMatchObject({ workingDaysToAward: 0, workingDaysToAccess: 3, targetWorkingDays: 2, withinTarget: false });
    const tta = await svc.http.get('/api/allocation/time-to-access').set('Authorization', await bearer(svc, 'auditor')).expect(200);
    expect(tta.body.modes[0]).toEqual({ mode: 'playground', targetWorkingDays: 2, awarded: 1, activated: 1, averageWorkingDaysToAward: 0, averageWorkingDaysToAccess: 3, activatedWithinTarget: 0, shareWithinTarget: 0 });
    await svc.http.get('/api/allocation/time-to-access').set('Authorization', await bearer(svc, 'applicant', { organisationId: 'org-a' })).expect(403);
    const again = await svc.http.post(url('/provisioning')).set('Authorization', site).send({ accountCreated: true }).expect(409);
    expect(again.body.code).toBe('already-active');
  });

  it('accounting asks for a suspension on overuse; staff resume it', async () => {
    await svc.publish(AccountingEvents.OveruseDetected, allocationId, { allocationId, organisationId: 'org-a', action: 'suspend', chargedGpuHours: 5001, awardedGpuHours: 5000, detectedAt: svc.clock.now().toISOString() });
    await svc.settle();
    expect(publishedOf(svc, 'AllocationSuspended')).toEqual([{ allocationId, organisationId: 'org-a', reason: 'overuse: 5001 of 5000 GPU-hours charged', suspendedAt: '2026-11-05T09:00:00.000Z' }]);
    const committee = await bearer(svc, 'allocation-committee');
    const resumed = await svc.http.post(url('/resumption')).set('Authorization', committee).expect(200);
    expect(resumed.body).toMatchObject({ status: 'active', suspendedBy: null });
    await svc.http.post(url('/resumption')).set('Authorization', committee).expect(409);
    await svc.settle();
    expect(publishedOf(svc, 'AllocationResumed')).toEqual([{ allocationId, organisationId: 'org-a', resumedAt: '2026-11-05T09:00:00.000Z' }]);
  });

  it('lower priority on overuse is not a suspension', async () => {
    await svc.publish(AccountingEvents.OveruseDetected, allocationId, { allocationId, organisationId: 'org-a', action: 'lower-priority', chargedGpuHours: 5001, awardedGpuHours: 5000, detectedAt: svc.clock.now().toISOString() });
    await svc.settle();
    expect(publishedOf(svc, 'AllocationSuspended')).toHaveLength(1);
  });

  it('governance suspends every allocation of the organisation and resumes those it suspended', async () => {
    const second = await awarded(svc, 'org-a', { system: 'meluxina' });
    await svc.publish(GovernanceEvents.AllocationsSuspensionRequested, 'org-a', { organisationId: 'org-a', reason: 'pledge breached', requestedAt: svc.clock.now().toISOString() });
    await svc.settle();
    expect(publishedOf(svc, 'AllocationSuspended').slice(1).map((s) => [s.allocationId, s.reason])).toEqual([[allocationId, 'pledge breached'], [second.allocationId, 'pledge breached']]);
    await svc.publish(GovernanceEvents.AllocationsResumptionRequested, 'org-a', { organisationId: 'org-a', reason: 'pledge signed again', requestedAt: svc.clock.now().toISOString() });
    await svc.settle();
    expect(publishedOf(svc, 'AllocationResumed').slice(1).map((s) => s.allocationId)).toEqual([allocationId, second.allocationId]);
  });

  it('staff suspend with a reason; bad input, wrong role and stale If-Match change nothing', async () => {
    const committee = await bearer(svc, 'allocation-committee');
    const bad = await svc.http.post(url('/suspension')).set('Authorization', committee).send({ reason: '' }).expect(400);
    expect(bad.body.errors).toEqual([{ field: 'reason', reason: 'reason must be longer than or equal to 3 characters' }]);
    await svc.http.post(url('/suspension')).set('Authorization', await bearer(svc, 'governance-officer')).send({ reason: 'why not' }).expect(403);
    await svc.http.post(url('/suspension')).set('Authorization', committee).set('If-Match', '"1"').send({ reason: 'site maintenance' }).expect(412);
    const current = await svc.http.get(url()).set('Authorization', committee).expect(200);
    expect(current.body.status).toBe('active');
    const ok = await svc.http.post(url('/suspension')).set('Authorization', committee).set('If-Match', current.headers.etag).send({ reason: 'site maintenance' }).expect(200);
    expect(ok.body).toMatchObject({ status: 'suspended', suspendedBy: 'staff' });
    const history = await svc.http.get(url('/history')).set('Authorization', await bearer(svc, 'auditor')).expect(200);
    expect(history.body.events.map((e: { type: string; actor: { role: string } }) => [e.type, e.actor.role])).toEqual([
      ['AllocationOpened', 'system'], ['AllocationActivated', 'site'], ['AllocationSuspended', 'system'], ['AllocationResumed', 'allocation-committee'],
      ['AllocationSuspended', 'system'], ['AllocationResumed', 'system'], ['AllocationSuspended', 'allocation-committee'],
    ]);
  });
});
