import type { ServiceHarness } from '@hpc-access/service-testing';
import { DAY, auth, publishedTypes, registerOrganisation, sign, startGovernance } from '../testing-only/governance-harness';
import { pledgeText } from '../testing-only/pledge-text';

describe('pledge versions and re-signing over HTTP', () => {
  let svc: ServiceHarness;
  let officer: string;
  let early: string;
  let late: string;

  beforeAll(async () => {
    svc = await startGovernance();
    officer = await svc.token('governance-officer', { userId: 'gov-1' });
    early = await svc.token('applicant', { userId: 'rep-early', organisationId: 'org-early' });
    late = await svc.token('applicant', { userId: 'rep-late', organisationId: 'org-late' });
    await registerOrganisation(svc, 'org-early');
    await registerOrganisation(svc, 'org-late');
    await sign(svc, 'org-early', early).expect(201);
    await sign(svc, 'org-late', late).expect(201);
  });
  afterAll(() => svc.close());

  it('seeds version 1 from infra/seed/governance-pledges.json, readable by every role', async () => {
    const applicant = early;
    const list = await svc.http.get('/api/governance/pledge-versions').set(auth(applicant)).expect(200);
    expect(list.headers.etag).toBe('"0"');
    expect(list.body).toEqual({ page: 1, pageSize: 20, total: 1, currentVersion: 1, items: [{ pledgeVersion: 1, publishedAt: '2026-11-02T09:00:00.000Z', publishedBy: 'governance-seed', resignBy: '2026-11-02T09:00:00.000Z', current: true, summaryOfChanges: null }] });
    const one = await svc.http.get('/api/governance/pledge-versions/1').set(auth(applicant)).expect(200);
    expect(one.body.text.coreCommitments).toEqual({
      governanceStrategy: expect.stringContaining('governance strategy'), highRiskSystemsMap: expect.stringContaining('high-risk'), aiLiteracy: expect.stringContaining('AI literacy'),
    });
    expect(one.body.text.optionalCommitments.map((c: { id: string }) => c.id)).toEqual(['human-oversight', 'risk-mitigation', 'ai-interaction-disclosure', 'generated-content-labelling']);
    await svc.http.get('/api/governance/pledge-versions/1').expect(401);
    expect((await svc.http.get('/api/governance/pledge-versions/9').set(auth(applicant)).expect(404)).body.code).toBe('pledge-version-not-found');
    expect((await svc.http.get('/api/governance/pledge-versions/one').set(auth(applicant)).expect(400)).body.errors).toEqual([{ field: 'version', reason: 'must be a whole number' }]);
  });

  it('only a governance officer publishes, with a complete and valid text', async () => {
    await svc.http.post('/api/governance/pledge-versions').set(auth(early)).send(pledgeText()).expect(403);
    await svc.http.post('/api/governance/pledge-versions').set(auth(await svc.token('auditor'))).send(pledgeText()).expect(403);
    await svc.http.post('/api/governance/pledge-versions').send(pledgeText()).expect(401);
    const bad = await svc.http.post('/api/governance/pledge-versions').set(auth(officer)).send({ ...pledgeText(), civilianUse: '', optionalCommitments: [{ id: 'Bad Id', text: 'x' }] }).expect(400);
    expect(bad.body.errors).toEqual(expect.arrayContaining([
      { field: 'civilianUse', reason: 'civilianUse should not be empty' },
      { field: 'optionalCommitments.0.id', reason: 'id must be 2 to 64 lower-case letters, digits or dashes' },
    ]));
    const dup = await svc.http.post('/api/governance/pledge-versions').set(auth(officer)).send({ ...pledgeText(), optionalCommitments: [{ id: 'a1', text: 'x' }, { id: 'a1', text: 'y' }] }).expect(422);
    expect(dup.body.errors).toEqual([{ field: 'optionalCommitments', reason: 'optional commitment ids must be unique' }]);
    await svc.http.post('/api/governance/pledge-versions').set(auth(officer)).set('If-Match', '"5"').send(pledgeText()).expect(412);
    expect((await svc.http.get('/api/governance/pledge-versions').set(auth(officer))).body.total).toBe(1);
  });

  it('publishes version 2 with a re-sign deadline from the configuration; PledgeVersionPublished goes out', async () => {
    const published = await svc.http.post('/api/governance/pledge-versions').set(auth(officer)).set('If-Match', '"0"').set('Idempotency-Key', 'v2').send(pledgeText()).expect(201);
    expect(published.headers.location).toBe('/api/governance/pledge-versions/2');
    expect(published.headers.etag).toBe('"1"');
    expect(published.body).toMatchObject({ pledgeVersion: 2, publishedBy: 'gov-1', publishedAt: '2026-11-02T09:00:00.000Z', resignBy: '2027-01-01T09:00:00.000Z', current: true });
    const replay = await svc.http.post('/api/governance/pledge-versions').set(auth(officer)).set('If-Match', '"0"').set('Idempotency-Key', 'v2').send(pledgeText()).expect(201);
    expect(replay.body.pledgeVersion).toBe(2);
    await svc.settle();
    expect(svc.published('hpc-access.governance.v1').at(-1)).toMatchObject({ type: 'hpc-access.governance.PledgeVersionPublished.v1', subject: '2', data: { pledgeVersion: 2, publishedAt: '2026-11-02T09:00:00.000Z', resignBy: '2027-01-01T09:00:00.000Z' } });
    expect((await svc.http.get('/api/governance/pledge-versions/1').set(auth(officer))).body.current).toBe(false);
  });

  it('an organisation signs the new version in time; version 1 can no longer be signed', async () => {
    expect((await sign(svc, 'org-early', early, 1).expect(409)).body.code).toBe('not-current-version');
    const signed = await sign(svc, 'org-early', early, 2, ['generated-content-labelling']).expect(201);
    expect(signed.body.signature).toMatchObject({ pledgeVersion: 2, optionalCommitments: ['generated-content-labelling'] });
    expect(signed.body.attestation.nextDueAt).toBe('2027-02-02T09:00:00.000Z');
  });

  it('at the re-sign deadline the old signature lapses (visible, and published for intake), and signing again restores it', async () => {
    await svc.advance(59 * DAY);
    expect((await svc.http.get('/api/governance/organisations/org-late').set(auth(officer))).body.status).toBe('signed');
    await svc.advance(DAY);
    const lapsed = (await svc.http.get('/api/governance/organisations/org-late').set(auth(officer))).body;
    expect(lapsed).toMatchObject({ status: 'lapsed', lapsed: true, signature: { pledgeVersion: 1 } });
    expect((await svc.http.get('/api/governance/organisations/org-early').set(auth(officer))).body.status).toBe('signed');
    const list = await svc.http.get('/api/governance/organisations?status=lapsed').set(auth(officer)).expect(200);
    expect(list.body.items.map((i: { organisationId: string }) => i.organisationId)).toEqual(['org-late']);
    const resigned = await sign(svc, 'org-late', late, 2).expect(201);
    expect(resigned.body).toMatchObject({ status: 'signed', lapsed: false, signature: { pledgeVersion: 2 } });
    await svc.settle();
    expect(publishedTypes(svc)).toEqual(['PledgeVersionPublished.v1', 'PledgeSigned.v1', 'PledgeSigned.v1', 'PledgeVersionPublished.v1', 'PledgeSigned.v1', 'PledgeSignatureLapsed.v1', 'PledgeSigned.v1']);
  });
});
