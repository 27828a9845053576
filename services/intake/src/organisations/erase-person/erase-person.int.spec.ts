import { organisationBody, startServiceHarness, type ServiceHarness } from '@hpc-access/service-testing';
import { IntakeModule } from '../../intake.module';
import { IntakeRuntime } from '../../intake-runtime';

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

// Issue 12, point 3: after erasure nothing of the person is readable, the idempotency store
// included; and an erasure names someone who exists.
describe('erasing a contact person', () => {
  let svc: ServiceHarness;
  beforeAll(async () => {
    svc = await startServiceHarness({ module: ({ db, bus, clock }) => IntakeModule.register({ db, bus, clock }), runtimes: [IntakeRuntime] });
  });
  afterAll(() => svc?.close());

  const eventCount = async () => (await svc.db.query<{ n: number }>('SELECT count(*)::int AS n FROM intake.events')).rows[0].n;

  it('leaves no name or e-mail in the idempotency store, and a replay of the registration answers them as erased', async () => {
    const officer = await svc.token('intake-officer');
    const admin = await svc.token('administrator');
    const body = organisationBody({ organisationId: 'org-erase-replay' });
    const registered = await svc.http.post('/api/organisations').set(auth(officer)).set('Idempotency-Key', 'reg-erase-1').send(body).expect(201);
    const [kadri, jaan] = registered.body.contacts as Array<{ personId: string; name: string; email: string }>;
    expect(kadri.name).toBe('Kadri Tamm');

    await svc.http.post(`/api/persons/${kadri.personId}/erasure`).set(auth(admin)).expect(200);

    const { rows } = await svc.db.query<{ row: string }>('SELECT k::text AS row FROM intake.idempotency_keys k');
    expect(rows).toHaveLength(1);
    // Not the erased person's, and not any other contact's either: nothing personal in clear.
    for (const clear of ['Kadri', 'Tamm', 'kadri.tamm@aurora-models.ee', '+372 5123 4567', 'Jaan Kask', 'jaan.kask@aurora-models.ee']) {
      expect(rows[0].row).not.toContain(clear);
    }

    const replay = await svc.http.post('/api/organisations').set(auth(officer)).set('Idempotency-Key', 'reg-erase-1').send(body).expect(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(JSON.stringify(replay.body)).not.toMatch(/Kadri|kadri\.tamm|5123/);
    expect(replay.body.contacts).toEqual([
      { personId: kadri.personId, name: '[erased]', email: '[erased]', phone: '[erased]', role: 'representative' },
      { ...jaan },
    ]);
    expect(replay.headers.location).toBe('/api/organisations/org-erase-replay');
  });

  it('a person who never existed is 404 problem+json, and no event is written', async () => {
    const admin = await svc.token('administrator');
    const before = await eventCount();
    const res = await svc.http.post('/api/persons/person-00000000-0000-0000-0000-000000000000/erasure').set(auth(admin)).expect(404);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.detail).toMatch(/person-00000000-0000-0000-0000-000000000000/);
    expect(await eventCount()).toBe(before);
  });

  it('erasing a person twice answers 200 both times', async () => {
    const officer = await svc.token('intake-officer');
    const admin = await svc.token('administrator');
    const registered = await svc.http.post('/api/organisations').set(auth(officer)).send(organisationBody({ organisationId: 'org-erase-twice' })).expect(201);
    const { personId } = registered.body.contacts[1] as { personId: string };
    await svc.http.post(`/api/persons/${personId}/erasure`).set(auth(admin)).expect(200);
    await svc.http.post(`/api/persons/${personId}/erasure`).set(auth(admin)).expect(200);
  });
});
