import type { Json } from '../../client/platform-client';
import type { World } from '../../testing-only/world';
import * as s from './lifecycle-steps';

/**
 * A Playground application of one start-up, from the organisation's registration to the final
 * report: every step of DOMAIN.md's lifecycle and every role, over HTTP only, with the read model
 * of the owning service checked at each step and the history of each stream at the end.
 */
export async function playgroundJourney(world: World): Promise<void> {
  const c = await s.cast(world, 'pg-journey', 1, 'vega');

  // 1. Organisation and pledge.
  await s.registerOrganisation(world, c);
  await s.signPledge(world, c);

  // 2. Submission: 5,000 GPU-h on Vega for one month from tomorrow.
  const startDate = s.isoDate(new Date(world.now().getTime() + s.DAY_MS));
  const endDate = s.addMonths(startDate, 1);
  const { applicationId, submittedAt } = await s.draftAndSubmit(world, c, { mode: 'playground', system: 'vega', partition: 'gpu', gpuHours: 5000, durationMonths: 1, startDate, monthlyUsagePlan: [5000] });

  // 3. Screening; allocation then holds the capacity (continuous mode, first come first served).
  await s.screenEligible(world, c, applicationId);
  const held = await c.committee.get(`/api/allocation/applications?organisationId=${c.organisationId}`);
  expect(held.body.items).toEqual([expect.objectContaining({ applicationId, status: 'held', gpuHours: 5000, technicalOutcome: null, ethicsOutcome: null, allocationId: null })]);
  const holds = await c.committee.get('/api/allocation/holds?system=vega&partition=gpu&status=placed');
  expect(holds.body.items.filter((h: Json) => h.applicationId === applicationId)).toEqual([expect.objectContaining({ gpuHours: 5000, status: 'placed', holdId: held.body.items[0].hold.holdId })]);

  // 4. Technical assessment by the hosting site; 5. ethics review (one reviewer), cleared.
  await s.technicalAssessment(world, c, applicationId, 'PyTorch 2.4 module available; containers via Apptainer.');
  await s.registerReviewers(world, c);
  const { conditionIds } = await s.ethicsReview(world, c, applicationId, { outcome: 'cleared' });
  expect(conditionIds).toEqual([]);

  // 6. The hold became the award at once: fixed hours, system, dates and monthly quota.
  const allocation = await s.awardedAllocation(c, applicationId);
  const allocationId: string = allocation.allocationId;
  expect(allocation).toMatchObject({ mode: 'playground', system: 'vega', partition: 'gpu', gpuHours: 5000, monthlyQuotaGpuHours: 5000, start: startDate, end: endDate, partial: false });
  expect(allocation.projectId).toMatch(new RegExp(`^EHPC-AIF-${world.now().getUTCFullYear()}PG01-\\d{4}$`));
  const placed = await c.committee.get('/api/allocation/holds?system=vega&partition=gpu&status=placed');
  expect(placed.body.items.filter((h: Json) => h.applicationId === applicationId)).toEqual([]);
  const intakeView = await c.applicant.get(`/api/applications/${applicationId}`);
  expect(intakeView.body).toMatchObject({ applicationId, status: 'awarded' });

  // 7. Provisioning by the site.
  await s.provision(world, c, allocationId);

  // 8. Usage from the site, nine days on: JSON, then sacct with one job re-sent (counted once).
  await world.advance(9 * s.DAY_MS);
  const endedDaysAgo = s.daysBefore(world.now());
  const jobs: s.Job[] = [
    { jobId: '7001', hours: 250, gpus: 4, end: endedDaysAgo(2), energyJoules: 3.6e9 },
    { jobId: '7002', hours: 500, gpus: 4, end: endedDaysAgo(1), energyJoules: 7.2e9 },
    { jobId: '7003', hours: 200, gpus: 4, end: endedDaysAgo(0.5), energyJoules: 1.8e9 },
  ];
  const first = await s.sendUsageJson(world, c, 'vega', 'gpu', allocation.projectId, jobs.slice(0, 2));
  expect(first).toMatchObject({ source: 'json', system: 'vega', accepted: 2, duplicates: 0, flagged: 0, rejected: [], charged: [{ allocationId, jobs: 2, gpuHours: 3000 }] });
  const second = await s.sendUsageSacct(world, c, 'vega', 'gpu', allocation.projectId, [jobs[0], jobs[2]]);
  expect(second).toMatchObject({ source: 'sacct', system: 'vega', accepted: 1, duplicates: 1, flagged: 0, stepsIgnored: 2, rejected: [], charged: [{ allocationId, jobs: 1, gpuHours: 800 }] });
  const balance = await c.applicant.get(`/api/accounting/allocations/${allocationId}`);
  // 3,800 GPU-h x 3,600 s x 312 TFLOP/s (A100) x 0.4 utilisation.
  expect(balance.body).toMatchObject({
    allocationId, projectId: allocation.projectId, status: 'active', awardedGpuHours: 5000, chargedGpuHours: 3800, balanceGpuHours: 1200, usedPercent: 76,
    energyKwh: 3500, jobs: 3, thresholdsReached: [75], overuse: null,
    monthlyBurn: s.burnByMonth(jobs, 5000),
  });
  expect(balance.body.estimatedTrainingFlop).toBeCloseTo(3800 * 3600 * 312e12 * 0.4, -15);
  const balances = await c.applicant.get(`/api/accounting/allocations?organisationId=${c.organisationId}`);
  expect(balances.body.items).toEqual([expect.objectContaining({ allocationId, chargedGpuHours: 3800, balanceGpuHours: 1200, highestThresholdReached: 75, overuse: false, underuse: false })]);

  // Mid-term (halfway between start and end): 3,800 GPU-h charged is above 70 % of the plan to date.
  const midTerm = await s.midTermReview(world, c, allocationId, startDate, endDate);
  expect(midTerm).toMatchObject({ chargedGpuHours: 3800, underuse: false });

  // 10. Closure at the end date, then the final report.
  await s.closeAtEndDate(world, c, allocationId, endDate);
  const reported = await s.finalReport(world, c, allocationId, { energyKwh: 3500, computeFlop: 1.7e21 });
  expect(reported).toMatchObject({ status: 'closed', finalReportDue: s.addMonths(endDate, 3), finalReportOverdue: false });

  // Time to access: submitted and awarded and activated on the same working day.
  const listed = await c.committee.get(`/api/allocation/applications?organisationId=${c.organisationId}`);
  expect(listed.body.items[0].timeToAccess).toEqual({
    clockStartedAt: submittedAt, awardedAt: allocation.awardedAt, workingDaysToAward: 0, activatedAt: expect.any(String), workingDaysToAccess: 0, targetWorkingDays: 2, withinTarget: true,
  });
  const aggregate = await c.committee.get('/api/allocation/time-to-access');
  expect(aggregate.body.modes.find((m: Json) => m.mode === 'playground')).toEqual({
    mode: 'playground', targetWorkingDays: 2, awarded: 1, activated: 1, averageWorkingDaysToAward: 0, averageWorkingDaysToAccess: 0, activatedWithinTarget: 1, shareWithinTarget: 1,
  });

  // The histories: every event in order with the role that caused it.
  expect(s.typesAndRoles((await c.auditor.get(`/api/applications/${applicationId}/history`)).body)).toEqual([
    ['ApplicationDrafted', 'applicant'],
    ['ApplicationSubmitted', 'applicant'],
    ['ScreeningStarted', 'intake-officer'],
    ['ApplicationFoundEligible', 'intake-officer'],
    ['ApplicationAwarded', 'system'],
  ]);
  expect(s.typesAndRoles((await c.auditor.get(`/api/ethics/cases/${applicationId}/history`)).body)).toEqual([
    ['EthicsCaseOpened', 'system'],
    ['ReviewerAssigned', 'ethics-chair'],
    ['ReviewerDeclaredNoConflict', 'ethics-reviewer'],
    ['ReviewSubmitted', 'ethics-reviewer'],
    ['EthicsCaseDecided', 'ethics-chair'],
    ['ReviewerAssignmentEnded', 'ethics-chair'],
  ]);
  expect(s.typesAndRoles((await c.auditor.get(`/api/allocation/applications/${applicationId}/history`)).body)).toEqual([
    ['ApplicationSubmissionRecorded', 'system'],
    ['ApplicationRegistered', 'system'],
    ['TechnicalAssessmentCompleted', 'technical-assessor'],
    ['EthicsOutcomeRecorded', 'system'],
    ['ApplicationAwarded', 'system'],
  ]);
  expect(s.typesAndRoles((await c.auditor.get(`/api/allocation/allocations/${allocationId}/history`)).body)).toEqual([
    ['AllocationOpened', 'system'],
    ['AllocationActivated', 'site'],
    ['AllocationClosed', 'system'],
    ['FinalReportSubmitted', 'applicant'],
  ]);
  expect(s.typesAndRoles((await c.auditor.get(`/api/accounting/allocations/${allocationId}/history`)).body)).toEqual([
    ['AllocationAccountOpened', 'system'],
    ['UsageBatchCharged', 'site'],
    ['UsageBatchCharged', 'site'],
    ['UsageThresholdReached', 'site'],
    ['MidTermUsageOnPlan', 'system'],
    ['AllocationAccountClosed', 'system'],
  ]);
  expect(s.typesAndRoles((await c.auditor.get(`/api/governance/organisations/${c.organisationId}/history`)).body)).toEqual([
    ['OrganisationRecorded', 'system'],
    ['PledgeSigned', 'applicant'],
  ]);
}

