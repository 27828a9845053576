import { proposalBody } from '@hpc-access/service-testing';
import type { Json } from '../../client/platform-client';
import type { World } from '../../testing-only/world';
import { expectWithin } from './moments';
import { DAY, staffOf, dateFrom, monthsFrom, types, actors, signedOrganisation, eligibleApplication, assessTechnically, registerReviewer, ratings, continuousPool, configuredCapacity, month, allocationSummary, holdsOf } from './review-and-capacity-steps';

/*
 * Ethics review and capacity, end to end over HTTP (DOMAIN.md steps 5 and 6): refusals, conflicts
 * of interest, the first-come-first-served queue and hold expiry. Each scenario uses its own
 * organisations and its own partition, so the exact capacity figures it checks are its own even
 * when the scenarios share one platform.
 */
// ---- scenarios --------------------------------------------------------------------------------

/**
 * (1a) An application declaring an AI Act Article 5 prohibited practice is refused by ethics review
 * at once, without reviewers: intake shows it refused, allocation releases its hold, nothing is awarded.
 */
export async function prohibitedPracticeIsRefusedAtOnce(world: World): Promise<void> {
  const staff = await staffOf(world);
  const organisationId = 'org-rc-prohibited';
  const [system, partition] = ['marenostrum5', 'acc'];
  const capacity = await configuredCapacity(staff.committee, system, partition);
  const applicant = await signedOrganisation(world, organisationId, 'rc-pia');
  const start = dateFrom(world, 14);
  const proposal = proposalBody().ethicsSelfAssessment as Json;
  const id = await eligibleApplication(world, staff, applicant, organisationId, {
    system, partition, startDate: start, title: 'Emotion recognition at the workplace',
    ethicsSelfAssessment: { ...proposal, issueCategories: ['prohibited-practice'], prohibitedPractice: true },
  });

  // Ethics review refused it itself: no reviewer, no chair.
  const ethicsCase = await staff.chair.get(`/api/ethics/cases/${id}`);
  expect(ethicsCase.body).toMatchObject({ status: 'decided', assignments: [], reviews: [] });
  expect(ethicsCase.body.decision).toMatchObject({ outcome: 'refused', automatic: true, conditions: [] });
  expect(ethicsCase.body.decision.reasons.length).toBeGreaterThan(0);
  const ethicsHistory = (await staff.chair.get(`/api/ethics/cases/${id}/history`)).body;
  expect(actors(ethicsHistory)).toEqual([{ type: 'EthicsCaseOpened', role: 'system' }, { type: 'EthicsCaseDecided', role: 'system' }]);

  // Intake shows the refusal with ethics review's reasons; withdrawal is no longer possible.
  const intake = await applicant.get(`/api/applications/${id}`);
  expect(intake.body).toMatchObject({ status: 'refused', reasons: ethicsCase.body.decision.reasons, award: null });
  const intakeHistory = (await staff.officer.get(`/api/applications/${id}/history`)).body;
  expect(actors(intakeHistory)).toEqual([
    { type: 'ApplicationDrafted', role: 'applicant' }, { type: 'ApplicationSubmitted', role: 'applicant' },
    { type: 'ScreeningStarted', role: 'intake-officer' }, { type: 'ApplicationFoundEligible', role: 'intake-officer' },
    { type: 'ApplicationRefused', role: 'system' },
  ]);
  expect(intakeHistory.events[4].data).toMatchObject({ by: 'ethics-review', reasons: ethicsCase.body.decision.reasons });

  // Allocation released the hold it placed at eligibility; nothing held, nothing awarded.
  const allocationApp = await staff.committee.get(`/api/allocation/applications/${id}`);
  expect(allocationApp.body).toMatchObject({ status: 'refused', ethics: 'refused', allocationId: null });
  expect(await holdsOf(staff.committee, system, partition)).toEqual([
    expect.objectContaining({ applicationId: id, organisationId, gpuHours: 4000, status: 'released', reason: 'ethics-refused' }),
  ]);
  const [first, second] = monthsFrom(start, 2);
  expect((await continuousPool(staff.committee, system, partition, first, 2)).months).toEqual([month(first, 0, 0, capacity), month(second, 0, 0, capacity)]);
  expect((await staff.committee.get(`/api/allocation/allocations?organisationId=${organisationId}`)).body).toMatchObject({ total: 0, items: [] });
  const allocationHistory = (await staff.committee.get(`/api/allocation/applications/${id}/history`)).body;
  expect(types(allocationHistory)).toEqual(['ApplicationSubmissionRecorded', 'ApplicationRegistered', 'EthicsOutcomeRecorded']);
}

