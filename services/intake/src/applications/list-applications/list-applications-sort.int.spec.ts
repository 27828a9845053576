import { startServiceHarness, type ServiceHarness } from '@hpc-access/service-testing';
import { IntakeModule } from '../../intake.module';
import { IntakeRuntime } from '../../intake-runtime';

// sort=oldest|newest on the application list (ADR 36): by updated_at, in SQL; without it the usual order (newest drafted first).
describe('GET /api/applications?sort', () => {
  let svc: ServiceHarness;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  // Ids in drafting order (UUIDv7-like, ascending) and updated in another order, so the sorted and the usual order differ.
  const rows = [
    { id: '01900000-0000-7000-8000-000000000001', updatedAt: '2026-03-03T10:00:00Z' },
    { id: '01900000-0000-7000-8000-000000000002', updatedAt: '2026-03-01T10:00:00Z' },
    { id: '01900000-0000-7000-8000-000000000003', updatedAt: '2026-03-02T10:00:00Z' },
  ];
  const ids = async (token: string, query: string) => ((await svc.http.get(`/api/applications?${query}`).set(auth(token)).expect(200)).body.items as Array<{ applicationId: string }>).map((i) => i.applicationId);

  beforeAll(async () => {
    svc = await startServiceHarness({ module: ({ db, bus, clock }) => IntakeModule.register({ db, bus, clock }), runtimes: [IntakeRuntime] });
    // The read model's rows as the projection writes them; the route orders what it finds there.
    for (const row of rows) {
      await svc.db.query(
        `INSERT INTO intake.application_summaries (application_id, organisation_id, status, mode, title, submitted_at, updated_at, revision) VALUES ($1, 'org-sort', 'submitted', 'playground', $3, $2, $2, 1)`,
        [row.id, row.updatedAt, `Model ${row.id.slice(-1)}`],
      );
    }
  });
  afterAll(() => svc.close());

  it('gives the longest waiting first with sort=oldest, the reverse with sort=newest, and the usual order without', async () => {
    const officer = await svc.token('intake-officer', { userId: 'officer-sort' });
    expect(await ids(officer, 'status=submitted&sort=oldest')).toEqual([rows[1].id, rows[2].id, rows[0].id]);
    expect(await ids(officer, 'status=submitted&sort=newest')).toEqual([rows[0].id, rows[2].id, rows[1].id]);
    expect(await ids(officer, 'status=submitted')).toEqual([rows[2].id, rows[1].id, rows[0].id]);
    // Pages follow the sort: the second page of one holds the second oldest.
    expect(await ids(officer, 'status=submitted&sort=oldest&page=2&pageSize=1')).toEqual([rows[2].id]);
    // The applicant's own list sorts alike.
    expect(await ids(await svc.token('applicant', { userId: 'rep-sort', organisationId: 'org-sort' }), 'sort=oldest')).toEqual([rows[1].id, rows[2].id, rows[0].id]);
  });

  it('answers another sort with a 400 problem naming sort, as every malformed query is', async () => {
    const officer = await svc.token('intake-officer', { userId: 'officer-sort' });
    const bad = await svc.http.get('/api/applications?sort=sideways').set(auth(officer)).expect(400);
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(bad.body.errors).toEqual([{ field: 'sort', reason: 'sort must be one of newest, oldest' }]);
  });

  it('still refuses a role that reads no applications, and an applicant asking for another organisation, sorted or not', async () => {
    await svc.http.get('/api/applications?sort=oldest').set(auth(await svc.token('accounting-officer', { userId: 'acc-sort' }))).expect(403);
    await svc.http.get('/api/applications?sort=oldest&organisationId=org-sort').set(auth(await svc.token('applicant', { userId: 'rep-other', organisationId: 'org-other' }))).expect(403);
  });
});
