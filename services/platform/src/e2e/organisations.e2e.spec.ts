import { startPlatform, type PlatformHarness } from '../testing-only/platform-harness';
import { organisationBody } from '@hpc-access/service-testing';

describe('organisations over HTTP', () => {
  let platform: PlatformHarness;
  let applicant: string;

  beforeAll(async () => {
    platform = await startPlatform();
    applicant = await platform.token('applicant', { organisationId: 'org-aurora' });
  });
  afterAll(() => platform.close());

  it('an applicant registers their organisation and reads it back with its contacts', async () => {
    const created = await platform.http.post('/api/organisations').set('Authorization', `Bearer ${applicant}`).send(organisationBody()).expect(201);
    expect(created.headers.location).toBe('/api/organisations/org-aurora');
    expect(created.headers.etag).toBe('"0"');
    expect(created.body).toMatchObject({ organisationId: 'org-aurora', country: 'EE', pledge: null });

    const read = await platform.http.get('/api/organisations/org-aurora').set('Authorization', `Bearer ${applicant}`).expect(200);
    expect(read.body.contacts).toEqual([
      expect.objectContaining({ name: 'Kadri Tamm', email: 'kadri.tamm@aurora-models.ee', role: 'representative' }),
      expect.objectContaining({ name: 'Jaan Kask', role: 'technical' }),
    ]);
  });

  it('registering the same organisation twice is a 409 conflict', async () => {
    const res = await platform.http.post('/api/organisations').set('Authorization', `Bearer ${applicant}`).send(organisationBody()).expect(409);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 409, code: 'organisation-exists' });
  });

  it('a repeated Idempotency-Key gets the same answer and registers once', async () => {
    const officer = await platform.token('intake-officer');
    const body = organisationBody({ organisationId: 'org-idem', legalName: 'Idem Labs SRL', country: 'RO' });
    const first = await platform.http.post('/api/organisations').set('Authorization', `Bearer ${officer}`).set('Idempotency-Key', 'k-1').send(body).expect(201);
    const second = await platform.http.post('/api/organisations').set('Authorization', `Bearer ${officer}`).set('Idempotency-Key', 'k-1').send(body).expect(201);
    expect(second.body).toEqual(first.body);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(second.headers['idempotent-replayed']).toBe('true');
    const { rows } = await platform.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM intake.events WHERE stream_id = 'organisation-org-idem'`);
    expect(rows[0].n).toBe(1);

    const reused = await platform.http.post('/api/organisations').set('Authorization', `Bearer ${officer}`).set('Idempotency-Key', 'k-1').send({ ...body, legalName: 'Other' }).expect(422);
    expect(reused.body.errors).toEqual([{ field: 'Idempotency-Key', reason: 'already used for a different request' }]);
  });

  it.each([
    ['a missing legal name', { legalName: undefined }, 'legalName'],
    ['a country that is not an ISO code', { country: 'Estonia' }, 'country'],
    ['a malformed contact e-mail', { contacts: [{ name: 'A', email: 'not-an-email', role: 'representative' }] }, 'contacts.0.email'],
    ['negative staff', { sme: { staff: -1, turnoverEurM: 1, balanceSheetEurM: 1 } }, 'sme.staff'],
    ['an unknown field', { favouriteColour: 'blue' }, 'favouriteColour'],
  ])('%s is refused as problem+json naming the field, and nothing is stored', async (_, override, field) => {
    const officer = await platform.token('intake-officer');
    const before = await platform.db.query<{ n: number }>('SELECT count(*)::int AS n FROM intake.events');
    const res = await platform.http.post('/api/organisations').set('Authorization', `Bearer ${officer}`)
      .send(organisationBody({ organisationId: 'org-bad-input', ...override })).expect(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    const after = await platform.db.query<{ n: number }>('SELECT count(*)::int AS n FROM intake.events');
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('an organisation without a representative is refused (422) naming contacts', async () => {
    const officer = await platform.token('intake-officer');
    const res = await platform.http.post('/api/organisations').set('Authorization', `Bearer ${officer}`)
      .send(organisationBody({ organisationId: 'org-norep', contacts: [{ name: 'Tech Person', email: 't@example.eu', role: 'technical' }] })).expect(422);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'contacts' })]);
  });

  it('without a token the answer is 401 problem+json; with the wrong role 403', async () => {
    const anonymous = await platform.http.post('/api/organisations').send(organisationBody()).expect(401);
    expect(anonymous.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(anonymous.headers['www-authenticate']).toMatch(/^Bearer/);
    const auditor = await platform.token('auditor');
    const wrongRole = await platform.http.post('/api/organisations').set('Authorization', `Bearer ${auditor}`).send(organisationBody()).expect(403);
    expect(wrongRole.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it("an applicant can neither register nor read another organisation", async () => {
    await platform.http.post('/api/organisations').set('Authorization', `Bearer ${applicant}`).send(organisationBody({ organisationId: 'org-someone-else' })).expect(403);
    await platform.http.get('/api/organisations/org-idem').set('Authorization', `Bearer ${applicant}`).expect(403);
  });

  it('an unknown organisation is a 404', async () => {
    const officer = await platform.token('intake-officer');
    const res = await platform.http.get('/api/organisations/org-nowhere').set('Authorization', `Bearer ${officer}`).expect(404);
    expect(res.body.code).toBe('organisation-not-found');
  });
});
