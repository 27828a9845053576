import type { ServiceHarness } from '@hpc-access/service-testing';
import { people, ratingsBody, registerReviewers, screenedEligible, startEthicsReview } from './testing-only/ethics-harness';

// The internal comment of a rating: kept beside the comment, read by the chair, the reviewer and
// the auditor, never by the applicant (who reads only the comments for them, after the decision: case-view.ts).
describe('internal comments on ratings', () => {
  const APP = 'app-ic1';
  const INTERNAL = 'Internal: ask for the bias evaluation protocol';
  let svc: ServiceHarness;
  let who: Awaited<ReturnType<typeof people>>;
  const withInternal = () => {
    const body = ratingsBody('clear plan');
    return { ratings: body.ratings.map((r, i) => (i === 1 ? { ...r, internalComment: INTERNAL } : r)) };
  };

  beforeAll(async () => {
    svc = await startEthicsReview();
    who = await people(svc);
    await registerReviewers(svc, who.chair, ['rev-a']);
    await screenedEligible(svc, APP, { mode: 'fast-lane' });
    await svc.http.post(`/api/ethics/cases/${APP}/assignments`).set('Authorization', who.chair).send({ reviewerId: 'rev-a' }).expect(200);
    await svc.http.post(`/api/ethics/cases/${APP}/declarations`).set('Authorization', await who.reviewer('rev-a')).send({ conflict: false, statement: 'No ties' }).expect(200);
  });
  afterAll(() => svc.close());

  it('an internal comment longer than 4000 characters or not a string: 400 naming the field, nothing recorded', async () => {
    const long = withInternal();
    long.ratings[0] = { ...long.ratings[0], internalComment: 'x'.repeat(4001) } as (typeof long.ratings)[number];
    const res = await svc.http.post(`/api/ethics/cases/${APP}/reviews`).set('Authorization', await who.reviewer('rev-a')).send(long).expect(400);
    expect(res.body.errors).toEqual([{ field: 'ratings.0.internalComment', reason: 'internalComment must be shorter than or equal to 4000 characters' }]);
    const typed = { ratings: long.ratings.map((r, i) => (i === 0 ? { ...r, internalComment: 42 } : r)) };
    const wrong = await svc.http.post(`/api/ethics/cases/${APP}/reviews`).set('Authorization', await who.reviewer('rev-a')).send(typed).expect(400);
    expect(wrong.body.errors.map((e: { field: string }) => e.field)).toContain('ratings.0.internalComment');
    const chairView = await svc.http.get(`/api/ethics/cases/${APP}`).set('Authorization', who.chair).expect(200);
    expect(chairView.body.reviews).toEqual([]);
  });

  it('the reviewer submits both comments and reads them back', async () => {
    const res = await svc.http.post(`/api/ethics/cases/${APP}/reviews`).set('Authorization', await who.reviewer('rev-a')).send(withInternal()).expect(200);
    expect(res.body.review.ratings[1]).toMatchObject({ comment: expect.stringContaining('clear plan'), internalComment: INTERNAL });
    expect(res.body.review.ratings[0]).not.toHaveProperty('internalComment');
  });

  it('the chair and the auditor read the internal comment beside the comment', async () => {
    for (const reader of [who.chair, who.auditor]) {
      const res = await svc.http.get(`/api/ethics/cases/${APP}`).set('Authorization', reader).expect(200);
      expect(res.body.reviews[0].ratings[1]).toMatchObject({ comment: expect.stringContaining('clear plan'), internalComment: INTERNAL });
    }
  });

  it('the applicant never reads it: not on the case, not in the list, not after the decision', async () => {
    const check = async () => {
      const one = await svc.http.get(`/api/ethics/cases/${APP}`).set('Authorization', who.applicant).expect(200);
      const list = await svc.http.get('/api/ethics/cases').set('Authorization', who.applicant).expect(200);
      expect(one.body.caseId).toBe(APP);
      expect(list.body.items.map((c: { caseId: string }) => c.caseId)).toContain(APP);
      for (const body of [one.body, list.body]) {
        expect(JSON.stringify(body)).not.toContain(INTERNAL);
        expect(JSON.stringify(body)).not.toContain('internalComment');
      }
      await svc.http.get(`/api/ethics/cases/${APP}/history`).set('Authorization', who.applicant).expect(403);
    };
    await check();
    await svc.http.post(`/api/ethics/cases/${APP}/decision`).set('Authorization', who.chair).send({ outcome: 'cleared' }).expect(200);
    await check();
    await svc.http.get(`/api/ethics/cases/${APP}`).set('Authorization', who.otherApplicant).expect(403);
  });
});