/**
 * (1b) A chair's refusal after a full review, although the site accepted the application: the
 * same consequences as an automatic refusal.
 */
export async function chairRefusesAfterReview(world: World): Promise<void> {
  const staff = await staffOf(world);
  const organisationId = 'org-rc-chair-refusal';
  const [system, partition] = ['meluxina', 'gpu'];
  const capacity = await configuredCapacity(staff.committee, system, partition);
  const applicant = await signedOrganisation(world, organisationId, 'rc-rafa');
  const start = dateFrom(world, 14);
  const id = await eligibleApplication(world, staff, applicant, organisationId, { system, partition, startDate: start, title: 'Face matching for retail analytics' });
  const [first, second] = monthsFrom(start, 2);
  expect((await continuousPool(staff.committee, system, partition, first, 2)).months).toEqual([month(first, 2000, 0, capacity), month(second, 2000, 0, capacity)]);

  await assessTechnically(staff, id, 'accepted', 'Codes installed.');
  await registerReviewer(staff.chair, 'rc-rev-ruth', 'org-rc-university-a');
  await staff.chair.post(`/api/ethics/cases/${id}/assignments`, { reviewerId: 'rc-rev-ruth' });
  const reviewer = await world.as('ethics-reviewer', { userId: 'rc-rev-ruth', organisationId: 'org-rc-university-a' });
  await reviewer.post(`/api/ethics/cases/${id}/declarations`, { conflict: false, statement: 'No ties to the applicant.' });
  await reviewer.post(`/api/ethics/cases/${id}/reviews`, { ratings: ratings('major-issue', 'Biometric identification of customers without consent.') });
  const reasons = ['Biometric identification of customers without a legal basis.'];
  const decided = await staff.chair.post(`/api/ethics/cases/${id}/decision`, { outcome: 'refused', reasons });
  expect(decided.body).toMatchObject({ status: 'decided', decision: { outcome: 'refused', reasons, automatic: false, decidedBy: 'rc-chiara' } });
  await world.settle();

  const ethicsHistory = (await staff.chair.get(`/api/ethics/cases/${id}/history`)).body;
  expect(actors(ethicsHistory)).toEqual([
    { type: 'EthicsCaseOpened', role: 'system' }, { type: 'ReviewerAssigned', role: 'ethics-chair' },
    { type: 'ReviewerDeclaredNoConflict', role: 'ethics-reviewer' }, { type: 'ReviewSubmitted', role: 'ethics-reviewer' },
    { type: 'EthicsCaseDecided', role: 'ethics-chair' }, { type: 'ReviewerAssignmentEnded', role: 'ethics-chair' },
  ]);
  // The applicant sees the outcome and the reasons, never who reviewed nor the ratings.
  const seenByApplicant = (await applicant.get(`/api/ethics/cases/${id}`)).body;
  expect(seenByApplicant.decision).toMatchObject({ outcome: 'refused', reasons });
  expect(seenByApplicant).not.toHaveProperty('reviews');
  expect(seenByApplicant).not.toHaveProperty('assignments');

  expect((await applicant.get(`/api/applications/${id}`)).body).toMatchObject({ status: 'refused', reasons, award: null });
  await applicant.post(`/api/applications/${id}/withdraw`, { reason: 'Too late.' }, { expect: [409] });
  const allocationApp = await staff.committee.get(`/api/allocation/applications/${id}`);
  expect(allocationApp.body).toMatchObject({ status: 'refused', ethics: 'refused', technicalAssessment: { outcome: 'accepted' }, allocationId: null });
  expect(await holdsOf(staff.committee, system, partition)).toEqual([expect.objectContaining({ applicationId: id, status: 'released', reason: 'ethics-refused' })]);
  expect((await continuousPool(staff.committee, system, partition, first, 2)).months).toEqual([month(first, 0, 0, capacity), month(second, 0, 0, capacity)]);
  expect((await staff.committee.get(`/api/allocation/allocations?organisationId=${organisationId}`)).body.total).toBe(0);
}

