import type { ServiceHarness } from '@hpc-access/service-testing';
import { people, ratingsBody, registerReviewers, screenedEligible, startEthicsReview } from './testing-only/ethics-harness';

// Refusals over HTTP: bad input, missing or wrong roles, stale revisions, replays, separation of duties.
describe('ethics review refuses what it must, and changes nothing when it does', () => {
  let svc: ServiceHarness;
  let who: Awaited<ReturnType<typeof people>>;
  const history = async (caseId: string) =>
    (await svc.http.get(`/api/ethics/cases/${caseId}/history`).set('Authorization', who.auditor).expect(200)).body.events.map((e: { type: string }) => e.type);

  beforeAll(async () => {
    svc = await startEthicsReview();
    who = await people(svc);
    await registerReviewers(svc, who.chair, ['rev-a', 'rev-b']);
    await svc.http.post('/api/ethics/reviewers').set('Authorization', who.admin).send({ reviewerId: 'rev-nova', organisationId: 'org-nova', expertise: ['fairness'] }).expect(201);
    await screenedEligible(svc, 'app-g1', { mode: 'fast-lane' });
  });
  afterAll(() => svc.close());

  describe('authentication and roles', () => {
    it('no token: 401 problem+json', async () => {
      const res = await svc.http.get('/api/ethics/cases/app-g1').expect(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
      await svc.http.post('/api/ethics/cases/app-g1/assignments').send({ reviewerId: 'rev-a' }).expect(401);
      await svc.http.get('/api/ethics/configuration').expect(401);
    });

    it('wrong role: 403 on every write, and the auditor writes nothing', async () => {
      await svc.http.post('/api/ethics/cases/app-g1/assignments').set('Authorization', who.auditor).send({ reviewerId: 'rev-a' }).expect(403);
      await svc.http.post('/api/ethics/cases/app-g1/assignments').set('Authorization', await who.reviewer('rev-a')).send({ reviewerId: 'rev-a' }).expect(403);
      await svc.http.post('/api/ethics/cases/app-g1/declarations').set('Authorization', who.chair).send({ conflict: false, statement: 'none' }).expect(403);
      await svc.http.post('/api/ethics/cases/app-g1/reviews').set('Authorization', who.applicant).send(ratingsBody()).expect(403);
      await svc.http.post('/api/ethics/cases/app-g1/decision').set('Authorization', who.auditor).send({ outcome: 'cleared' }).expect(403);
      await svc.http.post('/api/ethics/reviewers').set('Authorization', who.auditor).send({ reviewerId: 'x-1', organisationId: 'o', expertise: [] }).expect(403);
      await svc.http.put('/api/ethics/configuration').set('Authorization', await who.reviewer('rev-a')).send({}).expect(403);
      await svc.http.get('/api/ethics/reviewers').set('Authorization', who.applicant).expect(403);
      expect(await history('app-g1')).toEqual(['EthicsCaseOpened']);
    });
  });

  describe('bad input: 400 naming the field and the reason', () => {
    it('an unknown field, a missing field, a bad nested rating', async () => {
      const unknown = await svc.http.post('/api/ethics/cases/app-g1/assignments').set('Authorization', who.chair).send({ reviewerId: 'rev-a', urgent: true }).expect(400);
      expect(unknown.body.errors).toEqual([{ field: 'urgent', reason: 'property urgent should not exist' }]);
      const missing = await svc.http.post('/api/ethics/cases/app-g1/declarations').set('Authorization', await who.reviewer('rev-a')).send({ statement: 'x y z' }).expect(400);
      expect(missing.body.errors).toEqual([{ field: 'conflict', reason: 'conflict must be a boolean value' }]);
      const body = ratingsBody();
      body.ratings[2] = { ...body.ratings[2], rating: 'catastrophic' };
      const rating = await svc.http.post('/api/ethics/cases/app-g1/reviews').set('Authorization', await who.reviewer('rev-a')).send(body).expect(400);
      expect(rating.body.errors).toEqual([{ field: 'ratings.2.rating', reason: 'rating must be one of the following values: no-issue, minor-issue, major-issue' }]);
      const outcome = await svc.http.post('/api/ethics/cases/app-g1/decision').set('Authorization', who.chair).send({ outcome: 'maybe' }).expect(400);
      expect(outcome.body.errors[0].field).toBe('outcome');
      const id = await svc.http.get('/api/ethics/cases/bad%20id').set('Authorization', who.chair).expect(400);
      expect(id.body.errors[0].field).toBe('id');
      const ifMatch = await svc.http.post('/api/ethics/cases/app-g1/assignments').set('Authorization', who.chair).set('If-Match', 'yesterday').send({ reviewerId: 'rev-a' }).expect(400);
      expect(ifMatch.body.errors).toEqual([{ field: 'If-Match', reason: 'must be an ETag returned by this API, such as "3"' }]);
      expect(await history('app-g1')).toEqual(['EthicsCaseOpened']);
    });

    it('an unknown case: 404', async () => {
      const res = await svc.http.get('/api/ethics/cases/app-none').set('Authorization', who.chair).expect(404);
      expect(res.body.code).toBe('case-not-found');
    });
  });

  describe('separation of duties', () => {
    it('never assigns a reviewer affiliated with the applicant, nor the assigning chair, nor an unregistered one', async () => {
      const affiliated = await svc.http.post('/api/ethics/cases/app-g1/assignments').set('Authorization', who.chair).send({ reviewerId: 'rev-nova' }).expect(422);
      expect(affiliated.body).toMatchObject({ code: 'reviewer-affiliated-with-applicant', errors: [{ field: 'reviewerId', reason: "rev-nova is affiliated with the applicant's organisation" }] });
      await svc.http.post('/api/ethics/reviewers').set('Authorization', who.admin).send({ reviewerId: 'chair-1', organisationId: 'ethics-office', expertise: [] }).expect(201);
      const self = await svc.http.post('/api/ethics/cases/app-g1/assignments').set('Authorization', who.chair).send({ reviewerId: 'chair-1' }).expect(422);
      expect(self.body.code).toBe('assigner-cannot-review');
      const stranger = await svc.http.post('/api/ethics/cases/app-g1/assignments').set('Authorization', who.chair).send({ reviewerId: 'nobody' }).expect(422);
      expect(stranger.body.code).toBe('reviewer-not-registered');
      expect(await history('app-g1')).toEqual(['EthicsCaseOpened']);
    });

    it('a stale If-Match is 412 and changes nothing', async () => {
      await svc.http.post('/api/ethics/cases/app-g1/assignments').set('Authorization', who.chair).set('If-Match', '"0"').send({ reviewerId: 'rev-a' }).expect(200);
      const stale = await svc.http.post('/api/ethics/cases/app-g1/decision').set('Authorization', who.chair2).set('If-Match', '"0"').send({ outcome: 'cleared' }).expect(412);
      expect(stale.body).toMatchObject({ code: 'stale-revision', errors: [{ field: 'If-Match', reason: 'stale revision' }] });
      expect(await history('app-g1')).toEqual(['EthicsCaseOpened', 'ReviewerAssigned']);
    });

    it('two chairs assigning the same reviewer at the same moment: one wins, the other gets 409', async () => {
      await screenedEligible(svc, 'app-g2', { mode: 'large-scale' });
      const assign = (auth: string) => svc.http.post('/api/ethics/cases/app-g2/assignments').set('Authorization', auth).send({ reviewerId: 'rev-a' });
      const [one, two] = await Promise.all([assign(who.chair), assign(who.chair2)]);
      expect([one.status, two.status].sort()).toEqual([200, 409]);
      expect([one.body.code, two.body.code]).toContain('already-assigned');
      expect(await history('app-g2')).toEqual(['EthicsCaseOpened', 'ReviewerAssigned']);
    });

    it('no double assignment', async () => {
      const twice = await svc.http.post('/api/ethics/cases/app-g1/assignments').set('Authorization', who.chair2).send({ reviewerId: 'rev-a' }).expect(409);
      expect(twice.body.code).toBe('already-assigned');
    });

    it('a reviewer must declare before reviewing, and a recused reviewer makes room for another', async () => {
      const revA = await who.reviewer('rev-a');
      const early = await svc.http.post('/api/ethics/cases/app-g1/reviews').set('Authorization', revA).send(ratingsBody()).expect(409);
      expect(early.body.code).toBe('declaration-required');
      const recused = await svc.http.post('/api/ethics/cases/app-g1/declarations').set('Authorization', revA).send({ conflict: true, statement: 'I advised Nova last year' }).expect(200);
      expect(recused.body).not.toHaveProperty('dossier');
      expect(recused.body.assignment.declaration.conflict).toBe(true);
      await svc.http.post('/api/ethics/cases/app-g1/assignments').set('Authorization', who.chair).send({ reviewerId: 'rev-b' }).expect(200);
    });

    it('a review leaves no principle out, and is not revised', async () => {
      const revB = await who.reviewer('rev-b');
      await svc.http.post('/api/ethics/cases/app-g1/declarations').set('Authorization', revB).send({ conflict: false, statement: 'No ties' }).expect(200);
      const partial = ratingsBody();
      partial.ratings.pop();
      const missing = await svc.http.post('/api/ethics/cases/app-g1/reviews').set('Authorization', revB).send(partial).expect(422);
      expect(missing.body).toMatchObject({ code: 'principle-not-rated', errors: [{ field: 'ratings', reason: 'every principle must be rated; missing: accountabilityAndOversight' }] });
      await svc.http.post('/api/ethics/cases/app-g1/reviews').set('Authorization', revB).send(ratingsBody()).expect(200);
      const again = await svc.http.post('/api/ethics/cases/app-g1/reviews').set('Authorization', revB).send(ratingsBody('second thoughts')).expect(409);
      expect(again.body.code).toBe('already-reviewed');
    });

    it('neither a chair of the applicant organisation nor a reviewer of the case decides', async () => {
      const own = await svc.http.post('/api/ethics/cases/app-g1/decision').set('Authorization', `Bearer ${await svc.token('ethics-chair', { userId: 'chair-nova', organisationId: 'org-nova' })}`).send({ outcome: 'cleared' }).expect(403);
      expect(own.body.code).toBe('own-organisation');
      const reviewerAsChair = await svc.http.post('/api/ethics/cases/app-g1/decision').set('Authorization', `Bearer ${await svc.token('ethics-chair', { userId: 'rev-b', organisationId: 'rev-b-uni' })}`).send({ outcome: 'cleared' }).expect(403);
      expect(reviewerAsChair.body.code).toBe('reviewer-cannot-decide');
      const noReasons = await svc.http.post('/api/ethics/cases/app-g1/decision').set('Authorization', who.chair2).send({ outcome: 'refused' }).expect(422);
      expect(noReasons.body).toMatchObject({ code: 'reasons-required', errors: [{ field: 'reasons', reason: 'a refusal gives its reasons' }] });
      expect((await history('app-g1')).at(-1)).toBe('ReviewSubmitted');
    });
  });

  describe('Idempotency-Key on creating POSTs', () => {
    it('a replay answers the same without a second registration; another body with the key is refused', async () => {
      const send = (body: object) => svc.http.post('/api/ethics/reviewers').set('Authorization', who.chair).set('Idempotency-Key', 'reg-rev-z').send(body);
      const first = await send({ reviewerId: 'rev-z', organisationId: 'uni-z', expertise: ['safety'] }).expect(201);
      const replay = await send({ reviewerId: 'rev-z', organisationId: 'uni-z', expertise: ['safety'] }).expect(201);
      expect(replay.body).toEqual(first.body);
      expect(replay.headers['idempotent-replayed']).toBe('true');
      expect(replay.headers.location).toBe('/api/ethics/reviewers/rev-z');
      const reused = await send({ reviewerId: 'rev-y', organisationId: 'uni-z', expertise: [] }).expect(422);
      expect(reused.body.code).toBe('idempotency-key-reused');
      await svc.settle();
      const list = await svc.http.get('/api/ethics/reviewers?organisationId=uni-z').set('Authorization', who.chair).expect(200);
      expect(list.body.total).toBe(1);
    });

    it('a replayed case command (the decision) records one decision', async () => {
      const decide = () => svc.http.post('/api/ethics/cases/app-g1/decision').set('Authorization', who.chair2).set('Idempotency-Key', 'decide-g1').send({ outcome: 'cleared' });
      const first = await decide().expect(200);
      const replay = await decide().expect(200);
      expect(replay.body).toEqual(first.body);
      expect(replay.headers.etag).toBe(first.headers.etag);
      expect((await history('app-g1')).filter((t: string) => t === 'EthicsCaseDecided')).toHaveLength(1);
    });

    it('without the key, registering the same reviewer again is a conflict', async () => {
      const res = await svc.http.post('/api/ethics/reviewers').set('Authorization', who.chair).send({ reviewerId: 'rev-z', organisationId: 'uni-z', expertise: ['safety'] }).expect(409);
      expect(res.body).toMatchObject({ code: 'reviewer-already-registered', errors: [{ field: 'reviewerId' }] });
    });
  });
});