/**
 * A Large Scale application (with a rival below the threshold) from registration to the final
 * report: two reviewers, a decision with a condition that governance tracks as an obligation, the
 * committee's scores, a ranked cut-off, provisioning a working day later, usage, the mid-term
 * review, an attestation cross-checked against accounting, closure and the final report.
 */
export async function largeScaleJourney(world: World): Promise<void> {
  const c = await s.cast(world, 'ls-journey', 2, 'jupiter');
  const rival = await s.cast(world, 'ls-rival', 2, 'jupiter');

  // 6 (set-up). The committee opens a call; its first cut-off is two or more days on, at 10:00 in Brussels.
  const { callId, cutOffAt } = await s.openCall(world, c);
  const startDate = s.isoDate(new Date(cutOffAt.getTime() + 7 * s.DAY_MS));
  const endDate = s.addMonths(startDate, 3);

  // 1 to 5 for both organisations: pledge, submission, screening, technical assessment, reviewers.
  const ids: Array<{ applicationId: string; submittedAt: string }> = [];
  for (const who of [c, rival]) {
    await s.registerOrganisation(world, who);
    await s.signPledge(world, who);
    const submitted = await s.draftAndSubmit(world, who, { mode: 'large-scale', system: 'jupiter', partition: 'booster', gpuHours: 120000, durationMonths: 3, startDate, monthlyUsagePlan: [40000, 40000, 40000] });
    ids.push(submitted);
    await s.screenEligible(world, who, submitted.applicationId);
    await s.technicalAssessment(world, who, submitted.applicationId, 'JAX and PyTorch containers validated on GH200.');
    await s.registerReviewers(world, who);
  }
  const [{ applicationId }, { applicationId: rivalId }] = ids;
  // Large Scale holds nothing at eligibility: it waits for the cut-off.
  const waiting = await c.committee.get(`/api/allocation/applications?organisationId=${c.organisationId}`);
  expect(waiting.body.items).toEqual([expect.objectContaining({ applicationId, status: 'awaiting-cut-off', technicalOutcome: 'accepted-with-remarks', ethicsOutcome: null, weightedScore: null, hold: null })]);

  // 5. Ethics: cleared with one condition for the applicant, cleared for the rival.
  const dueDate = s.isoDate(new Date(world.now().getTime() + 30 * s.DAY_MS));
  const conditionText = 'Publish a training-data summary (AI Act Article 53) before the first release.';
  const { conditionIds } = await s.ethicsReview(world, c, applicationId, { outcome: 'cleared-with-conditions', conditions: [{ text: conditionText, dueDate }] });
  expect(conditionIds).toEqual([`${applicationId}-condition-1`]);
  await s.ethicsReview(world, rival, rivalId, { outcome: 'cleared' });

  // 9. The condition is an obligation under the pledge; the applicant's evidence is accepted.
  const obligationId = conditionIds[0];
  const pledge = await c.governance.get(`/api/governance/organisations/${c.organisationId}`);
  expect(pledge.body.obligations).toEqual([expect.objectContaining({ obligationId, applicationId, text: conditionText, dueDate, status: 'open', evidence: null, fulfilledAt: null, overdue: false })]);
  const evidence = { summary: 'Training-data summary published with the model card.', links: ['https://example.org/aurora/training-data-summary'] };
  const sent = await c.applicant.post(`/api/governance/organisations/${c.organisationId}/obligations/${obligationId}/evidence`, evidence);
  expect(sent.status).toBe(201);
  expect(sent.body.obligations).toEqual([expect.objectContaining({ obligationId, status: 'evidence-submitted', evidence: { ...evidence, submittedBy: `founder-ls-journey`, submittedAt: expect.any(String) } })]);
  const accepted = await c.governance.post(`/api/governance/organisations/${c.organisationId}/obligations/${obligationId}/acceptance`);
  expect(accepted.status).toBe(200);
  await world.settle();
  const fulfilled = await c.applicant.get(`/api/governance/organisations/${c.organisationId}`);
  expect(fulfilled.body).toMatchObject({ status: 'signed', breaches: [], openBreaches: 0, suspended: false });
  expect(fulfilled.body.obligations).toEqual([expect.objectContaining({ obligationId, status: 'fulfilled', fulfilledAt: expect.any(String), overdue: false, breachAt: null })]);

  // 6. Scores, then the cut-off: ranked by weighted score; the rival falls below the threshold.
  await s.score(world, c, applicationId, { excellence: 5, innovationAndImpact: 4, implementation: 4 });
  await s.score(world, rival, rivalId, { excellence: 2, innovationAndImpact: 3, implementation: 2 });
  const ranked = await c.committee.get(`/api/allocation/applications?mode=large-scale&status=awaiting-cut-off`);
  expect(ranked.body.items.map((i: Json) => [i.applicationId, i.weightedScore])).toEqual([[applicationId, 4.4], [rivalId, 2.35]]);
  const early = await c.committee.get(`/api/allocation/calls/${callId}/cut-offs/0/ranking`, { expect: [404] });
  expect(early.status).toBe(404);
  await world.advance(cutOffAt.getTime() - world.now().getTime());
  const allocation = await s.awardedAllocation(c, applicationId);
  const allocationId: string = allocation.allocationId;
  const ranking = await c.committee.get(`/api/allocation/calls/${callId}/cut-offs/0/ranking`);
  expect(ranking.body).toEqual({
    callId, index: 0, cutOffAt: cutOffAt.toISOString(),
    entries: [
      { rank: 1, outcome: 'awarded', gpuHours: 120000, allocationId, applicationId, weightedScore: 4.4, organisationId: c.organisationId },
      { rank: 2, outcome: 'below-threshold', gpuHours: 0, allocationId: null, applicationId: rivalId, weightedScore: 2.35, organisationId: rival.organisationId },
    ],
  });
  const call = await c.committee.get(`/api/allocation/calls/${callId}`);
  expect(call.body.cutOffs.map((x: Json) => x.passed)).toEqual([true, false]);
  const month = String(cutOffAt.getUTCMonth() + 1).padStart(2, '0');
  expect(allocation.projectId).toMatch(new RegExp(`^EHPC-AIF-${cutOffAt.getUTCFullYear()}LS${month}-\\d{4}$`));
  expect(allocation).toMatchObject({ mode: 'large-scale', system: 'jupiter', partition: 'booster', gpuHours: 120000, monthlyQuotaGpuHours: 40000, start: startDate, end: endDate, partial: false });
  // Awarded when the cut-off's deadline fired: at the cut-off (embedded) or a scheduler tick later (distributed).
  expect(new Date(allocation.awardedAt).getTime() - cutOffAt.getTime()).toBeGreaterThanOrEqual(0);
  expect(new Date(allocation.awardedAt).getTime() - cutOffAt.getTime()).toBeLessThan(60 * 60_000);
  const notFunded = await rival.applicant.get(`/api/allocation/applications?organisationId=${rival.organisationId}`);
  expect(notFunded.body.items).toEqual([expect.objectContaining({ applicationId: rivalId, status: 'not-funded', allocationId: null, notFundedReason: 'weighted score 2.35 below the threshold 3' })]);
  const intakeView = await c.applicant.get(`/api/applications/${applicationId}`);
  expect(intakeView.body).toMatchObject({ applicationId, status: 'awarded' });

  // 7. The site confirms the account the next day (a working day).
  await world.advance(s.DAY_MS);
  await s.provision(world, c, allocationId);

  // 8. Usage once the allocation has started: one job as JSON, two in sacct output.
  await world.advance(new Date(`${startDate}T00:00:00.000Z`).getTime() + 9 * s.DAY_MS - world.now().getTime());
  const endedDaysAgo = s.daysBefore(world.now());
  const jobs: s.Job[] = [
    { jobId: '91001', hours: 48, gpus: 256, end: endedDaysAgo(5), energyJoules: 3.6e10 },
    { jobId: '91002', hours: 48, gpus: 256, end: endedDaysAgo(3), energyJoules: 3.6e10 },
    { jobId: '91003', hours: 48, gpus: 256, end: endedDaysAgo(1), energyJoules: 3.6e10 },
  ];
  const json = await s.sendUsageJson(world, c, 'jupiter', 'booster', allocation.projectId, jobs.slice(0, 1));
  expect(json).toMatchObject({ accepted: 1, duplicates: 0, flagged: 0, charged: [{ allocationId, jobs: 1, gpuHours: 12288 }] });
  const sacct = await s.sendUsageSacct(world, c, 'jupiter', 'booster', allocation.projectId, jobs.slice(1));
  expect(sacct).toMatchObject({ accepted: 2, duplicates: 0, flagged: 0, stepsIgnored: 2, charged: [{ allocationId, jobs: 2, gpuHours: 24576 }] });
  const flop = 36864 * 3600 * 989e12 * 0.4;
  const balance = await c.applicant.get(`/api/accounting/allocations/${allocationId}`);
  expect(balance.body).toMatchObject({ allocationId, status: 'active', awardedGpuHours: 120000, chargedGpuHours: 36864, balanceGpuHours: 83136, energyKwh: 30000, jobs: 3, thresholdsReached: [], overuse: null });
  expect(balance.body.estimatedTrainingFlop).toBeCloseTo(flop, -17);
  expect(balance.body.monthlyBurn).toEqual(s.burnByMonth(jobs, 40000));

  // Mid-term: 36,864 GPU-h is below 70 % of the plan to date (about 60,000): underuse is flagged.
  const midTerm = await s.midTermReview(world, c, allocationId, startDate, endDate);
  expect(midTerm).toMatchObject({ chargedGpuHours: 36864, underuse: true });
  const balances = await c.applicant.get(`/api/accounting/allocations?organisationId=${c.organisationId}`);
  expect(balances.body.items).toEqual([expect.objectContaining({ allocationId, chargedGpuHours: 36864, underuse: true, overuse: false })]);

  // 9. The quarterly attestation, in its window, declares what accounting measured: no flag.
  const attestationDue = new Date(pledge.body.attestation.nextDueAt);
  await world.advance(attestationDue.getTime() - 10 * s.DAY_MS - world.now().getTime());
  const attested = await c.applicant.post(`/api/governance/organisations/${c.organisationId}/attestations`, {
    evidence: { summary: 'Governance strategy adopted; AI literacy training held.', links: ['https://example.org/aurora/ai-governance'] },
    declaredTrainingFlop: balance.body.estimatedTrainingFlop,
    declaredEnergyKwh: 30000,
  });
  expect(attested.status).toBe(201);
  expect(attested.body.attestations).toEqual([expect.objectContaining({
    periodDueAt: attestationDue.toISOString(), declaredEnergyKwh: 30000, accountingEnergyKwh: 30000, tolerancePercent: 10, flags: [], submittedBy: 'founder-ls-journey',
  })]);
  expect(attested.body.attestations[0].accountingTrainingFlop).toBeCloseTo(flop, -17);
  expect(new Date(attested.body.attestation.nextDueAt).getTime()).toBeGreaterThan(attestationDue.getTime());
  await world.settle();

  // 10. Closure at the end date, then the final report.
  await s.closeAtEndDate(world, c, allocationId, endDate);
  const reported = await s.finalReport(world, c, allocationId, { energyKwh: 30000, computeFlop: flop });
  expect(reported).toMatchObject({ status: 'closed', finalReportDue: s.addMonths(endDate, 3), finalReportOverdue: false });

  // Time to access: the clock starts at the cut-off; awarded then, activated a day later.
  const listed = await c.committee.get(`/api/allocation/applications?organisationId=${c.organisationId}`);
  expect(listed.body.items[0].timeToAccess).toEqual({
    clockStartedAt: cutOffAt.toISOString(), awardedAt: allocation.awardedAt, workingDaysToAward: 0, activatedAt: expect.any(String), workingDaysToAccess: 1, targetWorkingDays: 10, withinTarget: true,
  });
  const aggregate = await c.committee.get('/api/allocation/time-to-access');
  expect(aggregate.body.modes.find((m: Json) => m.mode === 'large-scale')).toEqual({
    mode: 'large-scale', targetWorkingDays: 10, awarded: 1, activated: 1, averageWorkingDaysToAward: 0, averageWorkingDaysToAccess: 1, activatedWithinTarget: 1, shareWithinTarget: 1,
  });

  // The histories: every event in order with the role that caused it.
  expect(s.typesAndRoles((await c.auditor.get(`/api/applications/${applicationId}/history`)).body)).toEqual([
    ['ApplicationDrafted', 'applicant'],
    ['ApplicationSubmitted', 'applicant'],
    ['ScreeningStarted', 'intake-officer'],
    ['ApplicationFoundEligible', 'intake-officer'],
    ['ApplicationAwarded', 'system'],
  ]);
  const ethicsHistory = (await c.auditor.get(`/api/ethics/cases/${applicationId}/history`)).body;
  expect(s.typesAndRoles(ethicsHistory)).toEqual([
    ['EthicsCaseOpened', 'system'],
    ['ReviewerAssigned', 'ethics-chair'],
    ['ReviewerDeclaredNoConflict', 'ethics-reviewer'],
    ['ReviewSubmitted', 'ethics-reviewer'],
    ['ReviewerAssigned', 'ethics-chair'],
    ['ReviewerDeclaredNoConflict', 'ethics-reviewer'],
    ['ReviewSubmitted', 'ethics-reviewer'],
    ['EthicsCaseDecided', 'ethics-chair'],
    ['ReviewerAssignmentEnded', 'ethics-chair'],
    ['ReviewerAssignmentEnded', 'ethics-chair'],
  ]);
  // Two different reviewers, neither the chair who assigned them, decided and so ended both assignments.
  const [first, second] = c.reviewers.map((r) => r.id);
  expect(ethicsHistory.events.map((e: Json) => e.actor.id).slice(1)).toEqual(['chair-ls-journey', first, first, 'chair-ls-journey', second, second, 'chair-ls-journey', 'chair-ls-journey', 'chair-ls-journey']);
  expect(s.typesAndRoles((await c.auditor.get(`/api/allocation/applications/${applicationId}/history`)).body)).toEqual([
    ['ApplicationSubmissionRecorded', 'system'],
    ['ApplicationRegistered', 'system'],
    ['TechnicalAssessmentCompleted', 'technical-assessor'],
    ['EthicsOutcomeRecorded', 'system'],
    ['PeerReviewScored', 'allocation-committee'],
    ['ApplicationAwarded', 'system'],
  ]);
  expect(s.typesAndRoles((await c.auditor.get(`/api/allocation/applications/${rivalId}/history`)).body)).toEqual([
    ['ApplicationSubmissionRecorded', 'system'],
    ['ApplicationRegistered', 'system'],
    ['TechnicalAssessmentCompleted', 'technical-assessor'],
    ['EthicsOutcomeRecorded', 'system'],
    ['PeerReviewScored', 'allocation-committee'],
    ['ApplicationNotFunded', 'system'],
  ]);
  expect(s.typesAndRoles((await c.auditor.get(`/api/allocation/allocations/${allocationId}/history`)).body)).toEqual([
    ['AllocationOpened', 'system'],
    ['AllocationActivated', 'site'],
    ['AllocationClosed', 'system'],
    ['FinalReportSubmitted', 'applicant'],
  ]);
  expect(s.typesAndRoles((await c.auditor.get(`/api/accounting/allocations/${allocationId}/history`)).body)).toEqual([
    ['AllocationAccountOpened', 'system'],
    ['UsageBatchCharged', 'site'],
    ['UsageBatchCharged', 'site'],
    ['UnderuseFlagged', 'system'],
    ['AllocationAccountClosed', 'system'],
  ]);
  expect(s.typesAndRoles((await c.auditor.get(`/api/governance/organisations/${c.organisationId}/history`)).body)).toEqual([
    ['OrganisationRecorded', 'system'],
    ['PledgeSigned', 'applicant'],
    ['ObligationRecorded', 'system'],
    ['ObligationEvidenceSubmitted', 'applicant'],
    ['ObligationFulfilled', 'governance-officer'],
    // The reminder falls 14 days before the attestation is due (attestationReminderDays); the
    // journey attests 10 days before.
    ['AttestationDueSoon', 'system'],
    ['AttestationSubmitted', 'applicant'],
  ]);
}