/**
 * (2) Conflicts of interest: a reviewer from the applicant's organisation cannot be assigned; an
 * assigned reviewer sees no dossier before declaring; one who declares a conflict is recused and
 * cannot review; the chair assigns another who reviews; the chair decides and the award follows.
 */
export async function conflictOfInterestAndRecusal(world: World): Promise<void> {
  const staff = await staffOf(world);
  const organisationId = 'org-rc-coi';
  const [system, partition] = ['vega', 'gpu'];
  const applicant = await signedOrganisation(world, organisationId, 'rc-cosmin');
  const id = await eligibleApplication(world, staff, applicant, organisationId, { system, partition, startDate: dateFrom(world, 14), title: 'Medical triage assistant' });
  await assessTechnically(staff, id, 'accepted-with-remarks', 'PyTorch module to be installed by the site.');

  await registerReviewer(staff.chair, 'rc-rev-insider', organisationId);
  await registerReviewer(staff.chair, 'rc-rev-conny', 'org-rc-university-b');
  await registerReviewer(staff.chair, 'rc-rev-vera', 'org-rc-university-c');

  // A reviewer affiliated with the applicant cannot be assigned.
  const insider = await staff.chair.post(`/api/ethics/cases/${id}/assignments`, { reviewerId: 'rc-rev-insider' }, { expect: [422] });
  expect(insider.body.code).toBe('reviewer-affiliated-with-applicant');

  // Assigned, but no dossier before the declaration.
  await staff.chair.post(`/api/ethics/cases/${id}/assignments`, { reviewerId: 'rc-rev-conny' });
  const conny = await world.as('ethics-reviewer', { userId: 'rc-rev-conny', organisationId: 'org-rc-university-b' });
  const beforeDeclaring = (await conny.get(`/api/ethics/cases/${id}`)).body;
  expect(beforeDeclaring).toMatchObject({ caseId: id, organisationId, status: 'in-review', assignment: { declaration: null }, review: null });
  expect(beforeDeclaring).not.toHaveProperty('dossier');
  const tooEarly = await conny.post(`/api/ethics/cases/${id}/reviews`, { ratings: ratings('no-issue', 'n/a') }, { expect: [409] });
  expect(tooEarly.body.code).toBe('declaration-required');

  // A conflict recuses her: still no dossier, no review, no second assignment.
  const declared = await conny.post(`/api/ethics/cases/${id}/declarations`, { conflict: true, statement: 'I advised the applicant last year.' });
  expect(declared.body.assignment.declaration).toMatchObject({ conflict: true, statement: 'I advised the applicant last year.' });
  expect(declared.body).not.toHaveProperty('dossier');
  expect((await conny.get(`/api/ethics/cases/${id}`)).body).not.toHaveProperty('dossier');
  const recusedReview = await conny.post(`/api/ethics/cases/${id}/reviews`, { ratings: ratings('no-issue', 'n/a') }, { expect: [409] });
  expect(recusedReview.body.code).toBe('reviewer-recused');
  const reassigned = await staff.chair.post(`/api/ethics/cases/${id}/assignments`, { reviewerId: 'rc-rev-conny' }, { expect: [409] });
  expect(reassigned.body.code).toBe('reviewer-recused');
  const early = await staff.chair.post(`/api/ethics/cases/${id}/decision`, { outcome: 'cleared' }, { expect: [409] });
  expect(early.body.code).toBe('reviews-outstanding');

  // Another reviewer: not assigned yet, nothing to see; assigned, declares, reviews.
  const vera = await world.as('ethics-reviewer', { userId: 'rc-rev-vera', organisationId: 'org-rc-university-c' });
  const notAssigned = await vera.get(`/api/ethics/cases/${id}`, { expect: [403] });
  expect(notAssigned.body.code).toBe('not-assigned');
  await staff.chair.post(`/api/ethics/cases/${id}/assignments`, { reviewerId: 'rc-rev-vera' });
  await vera.post(`/api/ethics/cases/${id}/declarations`, { conflict: false, statement: 'No ties to the applicant.' });
  const seen = (await vera.get(`/api/ethics/cases/${id}`)).body;
  expect(seen.dossier).toMatchObject({ title: 'Medical triage assistant', system, partition, gpuHours: 4000, prohibitedPractice: false });
  expect(seen).not.toHaveProperty('assignments');
  const reviewed = await vera.post(`/api/ethics/cases/${id}/reviews`, { ratings: ratings('minor-issue', 'Clinician oversight to be documented.') });
  expect(reviewed.body).toMatchObject({ status: 'awaiting-decision', reviewersRequired: 1, reviewsIn: 1 });

  const dueDate = dateFrom(world, 60);
  const decided = await staff.chair.post(`/api/ethics/cases/${id}/decision`, { outcome: 'cleared-with-conditions', conditions: [{ text: 'Publish the clinician oversight procedure.', dueDate }] });
  expect(decided.body.decision).toMatchObject({ outcome: 'cleared-with-conditions', conditions: [{ conditionId: `${id}-condition-1`, text: 'Publish the clinician oversight procedure.' }] });
  await world.settle();

  const chairView = (await staff.chair.get(`/api/ethics/cases/${id}`)).body;
  expect(chairView.assignments.map((a: Json) => ({ reviewerId: a.reviewerId, conflict: a.declaration.conflict }))).toEqual([
    { reviewerId: 'rc-rev-conny', conflict: true }, { reviewerId: 'rc-rev-vera', conflict: false },
  ]);
  expect(chairView.reviews.map((r: Json) => r.reviewerId)).toEqual(['rc-rev-vera']);
  const ethicsHistory = (await staff.chair.get(`/api/ethics/cases/${id}/history`)).body;
  expect(ethicsHistory.events.map((e: Json) => ({ type: e.type, actor: e.actor.id }))).toEqual([
    { type: 'EthicsCaseOpened', actor: 'intake' },
    { type: 'ReviewerAssigned', actor: 'rc-chiara' },
    { type: 'ReviewerRecused', actor: 'rc-rev-conny' },
    { type: 'ReviewerAssigned', actor: 'rc-chiara' },
    { type: 'ReviewerDeclaredNoConflict', actor: 'rc-rev-vera' },
    { type: 'ReviewSubmitted', actor: 'rc-rev-vera' },
    { type: 'EthicsCaseDecided', actor: 'rc-chiara' },
    // Vera's assignment ends with the decision; Conny's ended with her recusal.
    { type: 'ReviewerAssignmentEnded', actor: 'rc-chiara' },
  ]);

  // The decision made, allocation awards; intake and governance follow.
  const allocationApp = (await staff.committee.get(`/api/allocation/applications/${id}`)).body;
  expect(allocationApp).toMatchObject({ status: 'awarded', ethics: 'cleared-with-conditions', technicalAssessment: { outcome: 'accepted-with-remarks' } });
  const allocations = (await staff.committee.get(`/api/allocation/allocations?organisationId=${organisationId}`)).body;
  expect(allocations.items).toEqual([expect.objectContaining({ allocationId: allocationApp.allocationId, applicationId: id, system, partition, gpuHours: 4000, monthlyQuotaGpuHours: 2000, status: 'awarded' })]);
  expect((await applicant.get(`/api/applications/${id}`)).body).toMatchObject({ status: 'awarded', award: { allocationId: allocationApp.allocationId, projectId: allocations.items[0].projectId } });
  const pledge = (await applicant.get(`/api/governance/organisations/${organisationId}`)).body;
  expect(pledge.obligations).toEqual([expect.objectContaining({ obligationId: `${id}-condition-1` })]);
}

