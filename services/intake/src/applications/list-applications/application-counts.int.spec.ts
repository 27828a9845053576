import { organisationBody, proposalBody, startServiceHarness, type ServiceHarness } from '@hpc-access/service-testing';
import { START } from '@hpc-access/eventsourcing';
import { PostgresEventStore } from '@hpc-access/eventstore-postgres';
import { IntakeModule } from '../../intake.module';
import { IntakeRuntime } from '../../intake-runtime';
import { applicationSummariesProjection } from './application-summaries.projection';

// The list's total comes from application_counts (issue 20): it must say what a count of the rows says, whatever moved.
describe('the application list total, kept in application_counts', () => {
  let svc: ServiceHarness;
  let officer: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const as = (role: string, userId: string, organisationId?: string) => svc.token(role, { userId, ...(organisationId ? { organisationId } : {}) });
  const total = async (token: string, query = '') => (await svc.http.get(`/api/applications?pageSize=1${query}`).set(auth(token)).expect(200)).body.total as number;
  const counted = async (where: string, params: unknown[] = []) =>
    Number((await svc.db.query<{ n: string }>(`SELECT count(*)::text AS n FROM intake.application_summaries ${where}`, params)).rows[0].n);

  async function draft(organisationId: string, mode: 'playground' | 'fast-lane'): Promise<string> {
    const applicant = await as('applicant', `rep-${organisationId}`, organisationId);
    const drafted = await svc.http.post('/api/applications').set(auth(applicant)).send({ organisationId, proposal: mode === 'playground' ? proposalBody({ mode, gpuHours: 4000 }) : proposalBody() }).expect(201);
    return drafted.body.applicationId as string;
  }

  beforeAll(async () => {
    svc = await startServiceHarness({ module: ({ db, bus, clock }) => IntakeModule.register({ db, bus, clock }), runtimes: [IntakeRuntime] });
    officer = await as('intake-officer', 'officer-counts');
    for (const organisationId of ['org-count-a', 'org-count-b']) {
      await svc.http.post('/api/organisations').set(auth(await as('applicant', `rep-${organisationId}`, organisationId))).send(organisationBody({ legalName: `${organisationId} OÜ` })).expect(201);
    }
    const a = [await draft('org-count-a', 'playground'), await draft('org-count-a', 'playground'), await draft('org-count-a', 'fast-lane')];
    await draft('org-count-b', 'playground');
    const b2 = await draft('org-count-b', 'playground');
    // Statuses move: two submitted, one of them into screening.
    const applicantA = await as('applicant', 'rep-org-count-a', 'org-count-a');
    for (const id of [a[0], a[2]]) await svc.http.post(`/api/applications/${id}/submit`).set(auth(applicantA)).expect(200);
    await svc.http.post(`/api/applications/${b2}/submit`).set(auth(await as('applicant', 'rep-org-count-b', 'org-count-b'))).expect(200);
    await svc.http.post(`/api/applications/${a[0]}/screening/start`).set(auth(officer)).expect(200);
    await svc.settle();
  });
  afterAll(() => svc.close());

  it('says for every filter what a count of the rows says, after drafts, submissions and screening', async () => {
    expect(await total(officer)).toBe(5);
    expect(await total(officer)).toBe(await counted(''));
    for (const status of ['draft', 'submitted', 'screening', 'eligible']) {
      expect(await total(officer, `&status=${status}`)).toBe(await counted('WHERE status = $1', [status]));
    }
    expect(await total(officer, '&status=submitted')).toBe(2);
    expect(await total(officer, '&mode=fast-lane')).toBe(await counted('WHERE mode = $1', ['fast-lane']));
    expect(await total(officer, '&organisationId=org-count-b&status=draft')).toBe(1);
    expect(await total(await as('applicant', 'rep-org-count-a', 'org-count-a'))).toBe(3);
    // A chair's list leaves out their own organisation.
    expect(await total(await as('ethics-chair', 'chair-a', 'org-count-a'))).toBe(2);
  });

  it('is a table of the projection, so a shadow rebuild rebuilds and swaps it with the rows', () => {
    expect(applicationSummariesProjection('intake').tables).toEqual(['intake.application_summaries', 'intake.application_counts']);
  });

  it('is rebuilt from the events with the rows: reset, then every event applied again, gives the same totals', async () => {
    const projection = applicationSummariesProjection('intake');
    const before = (await svc.db.query('SELECT organisation_id, status, mode, applications FROM intake.application_counts ORDER BY 1, 2, 3')).rows;
    const events = await (await PostgresEventStore.open(svc.db, { schema: 'intake' })).readAll({ after: START, maxCount: 10_000 });
    await svc.db.transaction(async (tx) => {
      await projection.reset(tx);
      for (const event of events) if (projection.handles?.includes(event.type)) await projection.apply(tx, event);
    });
    expect((await svc.db.query('SELECT organisation_id, status, mode, applications FROM intake.application_counts ORDER BY 1, 2, 3')).rows).toEqual(before);
    expect(before.length).toBeGreaterThan(0);
  });
});
