import type { ServiceHarness } from '@hpc-access/service-testing';
import { auth, publishedTypes, registerOrganisation, sign, startGovernance } from '../testing-only/governance-harness';

describe('signing and withdrawing the pledge over HTTP', () => {
  let svc: ServiceHarness;
  let applicant: string;

  beforeAll(async () => {
    svc = await startGovernance();
    applicant = await svc.token('applicant', { userId: 'rep-1', organisationId: 'org-sign' });
    await registerOrganisation(svc, 'org-sign');
    await registerOrganisation(svc, 'org-other');
  });
  afterAll(() => svc.close());

  const history = async () => (await svc.http.get('/api/governance/organisations/org-sign/history').set(auth(applicant)).expect(200)).body.events as Array<{ type: string }>;

  it('knows an organisation registered in intake as unsigned, and a redelivery changes nothing', async () => {
    await registerOrganisation(svc, 'org-sign');
    const read = await svc.http.get('/api/governance/organisations/org-sign').set(auth(applicant)).expect(200);
    expect(read.headers.etag).toBe('"0"');
    expect(read.body).toMatchObject({ organisationId: 'org-sign', legalName: 'org-sign GmbH', country: 'DE', status: 'unsigned', signature: null, attestation: null, revision: 0 });
  });

  it('refuses a signature body with wrong fields, naming them, and changes nothing', async () => {
    const refused = await svc.http.post('/api/governance/organisations/org-sign/signatures').set(auth(applicant)).send({ pledgeVersion: 'one', optionalCommitments: 'all', signer: 'x' }).expect(400);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body.errors).toEqual(expect.arrayContaining([
      { field: 'signer', reason: 'property signer should not exist' },
      { field: 'pledgeVersion', reason: 'pledgeVersion must not be less than 1' },
      { field: 'optionalCommitments', reason: 'optionalCommitments must be an array' },
    ]));
    expect(await history()).toHaveLength(1);
  });

  it('refuses a version that is not the current one (409) and an unknown optional commitment (422)', async () => {
    const stale = await sign(svc, 'org-sign', applicant, 2).expect(409);
    expect(stale.body).toMatchObject({ code: 'not-current-version', errors: [{ field: 'pledgeVersion', reason: 'only the current pledge version 1 can be signed' }] });
    const unknown = await sign(svc, 'org-sign', applicant, 1, ['world-peace']).expect(422);
    expect(unknown.body).toMatchObject({ code: 'unknown-optional-commitment', errors: [{ field: 'optionalCommitments', reason: 'version 1 has no optional commitment world-peace' }] });
    expect(await history()).toHaveLength(1);
  });

  it('lets only the applicant of the organisation sign: 401 without a token, 403 for staff and other organisations', async () => {
    await svc.http.post('/api/governance/organisations/org-sign/signatures').send({ pledgeVersion: 1, optionalCommitments: [] }).expect(401);
    const officer = await svc.token('governance-officer');
    await sign(svc, 'org-sign', officer).expect(403);
    const stranger = await svc.token('applicant', { userId: 'rep-x', organisationId: 'org-other' });
    const refused = await sign(svc, 'org-sign', stranger).expect(403);
    expect(refused.body.code).toBe('not-your-organisation');
    expect(await history()).toHaveLength(1);
  });

  it('refuses a stale If-Match with 412', async () => {
    const refused = await sign(svc, 'org-sign', applicant).set('If-Match', '"7"').expect(412);
    expect(refused.body).toMatchObject({ code: 'stale-revision', errors: [{ field: 'If-Match', reason: 'stale revision' }] });
  });

  it('the representative signs the current version; PledgeSigned is published and the first attestation falls due a period later', async () => {
    const signed = await sign(svc, 'org-sign', applicant, 1, ['human-oversight']).set('If-Match', '"0"').set('Idempotency-Key', 'sign-1').expect(201);
    expect(signed.headers.etag).toBe('"1"');
    expect(signed.headers.location).toBe('/api/governance/organisations/org-sign');
    expect(signed.body.status).toBe('signed');
    expect(signed.body.signature).toEqual({ pledgeVersion: 1, optionalCommitments: ['human-oversight'], signedBy: 'rep-1', signedAt: '2026-11-02T09:00:00.000Z' });
    expect(signed.body.attestation).toEqual({ nextDueAt: '2027-02-02T09:00:00.000Z', overdue: false, breachAt: null });
    await svc.settle();
    const event = svc.published('hpc-access.governance.v1').find((e) => e.type === 'hpc-access.governance.PledgeSigned.v1');
    expect(event).toMatchObject({ subject: 'org-sign', data: { organisationId: 'org-sign', pledgeVersion: 1, signedBy: 'rep-1', signedAt: '2026-11-02T09:00:00.000Z' } });
  });

  it('replays a signature sent again with the same Idempotency-Key without signing twice', async () => {
    const replay = await sign(svc, 'org-sign', applicant, 1, ['human-oversight']).set('If-Match', '"0"').set('Idempotency-Key', 'sign-1').expect(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.headers.etag).toBe('"1"');
    expect((await history()).map((e) => e.type)).toEqual(['OrganisationRecorded', 'PledgeSigned']);
  });

  it('refuses to sign again what is signed already', async () => {
    const refused = await sign(svc, 'org-sign', applicant).expect(409);
    expect(refused.body.code).toBe('already-signed');
  });

  it('records the actor and time of every event in the history', async () => {
    const events = (await svc.http.get('/api/governance/organisations/org-sign/history').set(auth(await svc.token('auditor'))).expect(200)).body.events;
    expect(events[1]).toMatchObject({ type: 'PledgeSigned', revision: 1, recordedAt: '2026-11-02T09:00:00.000Z', actor: { id: 'rep-1', role: 'applicant' } });
    expect(events[0].actor).toEqual({ id: 'intake', role: 'system' });
  });

  it('lists organisations by status for staff, and only their own for an applicant', async () => {
    const auditor = await svc.token('auditor');
    const signedOnly = await svc.http.get('/api/governance/organisations?status=signed').set(auth(auditor)).expect(200);
    expect(signedOnly.body).toMatchObject({ page: 1, pageSize: 20, total: 1 });
    expect(signedOnly.body.items).toEqual([expect.objectContaining({ organisationId: 'org-sign', status: 'signed', signedVersion: 1, nextAttestationDue: '2027-02-02T09:00:00.000Z', attestationOverdue: false, openBreaches: 0, suspended: false })]);
    const all = await svc.http.get('/api/governance/organisations?pageSize=1&page=2').set(auth(auditor)).expect(200);
    expect(all.body).toMatchObject({ total: 2, items: [expect.objectContaining({ organisationId: 'org-sign' })] });
    const own = await svc.http.get('/api/governance/organisations').set(auth(applicant)).expect(200);
    expect(own.body.items.map((i: { organisationId: string }) => i.organisationId)).toEqual(['org-sign']);
    await svc.http.get('/api/governance/organisations?organisationId=org-other').set(auth(applicant)).expect(403);
    const bad = await svc.http.get('/api/governance/organisations?overdue=maybe&pageSize=500').set(auth(auditor)).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['overdue', 'pageSize']);
  });

  it('keeps another organisation\'s record from an applicant, and answers 404 for an unknown one', async () => {
    const stranger = await svc.token('applicant', { userId: 'rep-x', organisationId: 'org-other' });
    await svc.http.get('/api/governance/organisations/org-sign').set(auth(stranger)).expect(403);
    await svc.http.get('/api/governance/organisations/org-sign/history').set(auth(stranger)).expect(403);
    const missing = await svc.http.get('/api/governance/organisations/org-nowhere').set(auth(await svc.token('governance-officer'))).expect(404);
    expect(missing.body.code).toBe('organisation-not-found');
    const badId = await svc.http.get('/api/governance/organisations/%20bad').set(auth(await svc.token('governance-officer'))).expect(400);
    expect(badId.body.errors[0].field).toBe('organisationId');
  });

  it('withdraws the pledge with a reason; PledgeWithdrawn is published and attestations stop', async () => {
    await svc.http.post('/api/governance/organisations/org-sign/withdrawal').set(auth(applicant)).send({}).expect(400);
    await svc.http.post('/api/governance/organisations/org-sign/withdrawal').set(auth(await svc.token('governance-officer'))).send({ reason: 'x' }).expect(403);
    const withdrawn = await svc.http.post('/api/governance/organisations/org-sign/withdrawal').set(auth(applicant)).set('If-Match', '"1"').send({ reason: 'Board decision' }).expect(200);
    expect(withdrawn.headers.etag).toBe('"2"');
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', signature: null, attestation: null });
    await svc.settle();
    expect(svc.published('hpc-access.governance.v1').at(-1)).toMatchObject({ type: 'hpc-access.governance.PledgeWithdrawn.v1', data: { organisationId: 'org-sign', reason: 'Board decision', withdrawnAt: '2026-11-02T09:00:00.000Z' } });
    const again = await svc.http.post('/api/governance/organisations/org-sign/withdrawal').set(auth(applicant)).send({ reason: 'twice' }).expect(409);
    expect(again.body.code).toBe('not-signed');
    expect(publishedTypes(svc)).toEqual(['PledgeVersionPublished.v1', 'PledgeSigned.v1', 'PledgeWithdrawn.v1']);
  });

  it('of two concurrent signatures one wins and the other is a 409', async () => {
    const other = await svc.token('applicant', { userId: 'rep-o', organisationId: 'org-other' });
    const answers = await Promise.all([sign(svc, 'org-other', other), sign(svc, 'org-other', other)]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    const events = (await svc.http.get('/api/governance/organisations/org-other/history').set(auth(other)).expect(200)).body.events;
    expect(events.map((e: { type: string }) => e.type)).toEqual(['OrganisationRecorded', 'PledgeSigned']);
  });
});
