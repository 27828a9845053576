import type { ServiceHarness } from '@hpc-access/service-testing';
import { auth, registerOrganisation, startGovernance } from '../../testing-only/governance-harness';

// Every entity has a history: a breach report's, read by those who read breach reports.
describe("a breach report's history", () => {
  let svc: ServiceHarness;
  let reportId: string;

  beforeAll(async () => {
    svc = await startGovernance();
    await registerOrganisation(svc, 'org-bh');
    const reporter = await svc.token('intake-officer', { userId: 'io-1' });
    const filed = await svc.http.post('/api/governance/breach-reports').set(auth(reporter))
      .send({ organisationId: 'org-bh', description: 'The model documentation form was never filed.', evidenceLinks: ['https://example.eu/notice'] }).expect(201);
    reportId = filed.body.reportId;
    const officer = await svc.token('governance-officer', { userId: 'gov-1' });
    await svc.http.post(`/api/governance/breach-reports/${reportId}/decision`).set(auth(officer)).send({ decision: 'dismissed', note: 'Filed late, not missing' }).expect(200);
  });
  afterAll(() => svc.close());

  it('shows the auditor who filed and who decided, in order, paged as the lists', async () => {
    const auditor = await svc.token('auditor');
    const all = await svc.http.get(`/api/governance/breach-reports/${reportId}/history`).set(auth(auditor)).expect(200);
    expect(all.body).toMatchObject({ reportId, page: 1, pageSize: 20, total: 2 });
    expect(all.body.events.map((e: { revision: number; actor: { id: string } }) => [e.revision, e.actor.id])).toEqual([[0, 'io-1'], [1, 'gov-1']]);
    const second = await svc.http.get(`/api/governance/breach-reports/${reportId}/history?page=2&pageSize=1`).set(auth(auditor)).expect(200);
    expect(second.body).toMatchObject({ page: 2, pageSize: 1, total: 2, events: [{ revision: 1, actor: { id: 'gov-1' } }] });
  });

  it('refuses applicants (even of the organisation), a bad page size and an unknown report', async () => {
    await svc.http.get(`/api/governance/breach-reports/${reportId}/history`).set(auth(await svc.token('applicant', { organisationId: 'org-bh' }))).expect(403);
    const officer = await svc.token('governance-officer');
    const bad = await svc.http.get(`/api/governance/breach-reports/${reportId}/history?pageSize=0`).set(auth(officer)).expect(400);
    expect(JSON.stringify(bad.body)).toContain('pageSize');
    await svc.http.get('/api/governance/breach-reports/0190a0b0-0000-7000-8000-000000000009/history').set(auth(officer)).expect(404);
  });
});
