import type { ServiceHarness } from '@hpc-access/service-testing';
import { people, startEthicsReview } from '../../testing-only/ethics-harness';

// sort=oldest|newest on the case list (ADR 36): by opened_at, in SQL; without it the usual order (newest opened first).
describe('GET /api/ethics/cases?sort', () => {
  let svc: ServiceHarness;
  let who: Awaited<ReturnType<typeof people>>;
  // Opened in the order b, c, a: ids that sort otherwise, so the test sees the time order, not the id.
  const opened = { 'case-sort-a': '2026-03-03T10:00:00Z', 'case-sort-b': '2026-03-01T10:00:00Z', 'case-sort-c': '2026-03-02T10:00:00Z' };
  const ids = async (bearer: string, query: string) => ((await svc.http.get(`/api/ethics/cases?${query}`).set('Authorization', bearer).expect(200)).body.items as Array<{ caseId: string }>).map((c) => c.caseId);

  beforeAll(async () => {
    svc = await startEthicsReview();
    who = await people(svc);
    // The read models' rows as the projection writes them; the route orders what it finds there.
    for (const [caseId, at] of Object.entries(opened)) {
      await svc.db.query(
        `INSERT INTO ethics.ethics_case_summaries (case_id, application_id, organisation_id, mode, status, reviewers_required, opened_at, updated_at, revision) VALUES ($1, $1, 'org-nova', 'large-scale', 'in-review', 2, $2, $2, 0)`,
        [caseId, at],
      );
      await svc.db.query(`INSERT INTO ethics.ethics_case_reviewers (case_id, reviewer_id, state) VALUES ($1, 'rev-sort', 'assigned')`, [caseId]);
    }
  });
  afterAll(() => svc.close());

  it('gives the first opened first with sort=oldest, the reverse with sort=newest, and the usual order without', async () => {
    expect(await ids(who.chair, 'status=in-review&sort=oldest')).toEqual(['case-sort-b', 'case-sort-c', 'case-sort-a']);
    expect(await ids(who.chair, 'status=in-review&sort=newest')).toEqual(['case-sort-a', 'case-sort-c', 'case-sort-b']);
    expect(await ids(who.chair, 'status=in-review')).toEqual(['case-sort-a', 'case-sort-c', 'case-sort-b']);
    expect(await ids(who.chair, 'status=in-review&sort=oldest&page=2&pageSize=1')).toEqual(['case-sort-c']);
    // The reviewer's own cases (their home's list) sort alike.
    expect(await ids(await who.reviewer('rev-sort'), 'assignedTo=me&status=in-review&sort=oldest')).toEqual(['case-sort-b', 'case-sort-c', 'case-sort-a']);
  });

  it('answers another sort with a 400 problem naming sort', async () => {
    const bad = await svc.http.get('/api/ethics/cases?sort=first').set('Authorization', who.chair).expect(400);
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(bad.body.errors).toEqual([{ field: 'sort', reason: 'sort must be one of newest, oldest' }]);
  });

  it('still refuses a reviewer listing another reviewer\'s cases and an applicant asking for another organisation, sorted', async () => {
    await svc.http.get('/api/ethics/cases?assignedTo=rev-sort&sort=oldest').set('Authorization', await who.reviewer('rev-other')).expect(403);
    await svc.http.get('/api/ethics/cases?organisationId=org-nova&sort=oldest').set('Authorization', who.otherApplicant).expect(403);
    await svc.http.get('/api/ethics/cases?sort=oldest').set('Authorization', `Bearer ${await svc.token('intake-officer', { userId: 'officer-sort' })}`).expect(403);
  });
});
