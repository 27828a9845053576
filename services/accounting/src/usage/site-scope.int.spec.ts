import { AllocationEvents, topicFor } from '@hpc-access/contracts';
import { seededHostingSites, startServiceHarness, type ServiceHarness } from '@hpc-access/service-testing';
import { accountingHarness, activation, jobRecord, lumiSiteToken, publishHostingSites, SACCT_HEADER, sacctLine } from '../testing-only/accounting-fixtures';

const LUMI_PROJECT = 'EHPC-AIF-2026PG01-1147';
const LEONARDO_PROJECT = 'EHPC-AIF-2026PG01-3001';

/** A Leonardo Booster job (4 GPUs a node, billed by gres). */
const leonardoRecord = (jobId: string, overrides: Record<string, unknown> = {}) =>
  jobRecord(jobId, { system: 'leonardo', account: LEONARDO_PROJECT, partition: 'booster', allocTres: 'billing=32,cpu=32,gres/gpu=4,node=1', ...overrides });

// Issue 12, point 1: a site charged another site's allocation and read every site's imports.
describe('usage is charged and read only by the site hosting the system', () => {
  let svc: ServiceHarness;
  let csc: string;
  let cineca: string;
  let officer: string;

  const postJson = (body: unknown, token: string, query = '') => svc.http.post(`/api/accounting/usage${query}`).set('Authorization', `Bearer ${token}`).send(body as object);
  const postSacct = (text: string, token: string, query: string) =>
    svc.http.post(`/api/accounting/usage/sacct${query}`).set('Authorization', `Bearer ${token}`).set('Content-Type', 'text/plain').send(text);
  const account = async (id: string) => (await svc.http.get(`/api/accounting/allocations/${id}`).set('Authorization', `Bearer ${officer}`).expect(200)).body;
  const importsTotal = async (token = officer) => (await svc.http.get('/api/accounting/imports').set('Authorization', `Bearer ${token}`).expect(200)).body.total as number;
  const expectRefusedFor = (response: { status: number; headers: Record<string, string>; body: Record<string, unknown> }, field: string, site: string, system: string) => {
    expect(response.status).toBe(403);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ code: 'system-of-another-site', errors: [{ field, reason: `site ${site} does not host system ${system}` }] });
  };

  beforeAll(async () => {
    svc = await startServiceHarness(accountingHarness);
    await publishHostingSites(svc);
    await svc.publish(AllocationEvents.AllocationActivated, 'alloc-lumi', activation({ allocationId: 'alloc-lumi' }));
    await svc.publish(AllocationEvents.AllocationActivated, 'alloc-leo', activation({ allocationId: 'alloc-leo', organisationId: 'org-b', projectId: LEONARDO_PROJECT, system: 'leonardo', partition: 'booster' }));
    await svc.settle();
    csc = await lumiSiteToken(svc);
    cineca = await svc.token('site', { userId: 'site-leonardo', siteId: 'cineca' });
    officer = await svc.token('accounting-officer', { userId: 'officer-1' });
  });
  afterAll(() => svc.close());

  it("refuses a 32,000 GPU-hour job sent for a LUMI project by Leonardo's site: 403 naming lumi, nothing charged, no overuse", async () => {
    // 100 LUMI-G nodes for 80 hours: 100 x 4 x 80 = 32,000 GPU-hours against an award of 5,000.
    const huge = jobRecord('9000001', { elapsedRaw: 80 * 3600, allocTres: 'billing=12800,cpu=12800,gres/gpu=800,node=100' });
    expectRefusedFor(await postJson({ records: [huge] }, cineca), 'records.0.system', 'cineca', 'lumi');
    // Named as a Leonardo job but charged to the LUMI project: the allocation's system decides.
    expectRefusedFor(await postJson({ records: [{ ...huge, system: 'leonardo', partition: 'booster' }] }, cineca), 'records.0.account', 'cineca', 'lumi');
    // One foreign record refuses the whole request: its own record is not taken either.
    expectRefusedFor(await postJson({ records: [leonardoRecord('9000002'), huge] }, cineca), 'records.1.system', 'cineca', 'lumi');
    expectRefusedFor(await postSacct([SACCT_HEADER, sacctLine('9000003', LUMI_PROJECT, 20, 100)].join('\n'), cineca, '?system=lumi'), 'system', 'cineca', 'lumi');
    const disguised = [SACCT_HEADER, `9000004|${LUMI_PROJECT}|booster|2026-11-02T10:00:00|2026-11-02T12:00:00|7200|COMPLETED|billing=32,gres/gpu=4,node=1|0`].join('\n');
    expectRefusedFor(await postSacct(disguised, cineca, '?system=leonardo'), `account ${LUMI_PROJECT}`, 'cineca', 'lumi');
    await svc.settle();
    expect(await account('alloc-lumi')).toMatchObject({ status: 'active', chargedGpuHours: 0, jobs: 0, revision: 0 });
    expect(await account('alloc-leo')).toMatchObject({ chargedGpuHours: 0, revision: 0 });
    expect(await importsTotal()).toBe(0);
    expect(svc.published(topicFor('accounting')).filter((e) => e.type.includes('OveruseDetected'))).toEqual([]);
    const records = await svc.http.get('/api/accounting/unassigned-records').set('Authorization', `Bearer ${officer}`).expect(200);
    expect(records.body.total).toBe(0);
  });

  it('takes each site its own usage, as JSON and as an sacct file', async () => {
    await postJson({ records: [leonardoRecord('5001')] }, cineca).expect(201);
    await postSacct([SACCT_HEADER, sacctLine('7001', LUMI_PROJECT, 2)].join('\n'), csc, '?system=lumi').expect(201);
    await svc.settle();
    expect(await account('alloc-leo')).toMatchObject({ chargedGpuHours: 40, jobs: 1 });
    expect(await account('alloc-lumi')).toMatchObject({ chargedGpuHours: 8, jobs: 1 });
  });

  it('refuses a site token that names no site, or names another site than its own (403)', async () => {
    const unnamed = await svc.token('site', { userId: 'site-unnamed' });
    const refused = await postJson({ records: [leonardoRecord('5002')] }, unnamed).expect(403);
    expect(refused.body).toMatchObject({ code: 'site-not-named', errors: [{ field: 'site' }] });
    await svc.http.get('/api/accounting/imports').set('Authorization', `Bearer ${unnamed}`).expect(403);
    const impostor = await postJson({ records: [leonardoRecord('5002')] }, cineca, '?siteId=csc').expect(403);
    expect(impostor.body).toMatchObject({ code: 'not-your-site', errors: [{ field: 'siteId', reason: 'a token of site cineca cannot send usage for site csc' }] });
  });

  it("an accounting officer uploads a site's sacct file on its behalf, checked against that site's systems and recorded as such", async () => {
    const file = [SACCT_HEADER, sacctLine('7002', LUMI_PROJECT, 3)].join('\n');
    expectRefusedFor(await postSacct(file, officer, '?system=lumi&siteId=cineca'), 'system', 'cineca', 'lumi');
    const unknown = await postSacct(file, officer, '?system=lumi&siteId=hlrs').expect(422);
    expect(unknown.body).toMatchObject({ code: 'unknown-site', errors: [{ field: 'siteId', reason: 'no site hlrs hosts any system' }] });
    const uploaded = await postSacct(file, officer, '?system=lumi&siteId=csc').expect(201);
    expect(uploaded.body).toMatchObject({ accepted: 1, charged: [{ allocationId: 'alloc-lumi', jobs: 1, gpuHours: 12 }] });
    const detail = await svc.http.get(`/api/accounting/imports/${uploaded.body.importId}`).set('Authorization', `Bearer ${csc}`).expect(200);
    expect(detail.body).toMatchObject({ submittedBy: 'officer-1', siteId: 'csc', onBehalfOfSite: true });
    const history = await svc.http.get('/api/accounting/allocations/alloc-lumi/history').set('Authorization', `Bearer ${officer}`).expect(200);
    const charged = history.body.events.filter((e: { type: string }) => e.type === 'UsageBatchCharged');
    expect(charged.map((e: { actor: unknown; data: Record<string, unknown> }) => [e.actor, e.data.siteId, e.data.uploadedOnBehalfOfSite])).toEqual([
      [{ id: 'site-lumi', role: 'site' }, 'csc', false],
      [{ id: 'officer-1', role: 'accounting-officer' }, 'csc', true],
    ]);
    await postJson({ records: [leonardoRecord('5003')] }, officer, '?siteId=cineca').expect(201);
  });

  it("lists a site only its own imports; another site's import is not found", async () => {
    const mine = await svc.http.get('/api/accounting/imports').set('Authorization', `Bearer ${cineca}`).expect(200);
    expect(mine.body.total).toBe(2);
    expect(mine.body.items.map((i: { siteId: string; submittedBy: string; onBehalfOfSite: boolean }) => [i.siteId, i.submittedBy, i.onBehalfOfSite])).toEqual([
      ['cineca', 'officer-1', true], ['cineca', 'site-leonardo', false],
    ]);
    const theirs = await svc.http.get('/api/accounting/imports').set('Authorization', `Bearer ${csc}`).expect(200);
    expect(theirs.body.total).toBe(2);
    const cscImport = theirs.body.items[0].importId as string;
    const hidden = await svc.http.get(`/api/accounting/imports/${cscImport}`).set('Authorization', `Bearer ${cineca}`).expect(404);
    expect(hidden.body.code).toBe('import-not-found');
    expect(await importsTotal()).toBe(4);
  });

  it("reads a site only the job records of its systems' allocations: another's are 403 naming the system", async () => {
    expectRefusedFor(await svc.http.get('/api/accounting/allocations/alloc-lumi/job-records').set('Authorization', `Bearer ${cineca}`), 'system', 'cineca', 'lumi');
    const own = await svc.http.get('/api/accounting/allocations/alloc-lumi/job-records').set('Authorization', `Bearer ${csc}`).expect(200);
    expect(own.body.items.map((r: { jobId: string }) => r.jobId)).toEqual(['7002', '7001']);
    await svc.http.get('/api/accounting/allocations/alloc-leo/job-records').set('Authorization', `Bearer ${cineca}`).expect(200);
  });

  it("follows allocation's map as it changes; an older change delivered late does not undo a newer one", async () => {
    const moved = seededHostingSites().map((s) => (s.siteId === 'csc' ? { ...s, systems: [] } : s.siteId === 'cineca' ? { ...s, systems: ['leonardo', 'lumi'] } : s));
    const later = new Date(svc.clock.now().getTime() + 60_000).toISOString();
    await publishHostingSites(svc, moved, later);
    await publishHostingSites(svc, seededHostingSites(), svc.clock.now().toISOString());
    await svc.settle();
    await postJson({ records: [jobRecord('9100001', { elapsedRaw: 3600 })] }, cineca).expect(201);
    expectRefusedFor(await postJson({ records: [jobRecord('9100002', { elapsedRaw: 3600 })] }, csc), 'records.0.system', 'csc', 'lumi');
  });
});
