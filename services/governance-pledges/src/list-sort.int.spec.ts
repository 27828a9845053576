import type { ServiceHarness } from '@hpc-access/service-testing';
import { auth, DAY, registerOrganisation, startGovernance } from './testing-only/governance-harness';

// sort=oldest|newest on governance's two lists the officer's home reads (ADR 36): breach reports by
// filed_at, organisations by updated_at, in SQL; without it the usual order (newest filed; by id).
describe('GET /api/governance/breach-reports and /organisations ?sort', () => {
  let svc: ServiceHarness;
  let officer: string;
  // Registered and reported on in the order b, c, a, a day apart: the time order is not the id order.
  const order = ['org-sort-b', 'org-sort-c', 'org-sort-a'];
  const reportOf = new Map<string, string>();
  const items = async (path: string, token: string) => (await svc.http.get(path).set(auth(token)).expect(200)).body.items as Array<{ organisationId: string; reportId?: string }>;

  beforeAll(async () => {
    svc = await startGovernance();
    officer = await svc.token('governance-officer', { userId: 'gov-sort' });
    const reporter = await svc.token('intake-officer', { userId: 'io-sort' });
    for (const organisationId of order) {
      await registerOrganisation(svc, organisationId);
      const filed = await svc.http.post('/api/governance/breach-reports').set(auth(reporter)).send({ organisationId, description: 'The promised model card was never published.', evidenceLinks: ['https://example.eu/notice'] }).expect(201);
      reportOf.set(organisationId, filed.body.reportId);
      await svc.advance(DAY);
    }
    await svc.settle();
  });
  afterAll(() => svc.close());

  it('gives the breach reports first filed first with sort=oldest, the reverse with sort=newest and without', async () => {
    const filed = order.map((o) => reportOf.get(o));
    expect((await items('/api/governance/breach-reports?status=open&sort=oldest', officer)).map((r) => r.reportId)).toEqual(filed);
    expect((await items('/api/governance/breach-reports?status=open&sort=newest', officer)).map((r) => r.reportId)).toEqual([...filed].reverse());
    expect((await items('/api/governance/breach-reports?status=open', officer)).map((r) => r.reportId)).toEqual([...filed].reverse());
    expect((await items('/api/governance/breach-reports?status=open&sort=oldest&page=2&pageSize=1', officer)).map((r) => r.reportId)).toEqual([filed[1]]);
  });

  it('gives the organisations changed longest ago first with sort=oldest, the reverse with sort=newest, by id without', async () => {
    const ids = async (query: string) => (await items(`/api/governance/organisations?${query}`, officer)).map((o) => o.organisationId);
    expect(await ids('status=unsigned&sort=oldest')).toEqual(order);
    expect(await ids('status=unsigned&sort=newest')).toEqual([...order].reverse());
    expect(await ids('status=unsigned')).toEqual(['org-sort-a', 'org-sort-b', 'org-sort-c']);
  });

  it('answers another sort with a 400 problem naming sort, on both lists', async () => {
    for (const path of ['/api/governance/breach-reports?sort=latest', '/api/governance/organisations?sort=latest']) {
      const bad = await svc.http.get(path).set(auth(officer)).expect(400);
      expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(bad.body.errors).toEqual([{ field: 'sort', reason: 'sort must be one of newest, oldest' }]);
    }
  });

  it('still refuses an applicant the breach reports, a site the organisations, and an applicant another organisation, sorted', async () => {
    const applicant = await svc.token('applicant', { userId: 'rep-sort', organisationId: 'org-sort-a' });
    await svc.http.get('/api/governance/breach-reports?sort=oldest').set(auth(applicant)).expect(403);
    await svc.http.get('/api/governance/organisations?sort=oldest').set(auth(await svc.token('site', { userId: 'site-sort', siteId: 'cineca' }))).expect(403);
    await svc.http.get('/api/governance/organisations?organisationId=org-sort-b&sort=oldest').set(auth(applicant)).expect(403);
  });
});
