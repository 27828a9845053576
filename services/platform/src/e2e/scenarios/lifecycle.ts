import type { Json } from '../../client/platform-client';
import type { World } from '../../testing-only/world';
import * as s from './lifecycle-steps';

const dump = (label: string, value: Json) => process.stdout.write(`\n=== ${label}\n${JSON.stringify(value, null, 1)}\n`);

/**
 * A Playground application of one start-up, from the organisation's registration to the final
 * report: every step of DOMAIN.md's lifecycle and every role, over HTTP only, with the read model
 * of the owning service checked at each step and the history of each stream at the end.
 */
export async function playgroundJourney(world: World): Promise<void> {
  const c = await s.cast(world, 'pg-journey', 1);

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
  const endedDaysAgo = (days: number) => new Date(world.now().getTime() - days * s.DAY_MS);
  const first = await s.sendUsageJson(world, c, 'vega', 'gpu', allocation.projectId, [
    { jobId: '7001', hours: 250, gpus: 4, end: endedDaysAgo(2), energyJoules: 3.6e9 },
    { jobId: '7002', hours: 500, gpus: 4, end: endedDaysAgo(1), energyJoules: 7.2e9 },
  ]);
  expect(first).toMatchObject({ source: 'json', system: 'vega', accepted: 2, duplicates: 0, flagged: 0, rejected: [], charged: [{ allocationId, jobs: 2, gpuHours: 3000 }] });
  const second = await s.sendUsageSacct(world, c, 'vega', 'gpu', allocation.projectId, [
    { jobId: '7001', hours: 250, gpus: 4, end: endedDaysAgo(2), energyJoules: 3.6e9 },
    { jobId: '7003', hours: 200, gpus: 4, end: endedDaysAgo(0.5), energyJoules: 1.8e9 },
  ]);
  expect(second).toMatchObject({ source: 'sacct', system: 'vega', accepted: 1, duplicates: 1, flagged: 0, stepsIgnored: 2, rejected: [], charged: [{ allocationId, jobs: 1, gpuHours: 800 }] });
  const balance = await c.applicant.get(`/api/accounting/allocations/${allocationId}`);
  // 3,800 GPU-h x 3,600 s x 312 TFLOP/s (A100) x 0.4 utilisation.
  expect(balance.body).toMatchObject({
    allocationId, projectId: allocation.projectId, status: 'active', awardedGpuHours: 5000, chargedGpuHours: 3800, balanceGpuHours: 1200, usedPercent: 76,
    energyKwh: 3500, jobs: 3, thresholdsReached: [75], overuse: null,
    monthlyBurn: [{ month: s.isoDate(endedDaysAgo(0.5)).slice(0, 7), gpuHours: 3800, quotaGpuHours: 5000, percentOfQuota: 76 }],
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
  expect(reported).toMatchObject({ status: 'closed', finalReportDue: s.addMonths(endDate, 3), finalReportOverdue: false, finalReportSubmittedAt: world.now().toISOString() });

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
