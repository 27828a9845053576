import type { ServiceHarness } from '@hpc-access/service-testing';
import { auth, publishedTypes, registerOrganisation, sign, startGovernance } from '../testing-only/governance-harness';

const report = { organisationId: 'org-br', description: 'The promised training-data summary was never published.', evidenceLinks: ['https://example.eu/notice'] };

describe('breach reports over HTTP', () => {
  let svc: ServiceHarness;
  let reporter: string;
  let officer: string;
  let auditor: string;
  let reportId: string;

  beforeAll(async () => {
    svc = await startGovernance();
    reporter = await svc.token('intake-officer', { userId: 'io-1' });
    officer = await svc.token('governance-officer', { userId: 'gov-1' });
    auditor = await svc.token('auditor');
    await registerOrganisation(svc, 'org-br');
  });
  afterAll(() => svc.close());

  it('refuses reports from applicants and auditors, without a token, with bad input, or about an unknown organisation', async () => {
    await svc.http.post('/api/governance/breach-reports').set(auth(await svc.token('applicant', { organisationId: 'org-br' }))).send(report).expect(403);
    await svc.http.post('/api/governance/breach-reports').set(auth(auditor)).send(report).expect(403);
    await svc.http.post('/api/governance/breach-reports').send(report).expect(401);
    const bad = await svc.http.post('/api/governance/breach-reports').set(auth(reporter)).send({ ...report, description: '', evidenceLinks: ['not a url'] }).expect(400);
    expect([...new Set(bad.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual(['description', 'evidenceLinks']);
    const unknown = await svc.http.post('/api/governance/breach-reports').set(auth(reporter)).send({ ...report, organisationId: 'org-none' }).expect(404);
    expect(unknown.body.code).toBe('organisation-not-found');
    await svc.settle();
    expect((await svc.http.get('/api/governance/breach-reports').set(auth(auditor)).expect(200)).body.total).toBe(0);
  });

  it('files a report once per Idempotency-Key', async () => {
    const filed = await svc.http.post('/api/governance/breach-reports').set(auth(reporter)).set('Idempotency-Key', 'br-1').send(report).expect(201);
    reportId = filed.body.reportId;
    expect(filed.headers.location).toBe(`/api/governance/breach-reports/${reportId}`);
    expect(filed.headers.etag).toBe('"0"');
    expect(filed.body).toMatchObject({ ...report, status: 'open', filedBy: 'io-1', filedRole: 'intake-officer', filedAt: '2026-11-02T09:00:00.000Z', decision: null, revision: 0 });
    const replay = await svc.http.post('/api/governance/breach-reports').set(auth(reporter)).set('Idempotency-Key', 'br-1').send(report).expect(201);
    expect(replay.body.reportId).toBe(reportId);
    await svc.settle();
    const list = await svc.http.get('/api/governance/breach-reports?status=open').set(auth(auditor)).expect(200);
    expect(list.body).toMatchObject({ page: 1, pageSize: 20, total: 1, items: [{ reportId, status: 'open', organisationId: 'org-br' }] });
  });

  it('shows reports to staff and the auditor, never to applicants', async () => {
    const read = await svc.http.get(`/api/governance/breach-reports/${reportId}`).set(auth(auditor)).expect(200);
    expect(read.headers.etag).toBe('"0"');
    await svc.http.get(`/api/governance/breach-reports/${reportId}`).set(auth(await svc.token('applicant', { organisationId: 'org-br' }))).expect(403);
    await svc.http.get('/api/governance/breach-reports').set(auth(await svc.token('applicant', { organisationId: 'org-br' }))).expect(403);
    expect((await svc.http.get('/api/governance/breach-reports/nope').set(auth(auditor)).expect(404)).body.code).toBe('breach-report-not-found');
    expect((await svc.http.get('/api/governance/breach-reports?status=new').set(auth(auditor)).expect(400)).body.errors[0].field).toBe('status');
  });

  it('the officer who filed a report does not decide it', async () => {
    const own = await svc.http.post('/api/governance/breach-reports').set(auth(officer)).send(report).expect(201);
    const refused = await svc.http.post(`/api/governance/breach-reports/${own.body.reportId}/decision`).set(auth(officer)).send({ decision: 'dismissed', note: 'mine' }).expect(403);
    expect(refused.body.code).toBe('own-report');
    const other = await svc.token('governance-officer', { userId: 'gov-2' });
    const dismissed = await svc.http.post(`/api/governance/breach-reports/${own.body.reportId}/decision`).set(auth(other)).send({ decision: 'dismissed', note: 'Not a breach' }).expect(200);
    expect(dismissed.body).toMatchObject({ status: 'dismissed', decision: { decidedBy: 'gov-2', note: 'Not a breach' } });
  });

  it('confirming a report records PledgeBreached on the organisation, with the report id as breach id', async () => {
    await svc.http.post(`/api/governance/breach-reports/${reportId}/decision`).set(auth(reporter)).send({ decision: 'confirmed', note: 'x' }).expect(403);
    await svc.http.post(`/api/governance/breach-reports/${reportId}/decision`).set(auth(officer)).send({ decision: 'maybe', note: 'x' }).expect(400);
    await svc.http.post(`/api/governance/breach-reports/${reportId}/decision`).set(auth(officer)).set('If-Match', '"3"').send({ decision: 'confirmed', note: 'x' }).expect(412);
    const confirmed = await svc.http.post(`/api/governance/breach-reports/${reportId}/decision`).set(auth(officer)).set('If-Match', '"0"').send({ decision: 'confirmed', note: 'Verified' }).expect(200);
    expect(confirmed.headers.etag).toBe('"1"');
    expect(confirmed.body).toMatchObject({ status: 'confirmed', decision: { decidedBy: 'gov-1', note: 'Verified', decidedAt: '2026-11-02T09:00:00.000Z' } });
    const organisation = (await svc.http.get('/api/governance/organisations/org-br').set(auth(officer)).expect(200)).body;
    expect(organisation.breaches).toEqual([{ breachId: reportId, cause: 'report', ref: reportId, reason: report.description, breachedAt: '2026-11-02T09:00:00.000Z', remediedAt: null }]);
    await svc.settle();
    // The confirmed breach also suspends the organisation's allocations at once (issue 16).
    expect(svc.published('hpc-access.governance.v1').slice(-2)).toMatchObject([
      { type: 'hpc-access.governance.PledgeBreached.v1', data: { organisationId: 'org-br', breachId: reportId, reason: report.description } },
      { type: 'hpc-access.governance.AllocationsSuspensionRequested.v1', data: { organisationId: 'org-br', breachId: reportId, reason: `breach confirmed: ${report.description}` } },
    ]);
    expect((await svc.http.post(`/api/governance/breach-reports/${reportId}/decision`).set(auth(officer)).send({ decision: 'dismissed', note: 'x' }).expect(409)).body.code).toBe('report-decided');
    const confirmedList = await svc.http.get('/api/governance/breach-reports?status=confirmed&organisationId=org-br').set(auth(auditor)).expect(200);
    expect(confirmedList.body.items.map((i: { reportId: string }) => i.reportId)).toEqual([reportId]);
  });

  it('signing the pledge (again) remedies a confirmed report\'s breach', async () => {
    const applicant = await svc.token('applicant', { userId: 'rep-br', organisationId: 'org-br' });
    const signed = await sign(svc, 'org-br', applicant).expect(201);
    expect(signed.body.openBreaches).toBe(0);
    expect(signed.body.breaches[0].remediedAt).toBe('2026-11-02T09:00:00.000Z');
    await svc.settle();
    expect(publishedTypes(svc)).toEqual(['PledgeVersionPublished.v1', 'PledgeBreached.v1', 'AllocationsSuspensionRequested.v1', 'PledgeSigned.v1', 'BreachRemedied.v1']);
  });
});
