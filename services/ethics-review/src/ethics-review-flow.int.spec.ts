import type { ServiceHarness } from '@hpc-access/service-testing';
import { people, publishedFor, ratingsBody, registerReviewers, screenedEligible, startEthicsReview } from './testing-only/ethics-harness';

// Ethics review alone: intake played on the bus, a large-scale case from opening to a decision with conditions.
describe('an ethics case from eligibility to a clearance with conditions', () => {
  const APP = 'app-flow-1';
  let svc: ServiceHarness;
  let who: Awaited<ReturnType<typeof people>>;
  let revA: string;
  let revB: string;

  beforeAll(async () => {
    svc = await startEthicsReview();
    who = await people(svc);
    revA = await who.reviewer('rev-a');
    revB = await who.reviewer('rev-b');
    await registerReviewers(svc, who.chair, ['rev-a', 'rev-b', 'rev-c']);
    await screenedEligible(svc, APP);
  });
  afterAll(() => svc.close());

  it('opens a case named by the application, requiring the configured two reviewers for large scale, and publishes it', async () => {
    const read = await svc.http.get(`/api/ethics/cases/${APP}`).set('Authorization', who.chair).expect(200);
    expect(read.headers.etag).toBe('"0"');
    expect(read.body).toMatchObject({ caseId: APP, applicationId: APP, organisationId: 'org-nova', mode: 'large-scale', status: 'in-review', reviewersRequired: 2, reviewsIn: 0, assignments: [] });
    expect(read.body.dossier.title).toBe('Nova foundation model');
    const [opened] = await publishedFor(svc, APP, 1);
    expect(opened).toMatchObject({ type: 'hpc-access.ethics-review.EthicsCaseOpened.v1', data: { caseId: APP, applicationId: APP, organisationId: 'org-nova', mode: 'large-scale', openedAt: '2026-11-02T09:00:00.000Z' } });
  });

  it('a redelivered screening opens no second case', async () => {
    await screenedEligible(svc, APP);
    const history = await svc.http.get(`/api/ethics/cases/${APP}/history`).set('Authorization', who.chair).expect(200);
    expect(history.body.events.map((e: { type: string }) => e.type)).toEqual(['EthicsCaseOpened']);
  });

  it('the chair assigns two reviewers; each answer carries the new revision as ETag', async () => {
    const first = await svc.http.post(`/api/ethics/cases/${APP}/assignments`).set('Authorization', who.chair).set('If-Match', '"0"').send({ reviewerId: 'rev-a' }).expect(200);
    expect(first.headers.etag).toBe('"1"');
    expect(first.body.assignments).toEqual([
      { reviewerId: 'rev-a', reviewerOrganisationId: 'rev-a-uni', assignedBy: 'chair-1', assignedAt: '2026-11-02T09:00:00.000Z', reviewDueAt: '2026-11-12T09:00:00.000Z', declaration: null, overdue: false, endedAt: null },
    ]);
    await svc.http.post(`/api/ethics/cases/${APP}/assignments`).set('Authorization', who.chair).send({ reviewerId: 'rev-b' }).expect(200);
  });

  it('a third reviewer is one too many for the mode', async () => {
    const res = await svc.http.post(`/api/ethics/cases/${APP}/assignments`).set('Authorization', who.chair).send({ reviewerId: 'rev-c' }).expect(409);
    expect(res.body).toMatchObject({ code: 'enough-reviewers', errors: [{ field: 'reviewerId', reason: 'the case already has the 2 reviewer(s) it needs' }] });
  });

  it('an assigned reviewer sees the case without the dossier until declaring no conflict', async () => {
    const before = await svc.http.get(`/api/ethics/cases/${APP}`).set('Authorization', revA).expect(200);
    expect(before.body).toMatchObject({ caseId: APP, organisationId: 'org-nova', assignment: { declaration: null }, review: null });
    expect(before.body).not.toHaveProperty('dossier');
    expect(before.body).not.toHaveProperty('assignments');
    const declared = await svc.http.post(`/api/ethics/cases/${APP}/declarations`).set('Authorization', revA).send({ conflict: false, statement: 'No ties to Nova' }).expect(200);
    expect(declared.body.dossier.title).toBe('Nova foundation model');
    expect(declared.body.assignment.declaration).toEqual({ conflict: false, statement: 'No ties to Nova', declaredAt: '2026-11-02T09:00:00.000Z' });
  });

  it('a reviewer not assigned to the case sees nothing of it', async () => {
    const res = await svc.http.get(`/api/ethics/cases/${APP}`).set('Authorization', await who.reviewer('rev-c')).expect(403);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.code).toBe('not-assigned');
  });

  it('the chair cannot decide before both reviews are in', async () => {
    await svc.http.post(`/api/ethics/cases/${APP}/reviews`).set('Authorization', revA).send(ratingsBody()).expect(200);
    const res = await svc.http.post(`/api/ethics/cases/${APP}/decision`).set('Authorization', who.chair2).send({ outcome: 'cleared' }).expect(409);
    expect(res.body).toMatchObject({ code: 'reviews-outstanding', detail: '1 of 2 required review(s) are in' });
  });

  it('a reviewer sees their own review and never the other reviewers', async () => {
    await svc.http.post(`/api/ethics/cases/${APP}/declarations`).set('Authorization', revB).send({ conflict: false, statement: 'No ties' }).expect(200);
    const reviewed = await svc.http.post(`/api/ethics/cases/${APP}/reviews`).set('Authorization', revB).send(ratingsBody('minor points')).expect(200);
    expect(reviewed.body).toMatchObject({ status: 'awaiting-decision', reviewsIn: 2, review: { reviewerId: 'rev-b' } });
    expect(reviewed.body.review.ratings).toHaveLength(6);
    expect(JSON.stringify(reviewed.body)).not.toContain('rev-a');
  });

  it('the chair clears with conditions; ids come from the case, the default due date from configuration', async () => {
    const res = await svc.http.post(`/api/ethics/cases/${APP}/decision`).set('Authorization', who.chair2)
      .send({ outcome: 'cleared-with-conditions', conditions: [{ text: 'Publish a model card', dueDate: '2027-03-01' }, { text: 'Run a bias audit' }] })
      .expect(200);
    const conditions = [
      { conditionId: `${APP}-condition-1`, text: 'Publish a model card', dueDate: '2027-03-01' },
      { conditionId: `${APP}-condition-2`, text: 'Run a bias audit', dueDate: '2027-01-31' },
    ];
    expect(res.body).toMatchObject({ status: 'decided', decision: { outcome: 'cleared-with-conditions', conditions, decidedBy: 'chair-2', automatic: false } });
    const published = await publishedFor(svc, APP, 8);
    const decided = published.find((e) => e.type === 'hpc-access.ethics-review.EthicsDecided.v1');
    expect(decided).toMatchObject({ data: { caseId: APP, applicationId: APP, organisationId: 'org-nova', outcome: 'cleared-with-conditions', conditions, reasons: [], decidedAt: '2026-11-02T09:00:00.000Z' } });
    // The decision names no reviewer; only who was assigned (to tell them), who may read the dossier, and until when, is published.
    expect(JSON.stringify(decided)).not.toContain('rev-');
    const access = published.filter((e) => e.type !== decided?.type && e.data.reviewerId !== undefined).map((e) => [e.type.split('.')[2], e.data.reviewerId, e.data.reason ?? null]);
    expect(access).toEqual([
      ['ReviewerAssigned', 'rev-a', null], ['ReviewerAssigned', 'rev-b', null],
      ['ReviewerDeclaredNoConflict', 'rev-a', null], ['ReviewerDeclaredNoConflict', 'rev-b', null],
      ['ReviewerAssignmentEnded', 'rev-a', 'case-decided'], ['ReviewerAssignmentEnded', 'rev-b', 'case-decided'],
    ]);
    expect(JSON.stringify(published)).not.toContain('No ties');
  });

  it("the decision ends the reviewers' assignments: the dossier closes to them, their case and review stay", async () => {
    const res = await svc.http.get(`/api/ethics/cases/${APP}`).set('Authorization', revA).expect(200);
    expect(res.body).toMatchObject({ status: 'decided', assignment: { declaration: { conflict: false }, endedAt: '2026-11-02T09:00:00.000Z' }, review: { reviewerId: 'rev-a' } });
    expect(res.body).not.toHaveProperty('dossier');
  });

  it("the applicant reads their case's outcome and the comments written for them, not who reviewed it nor the ratings", async () => {
    const res = await svc.http.get(`/api/ethics/cases/${APP}`).set('Authorization', who.applicant).expect(200);
    const commentsOf = (reviewer: number, written: string) => ({ reviewer, comments: expect.arrayContaining([{ principle: 'fairness', comment: `fairness: ${written}` }]) });
    expect(res.body).toEqual({
      caseId: APP, applicationId: APP, organisationId: 'org-nova', mode: 'large-scale', status: 'decided', openedAt: '2026-11-02T09:00:00.000Z',
      reviewersRequired: 2, reviewsIn: 2, revision: 9, withdrawnAt: null, informationRequests: [],
      reviewsForApplicant: [commentsOf(1, 'looks fine'), commentsOf(2, 'minor points')],
      decision: { outcome: 'cleared-with-conditions', conditions: expect.any(Array), reasons: [], decidedAt: '2026-11-02T09:00:00.000Z' },
    });
    const other = await svc.http.get(`/api/ethics/cases/${APP}`).set('Authorization', who.otherApplicant).expect(403);
    expect(other.body.code).toBe('not-your-organisation');
  });

  it('the auditor reads everything: the full case and its history with actors', async () => {
    const full = await svc.http.get(`/api/ethics/cases/${APP}`).set('Authorization', who.auditor).expect(200);
    expect(full.body.reviews.map((r: { reviewerId: string }) => r.reviewerId)).toEqual(['rev-a', 'rev-b']);
    const history = await svc.http.get(`/api/ethics/cases/${APP}/history`).set('Authorization', who.auditor).expect(200);
    expect(history.body.events.map((e: { type: string; actor: unknown }) => [e.type, e.actor])).toEqual([
      ['EthicsCaseOpened', { id: 'intake', role: 'system' }],
      ['ReviewerAssigned', { id: 'chair-1', role: 'ethics-chair' }],
      ['ReviewerAssigned', { id: 'chair-1', role: 'ethics-chair' }],
      ['ReviewerDeclaredNoConflict', { id: 'rev-a', role: 'ethics-reviewer' }],
      ['ReviewSubmitted', { id: 'rev-a', role: 'ethics-reviewer' }],
      ['ReviewerDeclaredNoConflict', { id: 'rev-b', role: 'ethics-reviewer' }],
      ['ReviewSubmitted', { id: 'rev-b', role: 'ethics-reviewer' }],
      ['EthicsCaseDecided', { id: 'chair-2', role: 'ethics-chair' }],
      ['ReviewerAssignmentEnded', { id: 'chair-2', role: 'ethics-chair' }],
      ['ReviewerAssignmentEnded', { id: 'chair-2', role: 'ethics-chair' }],
    ]);
  });

  it('history is not for reviewers nor applicants', async () => {
    await svc.http.get(`/api/ethics/cases/${APP}/history`).set('Authorization', revA).expect(403);
    await svc.http.get(`/api/ethics/cases/${APP}/history`).set('Authorization', who.applicant).expect(403);
  });

  it('lists cases by status, mode and assigned reviewer; a reviewer sees only their own', async () => {
    await screenedEligible(svc, 'app-flow-2', { mode: 'playground' }, 'org-other');
    const list = (auth: string, query = '') => svc.http.get(`/api/ethics/cases${query}`).set('Authorization', auth).expect(200).then((r) => r.body);
    const ids = (body: { items: Array<{ caseId: string }> }) => body.items.map((i) => i.caseId);
    expect(ids(await list(who.chair))).toEqual(['app-flow-2', APP]);
    expect(await list(who.chair, '?status=decided&mode=large-scale')).toMatchObject({ total: 1, page: 1, pageSize: 20, items: [{ caseId: APP, outcome: 'cleared-with-conditions', reviewsIn: 2 }] });
    expect(ids(await list(who.chair, '?mode=playground'))).toEqual(['app-flow-2']);
    expect(ids(await list(who.chair, '?assignedTo=rev-b'))).toEqual([APP]);
    expect(ids(await list(revA))).toEqual([APP]);
    expect(ids(await list(revA, '?assignedTo=me'))).toEqual([APP]);
    expect(ids(await list(await who.reviewer('rev-c')))).toEqual([]);
    expect(ids(await list(who.applicant))).toEqual([APP]);
    expect(await list(who.chair, '?pageSize=1&page=2')).toMatchObject({ total: 2, items: [{ caseId: APP }] });
    const foreign = await svc.http.get('/api/ethics/cases?assignedTo=rev-b').set('Authorization', revA).expect(403);
    expect(foreign.body.code).toBe('not-your-assignments');
  });

  it("a chair of the applicant's organisation reads none of its cases; a chair whose token names no organisation is of none", async () => {
    const novaChair = `Bearer ${await svc.token('ethics-chair', { userId: 'chair-nova', organisationId: 'org-nova' })}`;
    const read = await svc.http.get(`/api/ethics/cases/${APP}`).set('Authorization', novaChair).expect(403);
    expect(read.headers['content-type']).toContain('application/problem+json');
    expect(read.body.code).toBe('own-organisation');
    expect((await svc.http.get(`/api/ethics/cases/${APP}/history`).set('Authorization', novaChair).expect(403)).body.code).toBe('own-organisation');
    const listed = await svc.http.get('/api/ethics/cases').set('Authorization', novaChair).expect(200);
    expect(listed.body.items.map((i: { organisationId: string }) => i.organisationId)).not.toContain('org-nova');
    expect(listed.body.items.length).toBeGreaterThan(0);
    expect((await svc.http.get('/api/ethics/cases?organisationId=org-nova').set('Authorization', novaChair).expect(403)).body.code).toBe('own-organisation');
    const unaffiliated = `Bearer ${await svc.token('ethics-chair', { userId: 'chair-free' })}`;
    expect((await svc.http.get(`/api/ethics/cases/${APP}`).set('Authorization', unaffiliated).expect(200)).body.dossier.title).toBe('Nova foundation model');
    await svc.http.get(`/api/ethics/cases/${APP}/history`).set('Authorization', unaffiliated).expect(200);
  });

  it('lists reviewers with their affiliation, filtered', async () => {
    const res = await svc.http.get('/api/ethics/reviewers?organisationId=rev-b-uni').set('Authorization', who.auditor).expect(200);
    expect(res.body).toEqual({ page: 1, pageSize: 20, total: 1, items: [{ reviewerId: 'rev-b', organisationId: 'rev-b-uni', expertise: ['privacy'], registeredAt: '2026-11-02T09:00:00.000Z' }] });
    const all = await svc.http.get('/api/ethics/reviewers?expertise=privacy').set('Authorization', who.chair).expect(200);
    expect(all.body.total).toBe(3);
  });
});
