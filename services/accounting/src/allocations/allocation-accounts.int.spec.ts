import { AllocationEvents, topicFor } from '@hpc-access/contracts';
import { startServiceHarness, type ServiceHarness } from '@hpc-access/service-testing';
import { accountingHarness, activation, jobRecord, lumiSiteToken, publishHostingSites } from '../testing-only/accounting-fixtures';

const DAY = 86_400_000;

// Allocation's lifecycle played on the bus; balances, alerts and the mid-term review read over HTTP.
describe('accounting follows allocations', () => {
  let svc: ServiceHarness;
  let site: string;
  let officer: string;

  const get = async (path: string, token = officer) => svc.http.get(path).set('Authorization', `Bearer ${token}`);
  const published = (subject: string) => svc.published(topicFor('accounting')).filter((e) => e.subject === subject);
  /** `hours` GPU-hours on LUMI-G as one job (1 node = 4 GPU-hours per hour). */
  const use = async (jobId: string, projectId: string, gpuHours: number) => {
    await svc.http.post('/api/accounting/usage').set('Authorization', `Bearer ${site}`)
      .send({ records: [jobRecord(jobId, { account: projectId, elapsedRaw: (gpuHours / 4) * 3600 })] }).expect(201);
    await svc.settle();
  };

  beforeAll(async () => {
    svc = await startServiceHarness(accountingHarness);
    await publishHostingSites(svc);
    site = await lumiSiteToken(svc);
    officer = await svc.token('accounting-officer', { userId: 'officer-1' });
  });
  afterAll(() => svc.close());

  it('opens an account when allocation activates it, once however often the event is delivered', async () => {
    const id = await svc.publish(AllocationEvents.AllocationActivated, 'alloc-1', activation());
    await svc.publish(AllocationEvents.AllocationActivated, 'alloc-1', activation(), { id });
    await svc.publish(AllocationEvents.AllocationActivated, 'alloc-1', activation());
    await svc.settle();
    const detail = await get('/api/accounting/allocations/alloc-1');
    expect(detail.status).toBe(200);
    expect(detail.headers.etag).toBe('"0"');
    expect(detail.body).toMatchObject({
      allocationId: 'alloc-1', organisationId: 'org-a', projectId: 'EHPC-AIF-2026PG01-1147', mode: 'playground', status: 'active',
      awardedGpuHours: 5000, chargedGpuHours: 0, balanceGpuHours: 5000, monthlyQuotaGpuHours: 1667, monthlyBurn: [], revision: 0,
    });
    const { rows } = await svc.db.query<{ key: string; due_at: Date }>(`SELECT key, due_at FROM accounting.scheduled_commands WHERE key = 'mid-term:alloc-1'`);
    expect(rows.map((r) => [r.key, new Date(r.due_at).toISOString()])).toEqual([['mid-term:alloc-1', '2026-12-16T12:00:00.000Z']]);
  });

  it('follows suspension, resumption and closure, and ignores them for allocations it never saw activated', async () => {
    await svc.publish(AllocationEvents.AllocationActivated, 'alloc-2', activation({ allocationId: 'alloc-2', projectId: 'P-2' }));
    const at = svc.clock.now().toISOString();
    await svc.publish(AllocationEvents.AllocationSuspended, 'alloc-2', { allocationId: 'alloc-2', organisationId: 'org-a', reason: 'pledge breach', suspendedAt: at });
    await svc.settle();
    expect((await get('/api/accounting/allocations/alloc-2')).body).toMatchObject({ status: 'suspended', suspension: { reason: 'pledge breach', since: at } });
    await svc.publish(AllocationEvents.AllocationResumed, 'alloc-2', { allocationId: 'alloc-2', organisationId: 'org-a', resumedAt: at });
    await svc.settle();
    expect((await get('/api/accounting/allocations/alloc-2')).body).toMatchObject({ status: 'active', suspension: null });
    await svc.publish(AllocationEvents.AllocationClosed, 'alloc-2', { allocationId: 'alloc-2', organisationId: 'org-a', closedAt: at, finalReportDue: '2027-05-01' });
    await svc.publish(AllocationEvents.AllocationSuspended, 'alloc-x', { allocationId: 'alloc-x', organisationId: 'org-a', reason: 'pledge breach', suspendedAt: at });
    await svc.settle();
    const list = await get('/api/accounting/allocations?status=closed');
    expect(list.body.items.map((a: { allocationId: string }) => a.allocationId)).toEqual(['alloc-2']);
    await get('/api/accounting/allocations/alloc-x').then((r) => expect(r.status).toBe(404));
    const { rows } = await svc.db.query<{ cancelled_at: Date | null }>(`SELECT cancelled_at FROM accounting.scheduled_commands WHERE key = 'mid-term:alloc-2'`);
    expect(rows[0].cancelled_at).not.toBeNull();
  });

  it('alerts once per threshold and, at 100 %, publishes overuse with the mode\'s action', async () => {
    await svc.publish(AllocationEvents.AllocationActivated, 'alloc-3', activation({ allocationId: 'alloc-3', projectId: 'P-3', gpuHours: 1000, monthlyQuotaGpuHours: 334 }));
    await svc.settle();
    await use('3001', 'P-3', 760);
    await use('3002', 'P-3', 20);
    await use('3003', 'P-3', 240);
    const types = published('alloc-3').map((e) => [e.type.split('.')[2], e.data.thresholdPercent ?? e.data.action ?? e.data.chargedGpuHours]);
    expect(types).toEqual([
      ['AllocationUsageTotals', 760], ['UsageThresholdReached', 75], ['MonthlyQuotaExceeded', 760],
      ['AllocationUsageTotals', 780],
      ['AllocationUsageTotals', 1020], ['UsageThresholdReached', 90], ['UsageThresholdReached', 100], ['OveruseDetected', 'suspend'],
    ]);
    expect(published('alloc-3').find((e) => e.type.endsWith('OveruseDetected.v1'))?.data).toEqual({
      allocationId: 'alloc-3', organisationId: 'org-a', action: 'suspend', chargedGpuHours: 1020, awardedGpuHours: 1000, detectedAt: '2026-11-02T09:00:00.000Z',
    });
    const detail = (await get('/api/accounting/allocations/alloc-3')).body;
    expect(detail).toMatchObject({ chargedGpuHours: 1020, balanceGpuHours: -20, usedPercent: 102, thresholdsReached: [75, 90, 100], overuse: { action: 'suspend' } });
    const row = (await get('/api/accounting/allocations?organisationId=org-a&mode=playground&pageSize=100')).body.items.find((a: { allocationId: string }) => a.allocationId === 'alloc-3');
    expect(row).toMatchObject({ chargedGpuHours: 1020, highestThresholdReached: 100, overuse: true, jobs: 3 });
  });

  it('lowers priority instead for a Large Scale allocation, as its policy says', async () => {
    await svc.publish(AllocationEvents.AllocationActivated, 'alloc-4', activation({ allocationId: 'alloc-4', projectId: 'P-4', mode: 'large-scale', gpuHours: 100, monthlyQuotaGpuHours: 34 }));
    await svc.settle();
    await use('4001', 'P-4', 100);
    expect(published('alloc-4').find((e) => e.type.endsWith('OveruseDetected.v1'))?.data).toMatchObject({ action: 'lower-priority' });
  });

  it('flags underuse at mid-term, and only where use falls short of plan', async () => {
    await svc.publish(AllocationEvents.AllocationActivated, 'alloc-5', activation({ allocationId: 'alloc-5', projectId: 'P-5', organisationId: 'org-b' }));
    await svc.publish(AllocationEvents.AllocationActivated, 'alloc-6', activation({ allocationId: 'alloc-6', projectId: 'P-6', organisationId: 'org-b' }));
    await svc.settle();
    await use('6001', 'P-6', 2400);
    await svc.advance(44 * DAY);
    expect(published('alloc-5').filter((e) => e.type.endsWith('UnderuseFlagged.v1'))).toEqual([]);
    await svc.advance(2 * DAY);
    const flagged = published('alloc-5').filter((e) => e.type.endsWith('UnderuseFlagged.v1'));
    expect(flagged.map((e) => e.data)).toEqual([{ allocationId: 'alloc-5', organisationId: 'org-b', chargedGpuHours: 0, plannedGpuHours: 2594.632444, flaggedAt: '2026-12-18T09:00:00.000Z' }]);
    expect(published('alloc-6').filter((e) => e.type.endsWith('UnderuseFlagged.v1'))).toEqual([]);
    expect((await get('/api/accounting/allocations/alloc-6')).body.midTerm).toEqual({ underuse: false, chargedGpuHours: 2400, plannedGpuHours: 2594.632444, at: '2026-12-18T09:00:00.000Z' });
    const underused = (await get('/api/accounting/allocations?organisationId=org-b')).body.items.map((a: { allocationId: string; underuse: boolean }) => [a.allocationId, a.underuse]);
    expect(underused).toEqual([['alloc-5', true], ['alloc-6', false]]);
    await svc.advance(DAY);
    expect(published('alloc-5').filter((e) => e.type.endsWith('UnderuseFlagged.v1'))).toHaveLength(1);
  });

  it('shows each allocation\'s history with who acted, in which role, and when', async () => {
    const history = await get('/api/accounting/allocations/alloc-3/history');
    expect(history.status).toBe(200);
    expect(history.body.events.map((e: { type: string; revision: number; actor: { id: string; role: string } }) => [e.type, e.revision, e.actor.id, e.actor.role])).toEqual([
      ['AllocationAccountOpened', 0, 'allocation', 'system'],
      ['UsageBatchCharged', 1, 'site-lumi', 'site'],
      ['UsageThresholdReached', 2, 'site-lumi', 'site'],
      // 760 GPU-hours in November: 228 % of the 334 of its quota, past the 50 % margin.
      ['MonthlyQuotaExceeded', 3, 'site-lumi', 'site'],
      ['UsageBatchCharged', 4, 'site-lumi', 'site'],
      ['UsageBatchCharged', 5, 'site-lumi', 'site'],
      ['UsageThresholdReached', 6, 'site-lumi', 'site'],
      ['UsageThresholdReached', 7, 'site-lumi', 'site'],
      ['OveruseDetected', 8, 'site-lumi', 'site'],
      // The mid-term deadline fired in the test before: the service itself acted.
      ['MidTermUsageOnPlan', 9, 'accounting', 'system'],
    ]);
    expect(history.body).toMatchObject({ page: 1, pageSize: 20, total: 10 });
    const paged = await get('/api/accounting/allocations/alloc-3/history?page=2&pageSize=4');
    expect(paged.body).toMatchObject({ allocationId: 'alloc-3', page: 2, pageSize: 4, total: 10 });
    expect(paged.body.events.map((e: { revision: number }) => e.revision)).toEqual([4, 5, 6, 7]);
    expect((await get('/api/accounting/allocations/alloc-3/history?pageSize=101')).status).toBe(400);
    const detail = await get('/api/accounting/allocations/alloc-3');
    expect(detail.body.monthlyBurn).toEqual([{ month: '2026-11', gpuHours: 1020, quotaGpuHours: 334, percentOfQuota: 305.389222, overQuota: true }]);
    expect(history.body.events[1]).toMatchObject({ recordedAt: '2026-11-02T09:00:00.000Z', data: { jobIds: ['3001'], gpuHours: 760 } });
  });

  it('lets applicants read only their organisation\'s allocations', async () => {
    const applicantA = await svc.token('applicant', { organisationId: 'org-a' });
    const own = await get('/api/accounting/allocations', applicantA);
    expect(own.body.items.every((a: { organisationId: string }) => a.organisationId === 'org-a')).toBe(true);
    expect(own.body.total).toBe(4);
    expect((await get('/api/accounting/allocations?organisationId=org-b', applicantA)).status).toBe(403);
    expect((await get('/api/accounting/allocations/alloc-5', applicantA)).status).toBe(403);
    expect((await get('/api/accounting/allocations/alloc-5/history', applicantA)).status).toBe(403);
    expect((await get('/api/accounting/allocations/alloc-5/job-records', applicantA)).status).toBe(403);
    expect((await get('/api/accounting/allocations/alloc-3/job-records', applicantA)).body.total).toBe(3);
  });

  it('lets staff who oversee the programme read every allocation, and nobody else', async () => {
    for (const role of ['auditor', 'allocation-committee', 'governance-officer', 'administrator']) {
      const list = await get('/api/accounting/allocations', await svc.token(role));
      expect([role, list.status, list.body.total]).toEqual([role, 200, 6]);
    }
    const siteList = await get('/api/accounting/allocations', site);
    expect(siteList.status).toBe(403);
    expect(siteList.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((await svc.http.get('/api/accounting/allocations/alloc-1')).status).toBe(401);
  });

  it('refuses malformed ids and filters with the field at fault', async () => {
    const badId = await get('/api/accounting/allocations/bad%20id');
    expect([badId.status, badId.body.errors]).toEqual([400, [{ field: 'id', reason: 'must be 1 to 128 letters, digits, ., _, : or -' }]]);
    const badStatus = await get('/api/accounting/allocations?status=frozen');
    expect([badStatus.status, badStatus.body.errors]).toEqual([400, [{ field: 'status', reason: 'status must be one of the following values: active, suspended, closed' }]]);
    const paged = await get('/api/accounting/allocations?page=2&pageSize=4');
    expect(paged.body).toMatchObject({ page: 2, pageSize: 4, total: 6 });
    expect(paged.body.items.map((a: { allocationId: string }) => a.allocationId)).toEqual(['alloc-5', 'alloc-6']);
  });
});
