import { IntakeEvents } from '@hpc-access/contracts';
import type { ServiceHarness } from '@hpc-access/service-testing';
import { PROHIBITED_PRACTICE_REASON } from './cases/domain/ethics-case.decide';
import { people, publishedFor, ratingsBody, registerReviewers, screenedEligible, startEthicsReview } from './testing-only/ethics-harness';

const DAY = 86_400_000;

// Intake played on the bus: what it tells ethics review, and the review deadlines moved by the clock.
describe('ethics review follows intake and its own deadlines', () => {
  let svc: ServiceHarness;
  let who: Awaited<ReturnType<typeof people>>;
  const get = (caseId: string, auth = who.chair) => svc.http.get(`/api/ethics/cases/${caseId}`).set('Authorization', auth);
  const types = async (caseId: string) =>
    (await svc.http.get(`/api/ethics/cases/${caseId}/history`).set('Authorization', who.chair).expect(200)).body.events.map((e: { type: string }) => e.type);

  beforeAll(async () => {
    svc = await startEthicsReview();
    who = await people(svc);
    await registerReviewers(svc, who.chair, ['rev-a', 'rev-b']);
  });
  afterAll(() => svc.close());

  it('only an eligible screening opens a case', async () => {
    await svc.publish(IntakeEvents.ApplicationScreened, 'app-i0', { applicationId: 'app-i0', organisationId: 'org-nova', outcome: 'ineligible', reasons: ['not an SME'] });
    await svc.settle();
    await get('app-i0').expect(404);
  });

  it('refuses a prohibited practice at once, with no reviewers, and publishes the refusal', async () => {
    await screenedEligible(svc, 'app-i1', { prohibitedPractice: true, mode: 'playground' });
    const res = await get('app-i1').expect(200);
    expect(res.body).toMatchObject({ status: 'decided', assignments: [], decision: { outcome: 'refused', reasons: [PROHIBITED_PRACTICE_REASON], automatic: true } });
    const published = await publishedFor(svc, 'app-i1', 2);
    expect(published.map((e) => e.type)).toEqual(['hpc-access.ethics-review.EthicsCaseOpened.v1', 'hpc-access.ethics-review.EthicsDecided.v1']);
    expect(published[1].data).toEqual({ caseId: 'app-i1', applicationId: 'app-i1', organisationId: 'org-nova', outcome: 'refused', conditions: [], reasons: [PROHIBITED_PRACTICE_REASON], decidedAt: '2026-11-02T09:00:00.000Z' });
    const assign = await svc.http.post('/api/ethics/cases/app-i1/assignments').set('Authorization', who.chair).send({ reviewerId: 'rev-a' }).expect(409);
    expect(assign.body.code).toBe('case-closed');
  });

  it('asks the applicant through intake, and returns the case to the chair when intake relays the answers', async () => {
    await screenedEligible(svc, 'app-i2', { mode: 'playground' });
    await svc.http.post('/api/ethics/cases/app-i2/assignments').set('Authorization', who.chair).send({ reviewerId: 'rev-a' }).expect(200);
    const revA = await who.reviewer('rev-a');
    await svc.http.post('/api/ethics/cases/app-i2/declarations').set('Authorization', revA).send({ conflict: false, statement: 'No ties' }).expect(200);
    await svc.http.post('/api/ethics/cases/app-i2/reviews').set('Authorization', revA).send(ratingsBody()).expect(200);
    const asked = await svc.http.post('/api/ethics/cases/app-i2/decision').set('Authorization', who.chair2).send({ outcome: 'information-requested', questions: ['Which datasets hold personal data?'] }).expect(200);
    expect(asked.body.status).toBe('information-requested');
    const published = await publishedFor(svc, 'app-i2', 4);
    expect(published.map((e) => e.type)).toEqual(['EthicsCaseOpened', 'ReviewerAssigned', 'ReviewerDeclaredNoConflict', 'EthicsInformationRequested'].map((name) => `hpc-access.ethics-review.${name}.v1`));
    expect(published[3]).toMatchObject({ type: 'hpc-access.ethics-review.EthicsInformationRequested.v1', data: { caseId: 'app-i2', applicationId: 'app-i2', organisationId: 'org-nova', questions: ['Which datasets hold personal data?'] } });
    const waiting = await svc.http.post('/api/ethics/cases/app-i2/decision').set('Authorization', who.chair2).send({ outcome: 'cleared' }).expect(409);
    expect(waiting.body.code).toBe('awaiting-information');

    // Answers to another context's questions are not for this case.
    await svc.publish(IntakeEvents.ApplicationInformationProvided, 'app-i2', { applicationId: 'app-i2', organisationId: 'org-nova', requestedBy: 'intake', answers: ['x'], providedAt: svc.clock.now().toISOString() });
    await svc.settle();
    expect((await get('app-i2').expect(200)).body.status).toBe('information-requested');

    await svc.publish(IntakeEvents.ApplicationInformationProvided, 'app-i2', { applicationId: 'app-i2', organisationId: 'org-nova', requestedBy: 'ethics-review', answers: ['None: public text only'], providedAt: svc.clock.now().toISOString() });
    await svc.settle();
    const back = await get('app-i2', who.applicant).expect(200);
    expect(back.body).toMatchObject({ status: 'awaiting-decision', reviewsIn: 1, informationRequests: [{ questions: ['Which datasets hold personal data?'], answers: ['None: public text only'] }] });
    await svc.http.post('/api/ethics/cases/app-i2/decision').set('Authorization', who.chair2).send({ outcome: 'cleared' }).expect(200);
    const afterDecision = await publishedFor(svc, 'app-i2', 6);
    expect(afterDecision[4]).toMatchObject({ type: 'hpc-access.ethics-review.EthicsDecided.v1', data: { outcome: 'cleared', conditions: [] } });
    // Asking for information kept the reviewer on the case; the decision ends the assignment.
    expect(afterDecision[5]).toMatchObject({ type: 'hpc-access.ethics-review.ReviewerAssignmentEnded.v1', data: { caseId: 'app-i2', applicationId: 'app-i2', reviewerId: 'rev-a', reason: 'case-decided' } });
  });

  it('a withdrawn application closes its case as withdrawn and publishes no decision', async () => {
    await screenedEligible(svc, 'app-i3', { mode: 'fast-lane' });
    const withdrawal = { applicationId: 'app-i3', organisationId: 'org-nova', withdrawnAt: svc.clock.now().toISOString() };
    const eventId = await svc.publish(IntakeEvents.ApplicationWithdrawn, 'app-i3', withdrawal);
    await svc.settle();
    // The same message delivered again (at-least-once) is handled once, by the inbox.
    await svc.publish(IntakeEvents.ApplicationWithdrawn, 'app-i3', withdrawal, { id: eventId });
    await svc.settle();
    expect(await types('app-i3')).toEqual(['EthicsCaseOpened', 'EthicsCaseWithdrawn']);
    expect((await get('app-i3').expect(200)).body).toMatchObject({ status: 'withdrawn', withdrawnAt: '2026-11-02T09:00:00.000Z', decision: null });
    const list = await svc.http.get('/api/ethics/cases?status=withdrawn').set('Authorization', who.chair).expect(200);
    expect(list.body.items.map((i: { caseId: string }) => i.caseId)).toEqual(['app-i3']);
    const published = await publishedFor(svc, 'app-i3', 1);
    expect(published.map((e) => e.type)).toEqual(['hpc-access.ethics-review.EthicsCaseOpened.v1']);
  });

  it('marks a review overdue after the configured days, and not a review that came in time', async () => {
    await screenedEligible(svc, 'app-i4');
    await svc.http.post('/api/ethics/cases/app-i4/assignments').set('Authorization', who.chair).send({ reviewerId: 'rev-a' }).expect(200);
    await svc.http.post('/api/ethics/cases/app-i4/assignments').set('Authorization', who.chair).send({ reviewerId: 'rev-b' }).expect(200);
    const revB = await who.reviewer('rev-b');
    await svc.http.post('/api/ethics/cases/app-i4/declarations').set('Authorization', revB).send({ conflict: false, statement: 'No ties' }).expect(200);
    await svc.http.post('/api/ethics/cases/app-i4/reviews').set('Authorization', revB).send(ratingsBody()).expect(200);

    await svc.advance(9 * DAY);
    expect((await types('app-i4')).filter((t: string) => t === 'ReviewOverdue')).toEqual([]);
    await svc.advance(1 * DAY);
    const res = await get('app-i4').expect(200);
    expect(res.body.assignments.map((a: { reviewerId: string; overdue: boolean }) => [a.reviewerId, a.overdue])).toEqual([['rev-a', true], ['rev-b', false]]);
    const mine = await get('app-i4', await who.reviewer('rev-a')).expect(200);
    expect(mine.body.assignment).toMatchObject({ overdue: true, reviewDueAt: '2026-11-12T09:00:00.000Z' });
    await svc.advance(30 * DAY);
    expect((await types('app-i4')).filter((t: string) => t === 'ReviewOverdue')).toHaveLength(1);
  });
});
