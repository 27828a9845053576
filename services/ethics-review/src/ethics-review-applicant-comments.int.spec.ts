import { IntakeEvents } from '@hpc-access/contracts';
import type { ServiceHarness } from '@hpc-access/service-testing';
import { people, ratingsBody, registerReviewers, screenedEligible, startEthicsReview } from './testing-only/ethics-harness';

// The comments a reviewer writes for the applicant reach the applicant's case view once the chair
// has decided, numbered not named; the internal comment never (ADR 37, case-view.ts).
describe("the reviewers' comments for the applicant", () => {
  const APP = 'app-ac1';
  const INTERNAL = 'Internal: the team seemed evasive about data provenance';
  let svc: ServiceHarness;
  let who: Awaited<ReturnType<typeof people>>;
  const read = async (bearer: string) => (await svc.http.get(`/api/ethics/cases/${APP}`).set('Authorization', bearer).expect(200)).body;
  const review = (comment: string, internal?: string) => ({ ratings: ratingsBody(comment).ratings.map((r, i) => (i === 0 && internal ? { ...r, rating: 'minor-issue', internalComment: internal } : r)) });

  beforeAll(async () => {
    svc = await startEthicsReview();
    who = await people(svc);
    await registerReviewers(svc, who.chair, ['rev-x', 'rev-y']);
    await screenedEligible(svc, APP);
    for (const reviewerId of ['rev-x', 'rev-y']) {
      await svc.http.post(`/api/ethics/cases/${APP}/assignments`).set('Authorization', who.chair).send({ reviewerId }).expect(200);
      await svc.http.post(`/api/ethics/cases/${APP}/declarations`).set('Authorization', await who.reviewer(reviewerId)).send({ conflict: false, statement: 'No ties' }).expect(200);
    }
    await svc.http.post(`/api/ethics/cases/${APP}/reviews`).set('Authorization', await who.reviewer('rev-y')).send(review('document the opt-outs', INTERNAL)).expect(200);
  });
  afterAll(() => svc.close());

  it('before the decision the applicant reads no comment: a review in progress stays with the reviewers and the chair', async () => {
    const body = await read(who.applicant);
    expect(body).toMatchObject({ status: 'in-review', reviewsIn: 1, reviewsForApplicant: [] });
    expect(JSON.stringify(body)).not.toContain('document the opt-outs');
    await svc.http.post(`/api/ethics/cases/${APP}/reviews`).set('Authorization', await who.reviewer('rev-x')).send(review('a clear bias plan')).expect(200);
    const awaiting = await read(who.applicant);
    expect(awaiting).toMatchObject({ status: 'awaiting-decision', reviewsIn: 2, reviewsForApplicant: [] });
    expect(JSON.stringify(awaiting)).not.toContain('a clear bias plan');
  });

  it('an information request is not a decision: the comments stay private while the applicant answers', async () => {
    await svc.http.post(`/api/ethics/cases/${APP}/decision`).set('Authorization', who.chair).send({ outcome: 'information-requested', questions: ['Which opt-out registry?'] }).expect(200);
    expect(await read(who.applicant)).toMatchObject({ status: 'information-requested', reviewsForApplicant: [] });
    // The applicant answers at intake, which relays the answers to ethics review.
    await svc.publish(IntakeEvents.ApplicationInformationProvided, APP, { applicationId: APP, organisationId: 'org-nova', requestedBy: 'ethics-review', answers: ['The TDM registry'], providedAt: svc.clock.now().toISOString() });
    await svc.settle();
    expect(await read(who.applicant)).toMatchObject({ status: 'awaiting-decision', reviewsForApplicant: [] });
  });

  it('after the decision: each review numbered in the order it came in, the comments only, no reviewer, rating nor internal comment', async () => {
    await svc.http.post(`/api/ethics/cases/${APP}/decision`).set('Authorization', who.chair).send({ outcome: 'cleared' }).expect(200);
    const body = await read(who.applicant);
    expect(body.status).toBe('decided');
    expect(body.reviewsForApplicant).toEqual([
      { reviewer: 1, comments: ratingsBody('document the opt-outs').ratings.map(({ principle, comment }) => ({ principle, comment })) },
      { reviewer: 2, comments: ratingsBody('a clear bias plan').ratings.map(({ principle, comment }) => ({ principle, comment })) },
    ]);
    const text = JSON.stringify(body);
    for (const hidden of [INTERNAL, 'internalComment', 'rev-x', 'rev-y', 'reviewerId', 'minor-issue', 'chair-1']) expect(text).not.toContain(hidden);
    expect(body).not.toHaveProperty('reviews');
    expect(body).not.toHaveProperty('assignments');
  });

  it("staff read the reviews as before, without the applicant's copy", async () => {
    const body = await read(who.chair);
    expect(body.reviews.map((r: { reviewerId: string }) => r.reviewerId)).toEqual(['rev-y', 'rev-x']);
    expect(body).not.toHaveProperty('reviewsForApplicant');
  });

  it("another organisation's applicant is refused the case, comments and all", async () => {
    const res = await svc.http.get(`/api/ethics/cases/${APP}`).set('Authorization', who.otherApplicant).expect(403);
    expect(res.body.code).toBe('not-your-organisation');
    expect(JSON.stringify(res.body)).not.toContain('document the opt-outs');
  });
});
