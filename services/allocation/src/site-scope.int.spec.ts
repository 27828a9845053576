import { readFileSync } from 'node:fs';
import { findRepoFile } from '@hpc-access/sql';
import type { ServiceHarness } from '@hpc-access/service-testing';
import { awarded, bearer, eligible, publishedOf, siteBearer, startAllocation } from './testing-only/allocation-harness';

const seed = (() => {
  const { $comment: _comment, ...rest } = JSON.parse(readFileSync(findRepoFile('infra/seed/allocation.json'), 'utf8')) as Record<string, unknown>;
  return rest as { sites: Array<{ id: string; name: string; systems: string[] }> } & Record<string, unknown>;
})();

// Issue 12, point 1: one site confirmed, assessed and read another site's allocations and applications.
describe('a hosting site acts on and reads only the systems it hosts', () => {
  let svc: ServiceHarness;
  let lumi: { applicationId: string; allocationId: string };
  let leonardo: { applicationId: string; allocationId: string };
  let waitingOnLumi: string;

  beforeAll(async () => {
    svc = await startAllocation();
    lumi = await awarded(svc, 'org-a', { system: 'lumi', partition: 'lumi-g' });
    leonardo = await awarded(svc, 'org-b', { system: 'leonardo', partition: 'booster' });
    waitingOnLumi = await eligible(svc, 'org-c', { system: 'lumi', partition: 'lumi-g' });
  });
  afterAll(() => svc.close());

  const allocation = (id: string, path = '') => `/api/allocation/allocations/${id}${path}`;
  const application = (id: string, path = '') => `/api/allocation/applications/${id}${path}`;
  const expectRefusedFor = (response: { status: number; headers: Record<string, string>; body: Record<string, unknown> }, site: string, system: string) => {
    expect(response.status).toBe(403);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ code: 'system-of-another-site', errors: [{ field: 'system', reason: `site ${site} does not host system ${system}` }] });
  };

  it("Leonardo's site cannot confirm a LUMI allocation (403 naming lumi, nothing changes); LUMI's site can", async () => {
    const refused = await svc.http.post(allocation(lumi.allocationId, '/provisioning')).set('Authorization', await siteBearer(svc, 'leonardo')).send({ accountCreated: true });
    expectRefusedFor(refused, 'cineca', 'lumi');
    const unchanged = await svc.http.get(allocation(lumi.allocationId)).set('Authorization', await bearer(svc, 'auditor')).expect(200);
    expect(unchanged.headers.etag).toBe('"0"');
    expect(unchanged.body.status).toBe('awarded');
    expect(publishedOf(svc, 'AllocationActivated')).toEqual([]);
    const confirmed = await svc.http.post(allocation(lumi.allocationId, '/provisioning')).set('Authorization', await siteBearer(svc, 'lumi')).send({ accountCreated: true }).expect(200);
    expect(confirmed.body.status).toBe('active');
  });

  it("Leonardo's technical assessor cannot assess a LUMI application (403 naming lumi, nothing recorded); LUMI's can", async () => {
    const refused = await svc.http.post(application(waitingOnLumi, '/technical-assessment')).set('Authorization', await siteBearer(svc, 'leonardo', 'technical-assessor')).send({ outcome: 'rejected', remarks: 'not feasible' });
    expectRefusedFor(refused, 'cineca', 'lumi');
    const unchanged = await svc.http.get(application(waitingOnLumi)).set('Authorization', await bearer(svc, 'auditor')).expect(200);
    expect(unchanged.body.technicalAssessment).toBeNull();
    expect(publishedOf(svc, 'CapacityHoldReleased').map((r) => r.applicationId)).not.toContain(waitingOnLumi);
    await svc.http.post(application(waitingOnLumi, '/technical-assessment')).set('Authorization', await siteBearer(svc, 'lumi', 'technical-assessor')).send({ outcome: 'accepted' }).expect(200);
  });

  it('a site or technical-assessor token that names no site is refused (403), however it is asked', async () => {
    const site = await bearer(svc, 'site', { userId: 'site-unnamed' });
    const assessor = await bearer(svc, 'technical-assessor', { userId: 'assessor-unnamed' });
    const provisioning = await svc.http.post(allocation(leonardo.allocationId, '/provisioning')).set('Authorization', site).send({ accountCreated: true }).expect(403);
    expect(provisioning.body).toMatchObject({ code: 'site-not-named', errors: [{ field: 'site', reason: expect.stringContaining('must name its hosting site') }] });
    await svc.http.get('/api/allocation/allocations').set('Authorization', site).expect(403);
    await svc.http.get('/api/allocation/applications').set('Authorization', assessor).expect(403);
    await svc.http.get('/api/allocation/holds').set('Authorization', assessor).expect(403);
  });

  it('lists show a site and its technical assessors only the applications, allocations and holds of its systems', async () => {
    const systemsOf = (items: Array<{ system: string }>) => [...new Set(items.map((i) => i.system))];
    const cineca = await siteBearer(svc, 'leonardo');
    const allocations = await svc.http.get('/api/allocation/allocations').set('Authorization', cineca).expect(200);
    expect(allocations.body).toMatchObject({ total: 1, items: [{ allocationId: leonardo.allocationId, system: 'leonardo' }] });
    const askedForLumi = await svc.http.get('/api/allocation/allocations?system=lumi').set('Authorization', cineca).expect(200);
    expect(askedForLumi.body).toMatchObject({ total: 0, items: [] });
    const cscAssessor = await siteBearer(svc, 'lumi', 'technical-assessor');
    const applications = await svc.http.get('/api/allocation/applications').set('Authorization', cscAssessor).expect(200);
    expect(applications.body.total).toBe(2);
    expect(systemsOf(applications.body.items)).toEqual(['lumi']);
    const holds = await svc.http.get('/api/allocation/holds').set('Authorization', cscAssessor).expect(200);
    expect(holds.body.total).toBe(2);
    expect(systemsOf(holds.body.items)).toEqual(['lumi']);
    const staff = await svc.http.get('/api/allocation/applications').set('Authorization', await bearer(svc, 'auditor')).expect(200);
    expect(staff.body.total).toBe(3);
  });

  it("reading another site's allocation or application, or their history, is 403 naming the system", async () => {
    const cineca = await siteBearer(svc, 'leonardo');
    const cscAssessor = await siteBearer(svc, 'lumi', 'technical-assessor');
    expectRefusedFor(await svc.http.get(allocation(lumi.allocationId)).set('Authorization', cineca), 'cineca', 'lumi');
    expectRefusedFor(await svc.http.get(allocation(lumi.allocationId, '/history')).set('Authorization', cineca), 'cineca', 'lumi');
    expectRefusedFor(await svc.http.get(application(leonardo.applicationId)).set('Authorization', cscAssessor), 'csc', 'leonardo');
    expectRefusedFor(await svc.http.get(application(leonardo.applicationId, '/history')).set('Authorization', cscAssessor), 'csc', 'leonardo');
    await svc.http.get(allocation(leonardo.allocationId)).set('Authorization', cineca).expect(200);
    await svc.http.get(application(lumi.applicationId)).set('Authorization', cscAssessor).expect(200);
  });

  it("an organisation's standing shows a site only the organisation's allocations on its systems", async () => {
    const second = await awarded(svc, 'org-a', { system: 'leonardo', partition: 'booster' });
    const standing = (token: string) => svc.http.get('/api/allocation/organisations/org-a/standing').set('Authorization', token).expect(200);
    expect((await standing(await bearer(svc, 'auditor'))).body.allocations).toEqual([lumi.allocationId, second.allocationId]);
    expect((await standing(await siteBearer(svc, 'lumi'))).body.allocations).toEqual([lumi.allocationId]);
    expect((await standing(await siteBearer(svc, 'leonardo', 'technical-assessor'))).body.allocations).toEqual([second.allocationId]);
  });

  it('the site-to-systems map is configuration: a change is an event, published, and applies at once', async () => {
    expect(publishedOf(svc, 'HostingSitesChanged')).toEqual([{ sites: seed.sites.map((s) => ({ siteId: s.id, name: s.name, systems: s.systems })), changedAt: expect.any(String) }]);
    const committee = await bearer(svc, 'allocation-committee');
    const read = await svc.http.get('/api/allocation/configuration').set('Authorization', committee).expect(200);
    expect(read.body.sites).toEqual(seed.sites);
    const unhosted = await svc.http.put('/api/allocation/configuration').set('Authorization', committee).send({ ...seed, sites: seed.sites.filter((s) => s.id !== 'cineca') }).expect(422);
    expect(unhosted.body).toMatchObject({ code: 'system-without-site', errors: [{ field: 'sites', reason: 'no site hosts leonardo' }] });
    // Leonardo handed over to CSC (a thought experiment): CINECA loses it, CSC gains it.
    const sites = seed.sites.map((s) => (s.id === 'cineca' ? { ...s, systems: [] } : s.id === 'csc' ? { ...s, systems: ['lumi', 'leonardo'] } : s));
    await svc.http.put('/api/allocation/configuration').set('Authorization', committee).send({ ...seed, sites }).expect(200);
    await svc.settle();
    expect(publishedOf(svc, 'HostingSitesChanged').at(-1)).toMatchObject({ sites: expect.arrayContaining([{ siteId: 'csc', name: 'CSC, Kajaani, FI', systems: ['lumi', 'leonardo'] }, { siteId: 'cineca', name: 'CINECA, Bologna, IT', systems: [] }]) });
    expectRefusedFor(await svc.http.get(allocation(leonardo.allocationId)).set('Authorization', await bearer(svc, 'site', { siteId: 'cineca' })), 'cineca', 'leonardo');
    await svc.http.post(allocation(leonardo.allocationId, '/provisioning')).set('Authorization', await bearer(svc, 'site', { siteId: 'csc' })).send({ accountCreated: true }).expect(200);
  });
});