/**
 * (3) Capacity exhausted: with the continuous capacity of one partition lowered through the
 * configuration API, the first application gets the hold and the second waits in the queue; the
 * second is cleared while queued but not awarded; the first is withdrawn, its hold released, the
 * queued one gets the hold and is awarded at once.
 */
export async function exhaustedCapacityQueuesUntilReleased(world: World): Promise<void> {
  const staff = await staffOf(world);
  const [system, partition, lowered] = ['deucalion', 'gpu', 3000];

  // Lower the partition's continuous capacity (PUT with If-Match; a stale revision is 412).
  const configuration = await staff.committee.get('/api/allocation/configuration');
  const changed = structuredClone(configuration.body);
  const target = changed.systems.find((s: Json) => s.id === system).partitions.find((p: Json) => p.id === partition);
  target.monthlyCapacityGpuHours.continuous = lowered;
  const put = await staff.committee.put('/api/allocation/configuration', changed, { ifMatch: configuration.etag! });
  expect(put.etag).not.toBe(configuration.etag);
  const stale = await staff.committee.put('/api/allocation/configuration', changed, { ifMatch: configuration.etag!, expect: [412] });
  expect(stale.status).toBe(412);
  await world.settle();

  const start = dateFrom(world, 14);
  const [first, second] = monthsFrom(start, 2);
  const pool = async () => continuousPool(staff.committee, system, partition, first, 2);
  expect(await pool()).toMatchObject({ monthlyCapacityGpuHours: lowered, months: [month(first, 0, 0, lowered), month(second, 0, 0, lowered)] });

  const firstApplicant = await signedOrganisation(world, 'org-rc-queue-first', 'rc-fiona');
  const secondApplicant = await signedOrganisation(world, 'org-rc-queue-second', 'rc-sven');
  const firstId = await eligibleApplication(world, staff, firstApplicant, 'org-rc-queue-first', { system, partition, startDate: start, title: 'First come' });
  const secondId = await eligibleApplication(world, staff, secondApplicant, 'org-rc-queue-second', { system, partition, startDate: start, title: 'Second in line' });

  // 2,000 GPU-h a month held for the first; the second's 2,000 do not fit in the 1,000 left.
  expect((await pool()).months).toEqual([month(first, 2000, 0, lowered), month(second, 2000, 0, lowered)]);
  expect(await allocationSummary(staff.committee, 'org-rc-queue-first', firstId)).toMatchObject({ status: 'held', hold: { holdId: expect.any(String) }, queuedAt: null });
  expect(await allocationSummary(staff.committee, 'org-rc-queue-second', secondId)).toMatchObject({ status: 'queued', hold: null, queuedAt: expect.any(String) });
  const queue = (await staff.committee.get(`/api/allocation/queue?system=${system}&partition=${partition}`)).body;
  expect(queue.queues).toEqual([expect.objectContaining({ system, partition, entries: [expect.objectContaining({ applicationId: secondId, position: 1 })] })]);

  // A smaller third (1,000 a month) would fit in what is left, but nobody overtakes the queue.
  const thirdApplicant = await signedOrganisation(world, 'org-rc-queue-third', 'rc-tara');
  const thirdId = await eligibleApplication(world, staff, thirdApplicant, 'org-rc-queue-third', { system, partition, startDate: start, title: 'Small third', gpuHours: 2000, monthlyUsagePlan: [1000, 1000] });
  expect(await allocationSummary(staff.committee, 'org-rc-queue-third', thirdId)).toMatchObject({ status: 'queued', hold: null });
  const queued = (await staff.committee.get(`/api/allocation/queue?system=${system}&partition=${partition}`)).body.queues[0].entries;
  expect(queued.map((e: Json) => ({ applicationId: e.applicationId, position: e.position }))).toEqual([{ applicationId: secondId, position: 1 }, { applicationId: thirdId, position: 2 }]);
  expect((await pool()).months).toEqual([month(first, 2000, 0, lowered), month(second, 2000, 0, lowered)]);

  // Cleared while queued: no award without a hold.
  await assessTechnically(staff, secondId, 'accepted', 'Codes installed.');
  await registerReviewer(staff.chair, 'rc-rev-quinn', 'org-rc-university-d');
  await staff.chair.post(`/api/ethics/cases/${secondId}/assignments`, { reviewerId: 'rc-rev-quinn' });
  const quinn = await world.as('ethics-reviewer', { userId: 'rc-rev-quinn', organisationId: 'org-rc-university-d' });
  await quinn.post(`/api/ethics/cases/${secondId}/declarations`, { conflict: false, statement: 'No ties.' });
  await quinn.post(`/api/ethics/cases/${secondId}/reviews`, { ratings: ratings('no-issue', 'None found.') });
  await staff.chair.post(`/api/ethics/cases/${secondId}/decision`, { outcome: 'cleared' });
  await world.settle();
  expect((await staff.committee.get(`/api/allocation/applications/${secondId}`)).body).toMatchObject({ ethics: 'cleared', technicalAssessment: { outcome: 'accepted' }, allocationId: null });
  expect((await allocationSummary(staff.committee, 'org-rc-queue-second', secondId)).status).toBe('queued');
  expect((await staff.committee.get('/api/allocation/allocations?organisationId=org-rc-queue-second')).body.total).toBe(0);

  // The first withdraws: its hold is released, the queue moves up, the second is awarded.
  await firstApplicant.post(`/api/applications/${firstId}/withdraw`, { reason: 'We found compute elsewhere.' });
  await world.settle();
  expect((await staff.committee.get(`/api/allocation/applications/${firstId}`)).body).toMatchObject({ status: 'withdrawn', allocationId: null });
  const holds = await holdsOf(staff.committee, system, partition);
  expect(holds).toHaveLength(3);
  expect(holds.find((h: Json) => h.applicationId === firstId)).toMatchObject({ organisationId: 'org-rc-queue-first', status: 'released', reason: 'withdrawn' });
  expect(holds.find((h: Json) => h.applicationId === secondId)).toMatchObject({ organisationId: 'org-rc-queue-second', gpuHours: 4000, status: 'converted', reason: 'awarded' });
  // Behind it the third now fits too: it gets a hold (not an award: it is not cleared yet).
  expect(holds.find((h: Json) => h.applicationId === thirdId)).toMatchObject({ organisationId: 'org-rc-queue-third', gpuHours: 2000, status: 'placed', reason: null });
  expect(await allocationSummary(staff.committee, 'org-rc-queue-third', thirdId)).toMatchObject({ status: 'held', queuedAt: null });
  expect((await staff.committee.get(`/api/allocation/queue?system=${system}&partition=${partition}`)).body.queues).toEqual([]);
  const secondApp = (await staff.committee.get(`/api/allocation/applications/${secondId}`)).body;
  expect(secondApp).toMatchObject({ status: 'awarded', ethics: 'cleared', technicalAssessment: { outcome: 'accepted' } });
  const allocations = (await staff.committee.get('/api/allocation/allocations?organisationId=org-rc-queue-second')).body;
  expect(allocations.items).toEqual([expect.objectContaining({ allocationId: secondApp.allocationId, applicationId: secondId, system, partition, gpuHours: 4000, monthlyQuotaGpuHours: 2000, start, status: 'awarded' })]);
  expect((await pool()).months).toEqual([month(first, 1000, 2000, lowered), month(second, 1000, 2000, lowered)]);
  expect((await secondApplicant.get(`/api/applications/${secondId}`)).body).toMatchObject({ status: 'awarded', award: { allocationId: secondApp.allocationId } });
  expect((await firstApplicant.get(`/api/applications/${firstId}`)).body.status).toBe('withdrawn');
  const firstHistory = (await firstApplicant.get(`/api/applications/${firstId}/history`)).body;
  expect(actors(firstHistory).at(-1)).toEqual({ type: 'ApplicationWithdrawn', role: 'applicant' });
  const secondHistory = (await staff.committee.get(`/api/allocation/applications/${secondId}/history`)).body;
  expect(types(secondHistory)).toEqual(['ApplicationSubmissionRecorded', 'ApplicationRegistered', 'TechnicalAssessmentCompleted', 'EthicsOutcomeRecorded', 'ApplicationAwarded']);
  expect((await staff.committee.get('/api/allocation/allocations?organisationId=org-rc-queue-first')).body.total).toBe(0);
}

