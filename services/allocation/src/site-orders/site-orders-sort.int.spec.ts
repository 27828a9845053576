import type { ServiceHarness } from '@hpc-access/service-testing';
import { awarded, bearer, siteBearer, startAllocation } from '../testing-only/allocation-harness';

// sort=oldest|newest on the site orders (ADR 36): by issue order, in SQL; without it the usual order, the order issued (oldest first).
describe('GET /api/allocation/sites/{siteId}/orders and /site-orders ?sort', () => {
  let svc: ServiceHarness;
  let izum: string;
  let committee: string;
  const issued: string[] = [];
  const allocations = async (path: string, token: string) => ((await svc.http.get(path).set('Authorization', token).expect(200)).body.items as Array<{ allocationId: string }>).map((o) => o.allocationId);

  beforeAll(async () => {
    svc = await startAllocation();
    // Three awards on Vega (IZUM), each ordering its project account: three pending orders, issued in this order.
    for (const organisationId of ['org-sort-a', 'org-sort-b', 'org-sort-c']) issued.push((await awarded(svc, organisationId, { system: 'vega', partition: 'gpu', gpuHours: 1000 })).allocationId);
    izum = await siteBearer(svc, 'vega');
    committee = await bearer(svc, 'allocation-committee');
  });
  afterAll(() => svc.close());

  it("gives the site's pending orders first issued first with sort=oldest and without, the last issued first with sort=newest", async () => {
    expect(await allocations('/api/allocation/sites/izum/orders?status=pending&sort=oldest', izum)).toEqual(issued);
    expect(await allocations('/api/allocation/sites/izum/orders?status=pending', izum)).toEqual(issued);
    expect(await allocations('/api/allocation/sites/izum/orders?status=pending&sort=newest', izum)).toEqual([...issued].reverse());
    expect(await allocations('/api/allocation/sites/izum/orders?status=pending&sort=newest&page=2&pageSize=1', committee)).toEqual([issued[1]]);
  });

  it("sorts every site's orders alike for programme staff", async () => {
    expect(await allocations('/api/allocation/site-orders?status=pending&sort=newest', committee)).toEqual([...issued].reverse());
    expect(await allocations('/api/allocation/site-orders?status=pending&sort=oldest', committee)).toEqual(issued);
  });

  it('answers another sort with a 400 problem naming sort, on both lists', async () => {
    for (const path of ['/api/allocation/sites/izum/orders?sort=issued', '/api/allocation/site-orders?sort=issued']) {
      const bad = await svc.http.get(path).set('Authorization', committee).expect(400);
      expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(bad.body.errors).toEqual([{ field: 'sort', reason: 'sort must be one of newest, oldest' }]);
    }
  });

  it('still refuses another site, an applicant, and a site the list of every site, sorted', async () => {
    expect((await svc.http.get('/api/allocation/sites/izum/orders?sort=oldest').set('Authorization', await siteBearer(svc, 'leonardo')).expect(403)).body).toMatchObject({ code: 'another-site' });
    await svc.http.get('/api/allocation/sites/izum/orders?sort=oldest').set('Authorization', await bearer(svc, 'applicant', { organisationId: 'org-sort-a' })).expect(403);
    await svc.http.get('/api/allocation/site-orders?sort=oldest').set('Authorization', izum).expect(403);
  });
});
