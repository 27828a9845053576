import type { ServiceHarness } from '@hpc-access/service-testing';
import { people, screenedEligible, startEthicsReview } from './testing-only/ethics-harness';

const SEED = {
  reviewersRequired: { playground: 1, 'fast-lane': 1, 'large-scale': 2 },
  principles: ['humanAgency', 'privacyAndDataGovernance', 'fairness', 'wellbeing', 'transparency', 'accountabilityAndOversight'],
  defaultConditionDueDays: 90,
  reviewDueDays: 10,
};

// The programme's numbers for ethics review: seeded at first start as an event, changed by staff.
describe('the ethics review configuration', () => {
  let svc: ServiceHarness;
  let who: Awaited<ReturnType<typeof people>>;

  beforeAll(async () => {
    svc = await startEthicsReview();
    who = await people(svc);
  });
  afterAll(() => svc.close());

  it('is seeded from infra/seed/ethics-review.json at first start, as revision 0', async () => {
    const res = await svc.http.get('/api/ethics/configuration').set('Authorization', who.chair).expect(200);
    expect(res.headers.etag).toBe('"0"');
    expect(res.body).toEqual({ ...SEED, revision: 0 });
    await svc.http.get('/api/ethics/configuration').set('Authorization', who.auditor).expect(200);
  });

  it('is not for reviewers or applicants', async () => {
    await svc.http.get('/api/ethics/configuration').set('Authorization', await who.reviewer('rev-a')).expect(403);
    await svc.http.put('/api/ethics/configuration').set('Authorization', who.applicant).send(SEED).expect(403);
    await svc.http.put('/api/ethics/configuration').set('Authorization', who.auditor).send(SEED).expect(403);
  });

  it('refuses an invalid configuration, naming the field, and keeps the old one', async () => {
    const zero = await svc.http.put('/api/ethics/configuration').set('Authorization', who.admin).send({ ...SEED, reviewersRequired: { ...SEED.reviewersRequired, 'large-scale': 0 } }).expect(400);
    expect(zero.body.errors).toEqual([{ field: 'reviewersRequired.large-scale', reason: 'large-scale must not be less than 1' }]);
    const missing = await svc.http.put('/api/ethics/configuration').set('Authorization', who.admin).send({ ...SEED, reviewDueDays: undefined }).expect(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toEqual(['reviewDueDays', 'reviewDueDays', 'reviewDueDays']);
    const duplicated = await svc.http.put('/api/ethics/configuration').set('Authorization', who.admin).send({ ...SEED, principles: ['fairness', 'fairness'] }).expect(422);
    expect(duplicated.body).toMatchObject({ code: 'principles-duplicated', errors: [{ field: 'principles', reason: 'each principle is listed once' }] });
    const res = await svc.http.get('/api/ethics/configuration').set('Authorization', who.chair).expect(200);
    expect(res.body.revision).toBe(0);
  });

  it('the chair changes it with If-Match; a stale If-Match is 412', async () => {
    const changed = { ...SEED, reviewersRequired: { ...SEED.reviewersRequired, 'large-scale': 3 }, reviewDueDays: 5 };
    const res = await svc.http.put('/api/ethics/configuration').set('Authorization', who.chair).set('If-Match', '"0"').send(changed).expect(200);
    expect(res.headers.etag).toBe('"1"');
    expect(res.body).toEqual({ ...changed, revision: 1 });
    const stale = await svc.http.put('/api/ethics/configuration').set('Authorization', who.admin).set('If-Match', '"0"').send(SEED).expect(412);
    expect(stale.body.code).toBe('stale-revision');
    const again = await svc.http.put('/api/ethics/configuration').set('Authorization', who.admin).set('If-Match', '"1"').send(changed).expect(200);
    expect(again.headers.etag).toBe('"1"');
  });

  it('cases opened afterwards require the new number of reviewers', async () => {
    await screenedEligible(svc, 'app-c1');
    const res = await svc.http.get('/api/ethics/cases/app-c1').set('Authorization', who.chair).expect(200);
    expect(res.body.reviewersRequired).toBe(3);
  });

  it('reports its database in readiness and its cases by status in the metrics', async () => {
    const ready = await svc.http.get('/health/ready').expect(200);
    expect(ready.body.checks['ethics-review-database']).toBe('up');
    await svc.settle();
    const metrics = await svc.http.get('/metrics').expect(200);
    expect(metrics.text).toContain('ethics_review_cases{status="in-review"} 1');
    expect(metrics.text).toMatch(/ethics_review_subscriber_lag_events \d+/);
  });

  it('shows its history to staff and the auditor: who changed what and when, from the stream; never to an applicant', async () => {
    const { revision: _revision, ...current } = (await svc.http.get('/api/ethics/configuration').set('Authorization', who.chair).expect(200)).body;
    await svc.http.put('/api/ethics/configuration').set('Authorization', who.chair).send({ ...current, reviewDueDays: 12 }).expect(200);
    await svc.http.put('/api/ethics/configuration').set('Authorization', who.admin).send({ ...current, reviewDueDays: 12, defaultConditionDueDays: 60 }).expect(200);
    const history = await svc.http.get('/api/ethics/configuration/history').set('Authorization', who.auditor).expect(200);
    const events = history.body.events as Array<{ type: string; revision: number; actor: { role: string }; configuration: Record<string, unknown>; reason: string | null }>;
    expect(events[0]).toMatchObject({ type: 'EthicsConfigurationSeeded', revision: 0, actor: { role: 'system' }, configuration: SEED, reason: null });
    expect(events.slice(-2).map((e) => [e.actor.role, e.configuration['reviewDueDays'], e.configuration['defaultConditionDueDays'], e.reason])).toEqual([
      ['ethics-chair', 12, current.defaultConditionDueDays, null],
      ['administrator', 12, 60, null],
    ]);
    expect(events.map((e) => e.revision)).toEqual(events.map((_e, i) => i));
    await svc.http.get('/api/ethics/configuration/history').set('Authorization', who.applicant).expect(403);
    await svc.http.get('/api/ethics/configuration/history').set('Authorization', await who.reviewer('rev-a')).expect(403);
  });
});
