import { startPlatform, type PlatformHarness } from '../testing-only/platform-harness';
import { organisationBody, proposalBody } from '@hpc-access/service-testing';
import { publishPledgeSigned } from '../testing-only/governance-events';

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

describe('an application from draft to eligibility, over HTTP', () => {
  let platform: PlatformHarness;
  let applicant: string;
  let officer: string;

  beforeAll(async () => {
    platform = await startPlatform();
    applicant = await platform.token('applicant', { userId: 'kadri', organisationId: 'org-aurora' });
    officer = await platform.token('intake-officer', { userId: 'olivia' });
    await platform.http.post('/api/organisations').set(auth(applicant)).send(organisationBody()).expect(201);
  });
  afterAll(() => platform.close());

  async function draft(overrides: Record<string, unknown> = {}) {
    const res = await platform.http.post('/api/applications').set(auth(applicant)).send({ organisationId: 'org-aurora', proposal: proposalBody(overrides) }).expect(201);
    return res.body.applicationId as string;
  }

  it('walks draft -> amend -> submit -> screening -> information requested -> answered -> eligible, with history', async () => {
    const created = await platform.http.post('/api/applications').set(auth(applicant))
      .send({ organisationId: 'org-aurora', proposal: { title: 'Finnic LLM', mode: 'fast-lane' } }).expect(201);
    const id = created.body.applicationId as string;
    expect(created.headers.location).toBe(`/api/applications/${id}`);
    expect(created.body).toMatchObject({ status: 'draft', revision: 0 });

    // Submitting an incomplete draft names the first missing field and changes nothing.
    const incomplete = await platform.http.post(`/api/applications/${id}/submit`).set(auth(applicant)).expect(422);
    expect(incomplete.body).toMatchObject({ code: 'incomplete-proposal', errors: [{ field: 'proposal.system' }] });

    const amended = await platform.http.post(`/api/applications/${id}/amend`).set(auth(applicant)).set('If-Match', '"0"')
      .send({ changes: proposalBody({ title: 'Finnic LLM' }) }).expect(200);
    expect(amended.headers.etag).toBe('"1"');

    await platform.http.post(`/api/applications/${id}/submit`).set(auth(applicant)).set('If-Match', '"1"').expect(200);
    const started = await platform.http.post(`/api/applications/${id}/screening/start`).set(auth(officer)).expect(200);
    expect(started.body.status).toBe('screening');
    expect(started.body.checks).toContainEqual(expect.objectContaining({ rule: 'pledge-signed', passed: false }));

    // Amendments stop once screening has started.
    await platform.http.post(`/api/applications/${id}/amend`).set(auth(applicant)).send({ changes: { gpuHours: 30000 } }).expect(409);

    // Eligibility cannot be confirmed while an automatic rule fails.
    const refused = await platform.http.post(`/api/applications/${id}/screening`).set(auth(officer)).send({ decision: 'eligible' }).expect(422);
    expect(refused.body.code).toBe('automatic-checks-failed');

    await platform.http.post(`/api/applications/${id}/screening`).set(auth(officer))
      .send({ decision: 'information-requested', questions: ['Please confirm your governance pledge signature.'] }).expect(200);
    await platform.http.post(`/api/applications/${id}/information`).set(auth(applicant))
      .send({ answer: 'Our representative signed the pledge today.' }).expect(200);

    // Governance's PledgeSigned integration event reaches intake through the bus and its inbox.
    await publishPledgeSigned(platform.bus, 'org-aurora');
    await platform.settle();
    const org = await platform.http.get('/api/organisations/org-aurora').set(auth(applicant)).expect(200);
    expect(org.body.pledge).toMatchObject({ version: '1' });

    const eligible = await platform.http.post(`/api/applications/${id}/screening`).set(auth(officer)).send({ decision: 'eligible', note: 'All rules pass.' }).expect(200);
    expect(eligible.body.status).toBe('eligible');
    expect(eligible.body.checks.every((c: { passed: boolean }) => c.passed)).toBe(true);

    const detail = await platform.http.get(`/api/applications/${id}`).set(auth(applicant)).expect(200);
    expect(detail.headers.etag).toBe(`"${detail.body.revision}"`);

    const history = await platform.http.get(`/api/applications/${id}/history`).set(auth(officer)).expect(200);
    expect(history.body.events.map((e: { type: string }) => e.type)).toEqual([
      'ApplicationDrafted', 'ApplicationAmended', 'ApplicationSubmitted', 'ScreeningStarted',
      'InformationRequested', 'InformationProvided', 'ApplicationFoundEligible',
    ]);
    expect(history.body.events[0].actor).toEqual({ id: 'kadri', role: 'applicant' });
    expect(history.body.events[3].actor).toEqual({ id: 'olivia', role: 'intake-officer' });
    expect(history.body.events.map((e: { revision: number }) => e.revision)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(history.body.events[0].recordedAt).toBe('2026-11-02T09:00:00.000Z');
  });

  it('a stale If-Match is a 412 and changes nothing; a malformed one a 400', async () => {
    const id = await draft();
    await platform.http.post(`/api/applications/${id}/amend`).set(auth(applicant)).send({ changes: { gpuHours: 25000 } }).expect(200);
    const stale = await platform.http.post(`/api/applications/${id}/amend`).set(auth(applicant)).set('If-Match', '"0"').send({ changes: { gpuHours: 30000 } }).expect(412);
    expect(stale.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(stale.body.errors).toEqual([{ field: 'If-Match', reason: 'stale revision' }]);
    const detail = await platform.http.get(`/api/applications/${id}`).set(auth(applicant)).expect(200);
    expect(detail.body.proposal.gpuHours).toBe(25000);
    await platform.http.post(`/api/applications/${id}/submit`).set(auth(applicant)).set('If-Match', 'yesterday').expect(400);
  });

  it('a repeated Idempotency-Key creates one draft', async () => {
    const body = { organisationId: 'org-aurora', proposal: proposalBody({ title: 'Idempotent draft' }) };
    const a = await platform.http.post('/api/applications').set(auth(applicant)).set('Idempotency-Key', 'draft-42').send(body).expect(201);
    const b = await platform.http.post('/api/applications').set(auth(applicant)).set('Idempotency-Key', 'draft-42').send(body).expect(201);
    expect(b.body.applicationId).toBe(a.body.applicationId);
    expect(b.headers.location).toBe(a.headers.location);
    await platform.settle();
    const list = await platform.http.get('/api/applications').set(auth(applicant)).expect(200);
    expect(list.body.items.filter((i: { title: string }) => i.title === 'Idempotent draft')).toHaveLength(1);
  });

  it('withdrawal works until award and not twice', async () => {
    const id = await draft();
    await platform.http.post(`/api/applications/${id}/withdraw`).set(auth(applicant)).send({ reason: 'We found compute elsewhere.' }).expect(200);
    const again = await platform.http.post(`/api/applications/${id}/withdraw`).set(auth(applicant)).send({ reason: 'Once more.' }).expect(409);
    expect(again.body.code).toBe('not-withdrawable');
  });

  it('an ineligible decision carries the failed rules as reasons', async () => {
    const id = await draft({ mode: 'playground', gpuHours: 20000, durationMonths: 2 });
    await platform.http.post(`/api/applications/${id}/submit`).set(auth(applicant)).expect(200);
    await platform.http.post(`/api/applications/${id}/screening/start`).set(auth(officer)).expect(200);
    const res = await platform.http.post(`/api/applications/${id}/screening`).set(auth(officer)).send({ decision: 'ineligible' }).expect(200);
    expect(res.body.status).toBe('ineligible');
    expect(res.body.reasons.join(' ')).toMatch(/playground allows 1 to 5000 GPU-hours/);
  });

  it('lists applications filtered by status and mode, paginated; an applicant sees only their own', async () => {
    const other = await platform.token('applicant', { organisationId: 'org-other' });
    await platform.http.post('/api/organisations').set(auth(other)).send(organisationBody({ legalName: 'Other AI GmbH', country: 'DE' })).expect(201);
    await platform.http.post('/api/applications').set(auth(other)).send({ organisationId: 'org-other', proposal: proposalBody({ mode: 'large-scale', gpuHours: 200000, durationMonths: 6 }) }).expect(201);
    for (let i = 0; i < 3; i++) await draft({ title: `Paged draft ${i}` });
    await platform.settle();

    const page1 = await platform.http.get('/api/applications?status=draft&pageSize=2&page=1').set(auth(officer)).expect(200);
    expect(page1.body.items).toHaveLength(2);
    expect(page1.body.total).toBeGreaterThanOrEqual(4);
    const page2 = await platform.http.get('/api/applications?status=draft&pageSize=2&page=2').set(auth(officer)).expect(200);
    expect(page2.body.items[0].applicationId).not.toBe(page1.body.items[0].applicationId);
    const pastTheEnd = await platform.http.get('/api/applications?status=draft&pageSize=2&page=999').set(auth(officer)).expect(200);
    expect(pastTheEnd.body).toMatchObject({ items: [], total: page1.body.total });

    const largeScale = await platform.http.get('/api/applications?mode=large-scale').set(auth(officer)).expect(200);
    expect(largeScale.body.items.map((i: { organisationId: string }) => i.organisationId)).toEqual(['org-other']);

    const mine = await platform.http.get('/api/applications?pageSize=100').set(auth(applicant)).expect(200);
    expect(mine.body.items.every((i: { organisationId: string }) => i.organisationId === 'org-aurora')).toBe(true);
    await platform.http.get('/api/applications?organisationId=org-other').set(auth(applicant)).expect(403);
  });

  it('refuses bad input on every route with problem+json naming the field', async () => {
    const id = await draft();
    const cases: Array<[string, string, object, string]> = [
      ['post', '/api/applications', { organisationId: 'ORG!', proposal: {} }, 'organisationId'],
      ['post', '/api/applications', { organisationId: 'org-aurora', proposal: { gpuHours: -5 } }, 'proposal.gpuHours'],
      ['post', '/api/applications', { organisationId: 'org-aurora', proposal: { mode: 'turbo' } }, 'proposal.mode'],
      ['post', '/api/applications', { organisationId: 'org-aurora' }, 'proposal'],
      ['post', `/api/applications/${id}/amend`, { changes: { startDate: '4 January' } }, 'changes.startDate'],
      ['post', `/api/applications/${id}/amend`, {}, 'changes'],
      ['post', `/api/applications/${id}/withdraw`, {}, 'reason'],
      ['post', `/api/applications/${id}/information`, { answer: '' }, 'answer'],
      ['get', '/api/applications?status=lost', {}, 'status'],
      ['get', '/api/applications?pageSize=1000', {}, 'pageSize'],
      ['get', '/api/applications/not-a-uuid', {}, 'id'],
    ];
    for (const [method, url, body, field] of cases) {
      const call = method === 'get' ? platform.http.get(url) : platform.http.post(url).send(body);
      const res = await call.set(auth(applicant));
      expect({ url, status: res.status }).toEqual({ url, status: 400 });
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect({ url, fields: res.body.errors.map((e: { field: string }) => e.field) }).toEqual({ url, fields: expect.arrayContaining([field]) });
    }
    const screeningBad = await platform.http.post(`/api/applications/${id}/screening`).set(auth(officer)).send({ decision: 'maybe' }).expect(400);
    expect(screeningBad.body.errors[0].field).toBe('decision');
    const detail = await platform.http.get(`/api/applications/${id}`).set(auth(applicant)).expect(200);
    expect(detail.body.revision).toBe(0);
  });

  it('checks the role on every route', async () => {
    const id = await draft();
    const auditor = await platform.token('auditor');
    await platform.http.post('/api/applications').set(auth(officer)).send({ organisationId: 'org-aurora', proposal: {} }).expect(403);
    await platform.http.post(`/api/applications/${id}/submit`).set(auth(officer)).expect(403);
    await platform.http.post(`/api/applications/${id}/amend`).set(auth(auditor)).send({ changes: { gpuHours: 1 } }).expect(403);
    await platform.http.post(`/api/applications/${id}/withdraw`).set(auth(officer)).send({ reason: 'not mine' }).expect(403);
    await platform.http.post(`/api/applications/${id}/screening/start`).set(auth(applicant)).expect(403);
    await platform.http.post(`/api/applications/${id}/screening`).set(auth(applicant)).send({ decision: 'eligible' }).expect(403);
    await platform.http.post(`/api/applications/${id}/information`).set(auth(officer)).send({ answer: 'x' }).expect(403);
    await platform.http.get(`/api/applications/${id}`).set(auth(auditor)).expect(200);
    await platform.http.get(`/api/applications/${id}/history`).set(auth(auditor)).expect(200);
    const site = await platform.token('site');
    await platform.http.get('/api/applications').set(auth(site)).expect(403);
    await platform.http.get(`/api/applications/${id}`).expect(401);
    const otherApplicant = await platform.token('applicant', { organisationId: 'org-other' });
    await platform.http.get(`/api/applications/${id}`).set(auth(otherApplicant)).expect(403);
    await platform.http.post(`/api/applications/${id}/withdraw`).set(auth(otherApplicant)).send({ reason: 'not ours' }).expect(403);
  });

  it('an officer of the applicant organisation may not screen it', async () => {
    const id = await draft();
    await platform.http.post(`/api/applications/${id}/submit`).set(auth(applicant)).expect(200);
    const insider = await platform.token('intake-officer', { organisationId: 'org-aurora' });
    const res = await platform.http.post(`/api/applications/${id}/screening/start`).set(auth(insider)).expect(403);
    expect(res.body.code).toBe('own-organisation');
  });

  it('an unknown application is a 404', async () => {
    await platform.http.get('/api/applications/0190d2b4-0000-7000-8000-000000000000').set(auth(officer)).expect(404);
  });
});
