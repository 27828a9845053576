import { EthicsEvents } from '@hpc-access/contracts';
import type { ServiceHarness } from '@hpc-access/service-testing';
import { DAY, auth, registerOrganisation, startGovernance } from '../../testing-only/governance-harness';

// GET /api/governance/obligations: the officer's work list across organisations (evidence to judge,
// what is due or overdue), the soonest due first, from the folded state organisation_pledges keeps.
describe('GET /api/governance/obligations', () => {
  let svc: ServiceHarness;
  let officer: string;
  const ids = async (query: string, token = officer) =>
    ((await svc.http.get(`/api/governance/obligations${query}`).set(auth(token)).expect(200)).body.items as Array<{ obligationId: string }>).map((o) => o.obligationId);
  const decide = (caseId: string, organisationId: string, conditions: Array<{ conditionId: string; text: string; dueDate: string }>) =>
    svc.publish(EthicsEvents.EthicsDecided, caseId, { caseId, applicationId: `app-${organisationId}`, organisationId, outcome: 'cleared-with-conditions', conditions, reasons: [], decidedAt: '2026-11-02T09:00:00Z' });

  beforeAll(async () => {
    svc = await startGovernance();
    officer = await svc.token('governance-officer', { userId: 'gov-list-obl' });
    await registerOrganisation(svc, 'org-lo-a');
    await registerOrganisation(svc, 'org-lo-b');
    // The clock starts 2026-11-02T09:00: a-soon falls due within the 20 days advanced below.
    await decide('case-lo-a', 'org-lo-a', [
      { conditionId: 'a-later', text: 'Appoint a human-oversight lead', dueDate: '2027-03-01' },
      { conditionId: 'a-soon', text: 'Publish a model card', dueDate: '2026-11-10' },
    ]);
    await decide('case-lo-b', 'org-lo-b', [{ conditionId: 'b-mid', text: 'Train staff in AI literacy', dueDate: '2027-01-15' }]);
    await svc.settle();
    const applicantB = await svc.token('applicant', { userId: 'rep-lo-b', organisationId: 'org-lo-b' });
    await svc.http.post('/api/governance/organisations/org-lo-b/obligations/b-mid/evidence').set(auth(applicantB)).send({ summary: 'Training done', links: ['https://example.eu/training'] }).expect(201);
    await svc.advance(20 * DAY);
    await svc.settle();
  });
  afterAll(() => svc.close());

  it('lists every obligation across organisations, the soonest due first, with what the officer acts on', async () => {
    const body = (await svc.http.get('/api/governance/obligations').set(auth(officer)).expect(200)).body;
    expect(body.total).toBe(3);
    expect(body.items.map((o: { obligationId: string }) => o.obligationId)).toEqual(['a-soon', 'b-mid', 'a-later']);
    expect(body.items[0]).toEqual({
      organisationId: 'org-lo-a', legalName: 'org-lo-a GmbH', obligationId: 'a-soon', applicationId: 'app-org-lo-a', text: 'Publish a model card',
      dueDate: '2026-11-10', dueAt: '2026-11-11T00:00:00.000Z', status: 'open', overdue: true, overdueSince: expect.any(String), breachAt: expect.any(String),
      evidenceSubmittedAt: null, revision: expect.any(Number),
    });
    expect(body.items[1]).toMatchObject({ organisationId: 'org-lo-b', status: 'evidence-submitted', overdue: false, evidenceSubmittedAt: '2026-11-02T09:00:00.000Z' });
    // The revision is the organisation's: an action taken from the list sends it as If-Match.
    const organisation = await svc.http.get('/api/governance/organisations/org-lo-a').set(auth(officer)).expect(200);
    expect(organisation.headers.etag).toBe(`"${body.items[0].revision}"`);
  });

  it('filters by status, overdue, due before and organisation, and pages', async () => {
    expect(await ids('?status=evidence-submitted')).toEqual(['b-mid']);
    expect(await ids('?overdue=true')).toEqual(['a-soon']);
    expect(await ids('?overdue=false')).toEqual(['b-mid', 'a-later']);
    expect(await ids('?dueBefore=2027-02-01')).toEqual(['a-soon', 'b-mid']);
    expect(await ids('?organisationId=org-lo-a')).toEqual(['a-soon', 'a-later']);
    expect(await ids('?page=2&pageSize=2')).toEqual(['a-later']);
  });

  it('answers bad filters with a 400 problem naming the field', async () => {
    const bad = await svc.http.get('/api/governance/obligations?status=late&dueBefore=soon&overdue=maybe').set(auth(officer)).expect(400);
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect([...new Set(bad.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual(['dueBefore', 'overdue', 'status']);
    expect(bad.body.errors).toContainEqual({ field: 'dueBefore', reason: 'dueBefore must be an ISO 8601 date or date-time' });
  });

  it('lets the ethics chair and the auditor read it; refuses an applicant, intake, a site, and a caller without a token', async () => {
    expect(await ids('', await svc.token('ethics-chair', { userId: 'chair-lo' }))).toHaveLength(3);
    expect(await ids('', await svc.token('auditor', { userId: 'aud-lo' }))).toHaveLength(3);
    const applicant = await svc.token('applicant', { userId: 'rep-lo-a', organisationId: 'org-lo-a' });
    await svc.http.get('/api/governance/obligations?organisationId=org-lo-a').set(auth(applicant)).expect(403);
    await svc.http.get('/api/governance/obligations').set(auth(await svc.token('intake-officer', { userId: 'io-lo' }))).expect(403);
    await svc.http.get('/api/governance/obligations').set(auth(await svc.token('site', { userId: 'site-lo', siteId: 'cineca' }))).expect(403);
    await svc.http.get('/api/governance/obligations').expect(401);
  });
});