/**
 * (4) Hold expiry: a hold not turned into an award before its deadline expires when the clock
 * passes it, and the capacity returns.
 */
export async function holdExpiresAndCapacityReturns(world: World): Promise<void> {
  const staff = await staffOf(world);
  const organisationId = 'org-rc-hold-expiry';
  const [system, partition] = ['karolina', 'qgpu'];
  const capacity = await configuredCapacity(staff.committee, system, partition);
  const applicant = await signedOrganisation(world, organisationId, 'rc-hana');
  const start = dateFrom(world, 60);
  const [first, second] = monthsFrom(start, 2);
  const pool = async () => continuousPool(staff.committee, system, partition, first, 2);
  expect((await pool()).months).toEqual([month(first, 0, 0, capacity), month(second, 0, 0, capacity)]);

  const id = await eligibleApplication(world, staff, applicant, organisationId, { system, partition, startDate: start, title: 'Slow to clear' });
  const configuration = (await staff.committee.get('/api/allocation/configuration')).body;
  const [hold] = await holdsOf(staff.committee, system, partition);
  expect(hold).toMatchObject({ applicationId: id, organisationId, gpuHours: 4000, status: 'placed', reason: null, endedAt: null });
  const expiresAt = new Date(hold.expiresAt).getTime();
  expect(expiresAt - new Date(hold.placedAt).getTime()).toBe(configuration.holdLifetimeDays * DAY);
  expect((await pool()).months).toEqual([month(first, 2000, 0, capacity), month(second, 2000, 0, capacity)]);
  expect(await allocationSummary(staff.committee, organisationId, id)).toMatchObject({ status: 'held', hold: { holdId: hold.holdId, expiresAt: hold.expiresAt } });

  // A minute before the deadline the hold stands (and the clock is still before it); at it, it expires:
  // when the deadline fires, at the deadline itself embedded, a scheduler tick after it distributed.
  await world.advance(expiresAt - world.now().getTime() - 60_000);
  expect((await holdsOf(staff.committee, system, partition))[0].status).toBe('placed');
  expect(world.now().getTime()).toBeLessThan(expiresAt);
  await world.advance(60_000);
  const [expired] = await holdsOf(staff.committee, system, partition);
  expect(expired).toMatchObject({ applicationId: id, status: 'released', reason: 'expired' });
  expectWithin(expired.endedAt, expiresAt, world.now());
  expect((await pool()).months).toEqual([month(first, 0, 0, capacity), month(second, 0, 0, capacity)]);
  expect(await allocationSummary(staff.committee, organisationId, id)).toMatchObject({ status: 'hold-expired', hold: null, allocationId: null });
  expect((await staff.committee.get(`/api/allocation/allocations?organisationId=${organisationId}`)).body.total).toBe(0);

  // Cleared later, the application asks for a new hold, which becomes the award at once.
  await assessTechnically(staff, id, 'accepted', 'Codes installed.');
  await registerReviewer(staff.chair, 'rc-rev-hugo', 'org-rc-university-e');
  await staff.chair.post(`/api/ethics/cases/${id}/assignments`, { reviewerId: 'rc-rev-hugo' });
  const hugo = await world.as('ethics-reviewer', { userId: 'rc-rev-hugo', organisationId: 'org-rc-university-e' });
  await hugo.post(`/api/ethics/cases/${id}/declarations`, { conflict: false, statement: 'No ties.' });
  await hugo.post(`/api/ethics/cases/${id}/reviews`, { ratings: ratings('no-issue', 'None found.') });
  await staff.chair.post(`/api/ethics/cases/${id}/decision`, { outcome: 'cleared' });
  await world.settle();
  const holds = await holdsOf(staff.committee, system, partition);
  expect(holds.map((h: Json) => ({ status: h.status, reason: h.reason })).sort((a, b) => a.status.localeCompare(b.status))).toEqual([
    { status: 'converted', reason: 'awarded' }, { status: 'released', reason: 'expired' },
  ]);
  const summary = await allocationSummary(staff.committee, organisationId, id);
  expect(summary).toMatchObject({ status: 'awarded', hold: null, allocationId: expect.any(String) });
  const allocations = (await staff.committee.get(`/api/allocation/allocations?organisationId=${organisationId}`)).body;
  expect(allocations.items).toEqual([expect.objectContaining({ allocationId: summary.allocationId, gpuHours: 4000, monthlyQuotaGpuHours: 2000, start, status: 'awarded' })]);
  expect((await pool()).months).toEqual([month(first, 0, 2000, capacity), month(second, 0, 2000, capacity)]);
  expect((await applicant.get(`/api/applications/${id}`)).body).toMatchObject({ status: 'awarded', award: { allocationId: summary.allocationId } });
}
