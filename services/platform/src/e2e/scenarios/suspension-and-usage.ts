import { hostingSiteOf } from '@hpc-access/service-testing';
import type { Json } from '../../client/platform-client';
import type { World } from '../../testing-only/world';
import { expectWithin } from './moments';
import { DAY, isoDay, slurmTime, staffFor, registerAndSign, submitAndScreen, activeAllocation, jobRecord, eventTypes, addMonthsUtc } from './suspension-and-usage-steps';

/**
 * Scenarios of an allocation after its award: suspension for a breached pledge, suspension for
 * overuse, a re-sent usage file, and the bar for a missing final report. Each speaks HTTP only and
 * runs against the embedded and the distributed platform alike; every date comes from world.now().
 */
/**
 * (1) A breached pledge suspends the organisation's allocation; the late attestation and the
 * officer's reinstatement resume it. Usage sent while suspended is kept and flagged, not charged.
 */
export async function breachedPledgeSuspendsAllocation(world: World): Promise<void> {
  const organisationId = 'org-breach-lumen';
  const people = await staffFor(world, organisationId, 'breach', 'leonardo');
  const signedAt = world.now();
  await registerAndSign(world, people, organisationId, 'Lumen Vision Oy');
  // Starts in 60 days and runs 3 months: still running when the first attestation (due 3 months
  // after the signature) turns into a breach 30 days later.
  const startDate = isoDay(new Date(signedAt.getTime() + 60 * DAY));
  const { allocationId, projectId } = await activeAllocation(world, people, organisationId, {
    title: 'Lumen vision transformer', mode: 'fast-lane', system: 'leonardo', partition: 'booster', gpuHours: 12000, durationMonths: 3, startDate, monthlyUsagePlan: [4000, 4000, 4000],
  });
  await world.advance(60 * DAY);

  // Usage while active is charged: 8 GPUs x 4 h = 32 GPU-h.
  const first = await people.site.post('/api/accounting/usage', { records: [jobRecord('leonardo', 'booster', projectId, '4100001', new Date(world.now().getTime() - 3_600_000), 4 * 3600, 8, 2)] });
  expect(first.body).toMatchObject({ accepted: 1, duplicates: 0, flagged: 0, charged: [{ allocationId, jobs: 1, gpuHours: 32 }] });
  await world.settle();

  const pledged = await people.governance.get(`/api/governance/organisations/${organisationId}`);
  const dueAt = pledged.body.attestation.nextDueAt as string;
  expect(pledged.body).toMatchObject({ status: 'signed', attestation: { overdue: false, breachAt: null }, openBreaches: 0, suspended: false });
  const breachAt = new Date(new Date(dueAt).getTime() + 30 * DAY).toISOString();

  // At the due date the attestation is overdue: a reminder, not yet a breach.
  await world.advance(new Date(dueAt).getTime() - world.now().getTime());
  const overdue = await people.governance.get(`/api/governance/organisations/${organisationId}`);
  expect(overdue.body).toMatchObject({ attestation: { nextDueAt: dueAt, overdue: true, breachAt }, breaches: [], openBreaches: 0 });

  // Past the 30-day grace period: PledgeBreached, when the deadline fires (at once embedded, a
  // scheduler tick later distributed). The allocation still runs until the officer acts.
  const pastGrace = new Date(breachAt).getTime() + 60_000;
  await world.advance(pastGrace - world.now().getTime());
  const breached = await people.governance.get(`/api/governance/organisations/${organisationId}`);
  expect(breached.body).toMatchObject({ openBreaches: 1, suspended: false });
  expect(breached.body.breaches).toEqual([
    { breachId: expect.any(String), cause: 'attestation-overdue', ref: dueAt, reason: `attestation due ${dueAt} not submitted within the grace period`, breachedAt: expect.any(String), remediedAt: null },
  ]);
  expectWithin(breached.body.breaches[0].breachedAt, pastGrace, world.now());
  const breachId = breached.body.breaches[0].breachId as string;
  expect((await people.committee.get(`/api/allocation/allocations/${allocationId}`)).body.status).toBe('active');

  // The governance officer requests the suspension: allocation suspends, accounting follows.
  const requestedAt = world.now();
  const request = await people.governance.post(`/api/governance/organisations/${organisationId}/suspension`, { reason: 'First attestation overdue past the grace period.', breachId });
  expect(request.body).toMatchObject({ suspended: true, suspension: { breachId } });
  await world.settle();
  const suspended = await people.committee.get(`/api/allocation/allocations/${allocationId}`);
  expect(suspended.body).toMatchObject({ status: 'suspended', suspendedBy: 'governance' });
  const listed = await people.governance.get(`/api/allocation/allocations?organisationId=${organisationId}&status=suspended`);
  expect(listed.body.items.map((item: Json) => item.allocationId)).toEqual([allocationId]);
  const account = await people.accounting.get(`/api/accounting/allocations/${allocationId}`);
  expect(account.body).toMatchObject({
    status: 'suspended', awardedGpuHours: 12000, chargedGpuHours: 32, balanceGpuHours: 11968, jobs: 1,
    suspension: { reason: 'First attestation overdue past the grace period.', since: expect.any(String) },
  });
  // Suspended when allocation handled the request (accounting takes allocation's moment, checked below).
  expectWithin(account.body.suspension.since, requestedAt, world.now());

  // Usage sent for the suspended allocation is kept and flagged, never charged: the account does not move.
  const during = await people.site.post('/api/accounting/usage', { records: [jobRecord('leonardo', 'booster', projectId, '4100002', new Date(world.now().getTime() - 3_600_000), 2 * 3600, 4, 1)] });
  expect(during.body).toMatchObject({ accepted: 0, duplicates: 0, flagged: 1, flaggedRecords: [{ system: 'leonardo', jobId: '4100002', reason: 'allocation-suspended' }], charged: [] });
  await world.settle();
  const flagged = await people.accounting.get('/api/accounting/unassigned-records?system=leonardo&reason=allocation-suspended');
  expect(flagged.body.items.filter((record: Json) => record.allocationId === allocationId)).toEqual([
    expect.objectContaining({ jobId: '4100002', account: projectId, gpuHours: 8, status: 'flagged', reason: 'allocation-suspended', importId: during.body.importId }),
  ]);
  const unchanged = await people.accounting.get(`/api/accounting/allocations/${allocationId}`);
  expect(unchanged.body).toEqual(account.body);
  expect(unchanged.etag).toBe(account.etag);

  // Reinstatement needs the breach remedied first.
  const early = await people.governance.post(`/api/governance/organisations/${organisationId}/reinstatement`, { reason: 'Asked too early.' }, { expect: [409] });
  expect(early.body).toMatchObject({ status: 409, code: 'breaches-open' });

  // The late attestation remedies the breach; the officer reinstates; the allocation resumes.
  const attestedFrom = world.now();
  const attested = await people.applicant.post(`/api/governance/organisations/${organisationId}/attestations`, {
    evidence: { summary: 'Governance strategy adopted; AI literacy training held.', links: ['https://lumen.example/ai-governance'] }, declaredTrainingFlop: 0, declaredEnergyKwh: 0,
  });
  expect(attested.body).toMatchObject({ openBreaches: 0, breaches: [{ breachId, remediedAt: expect.any(String) }], suspended: true });
  expectWithin(attested.body.breaches[0].remediedAt, attestedFrom, world.now());
  await world.settle();
  const reinstated = await people.governance.post(`/api/governance/organisations/${organisationId}/reinstatement`, { reason: 'Attestation received; breach remedied.' });
  expect(reinstated.body).toMatchObject({ suspended: false, suspension: null });
  await world.settle();
  expect((await people.committee.get(`/api/allocation/allocations/${allocationId}`)).body).toMatchObject({ status: 'active', suspendedBy: null });
  const resumed = await people.accounting.get(`/api/accounting/allocations/${allocationId}`);
  expect(resumed.body).toMatchObject({ status: 'active', chargedGpuHours: 32, suspension: null });

  // Usage after the resumption is charged again; what was sent while suspended stays flagged.
  const after = await people.site.post('/api/accounting/usage', { records: [jobRecord('leonardo', 'booster', projectId, '4100003', new Date(world.now().getTime() - 3_600_000), 3600, 4, 1)] });
  expect(after.body).toMatchObject({ accepted: 1, flagged: 0, charged: [{ allocationId, jobs: 1, gpuHours: 4 }] });
  await world.settle();
  expect((await people.accounting.get(`/api/accounting/allocations/${allocationId}`)).body).toMatchObject({ status: 'active', chargedGpuHours: 36, balanceGpuHours: 11964, jobs: 2 });

  const allocationHistory = await people.auditor.get(`/api/allocation/allocations/${allocationId}/history`);
  expect(eventTypes(allocationHistory.body)).toEqual(['AllocationOpened', 'AllocationActivated', 'AllocationSuspended', 'AllocationResumed']);
  expect(allocationHistory.body.events[1].actor).toEqual({ id: 'site-breach', role: 'site' });
  expect(allocationHistory.body.events[2].data).toMatchObject({ suspendedBy: 'governance', reason: 'First attestation overdue past the grace period.', suspendedAt: account.body.suspension.since });
  expect(allocationHistory.body.events[3].data).toMatchObject({ resumedBy: 'governance' });

  const governanceHistory = await people.auditor.get(`/api/governance/organisations/${organisationId}/history`);
  expect(governanceHistory.body.events.map((event: Json) => [event.type, event.actor.role])).toEqual([
    ['OrganisationRecorded', 'system'], ['PledgeSigned', 'applicant'], ['AttestationOverdue', 'system'], ['PledgeBreached', 'system'],
    ['AllocationsSuspensionRequested', 'governance-officer'], ['AttestationSubmitted', 'applicant'], ['BreachRemedied', 'applicant'],
    ['AllocationsResumptionRequested', 'governance-officer'],
  ]);

  // Accounting: charged, the mid-term review (32 GPU-h is far below plan), suspended, resumed, charged again;
  // nothing for the flagged record.
  const accountingHistory = await people.auditor.get(`/api/accounting/allocations/${allocationId}/history`);
  expect(accountingHistory.body.events.map((event: Json) => [event.type, event.actor.role])).toEqual([
    ['AllocationAccountOpened', 'system'], ['UsageBatchCharged', 'site'], ['UnderuseFlagged', 'system'],
    ['AllocationAccountSuspended', 'system'], ['AllocationAccountResumed', 'system'], ['UsageBatchCharged', 'site'],
  ]);
  expect(accountingHistory.body.events.filter((event: Json) => event.type === 'UsageBatchCharged').map((event: Json) => event.data.jobIds)).toEqual([['4100001'], ['4100003']]);
}

/**
 * (2) Usage beyond 100 % of a Playground award (overuse policy `suspend`): the 75, 90 and 100 %
 * alerts in accounting, OveruseDetected, and allocation suspends the allocation.
 */
export async function overuseSuspendsAllocation(world: World): Promise<void> {
  const organisationId = 'org-overuse-kiln';
  const people = await staffFor(world, organisationId, 'overuse', 'leonardo');
  await registerAndSign(world, people, organisationId, 'Kiln Robotics SL');
  const { allocationId, projectId } = await activeAllocation(world, people, organisationId, {
    title: 'Kiln grasping policy', mode: 'playground', system: 'leonardo', partition: 'booster', gpuHours: 4000, durationMonths: 1, startDate: isoDay(world.now()), monthlyUsagePlan: [4000],
  });
  const ended = (hoursAgo: number) => new Date(world.now().getTime() - hoursAgo * 3_600_000);
  // 100 nodes x 4 GPUs: 7.5 h = 3,000 GPU-h (75 %), 1.5 h = 600 (90 %), 1.25 h = 500 (102.5 %).
  const steps = [
    { jobId: '4200001', seconds: 27000, gpuHours: 3000, usedPercent: 75, thresholds: [75] },
    { jobId: '4200002', seconds: 5400, gpuHours: 600, usedPercent: 90, thresholds: [75, 90] },
    { jobId: '4200003', seconds: 4500, gpuHours: 500, usedPercent: 102.5, thresholds: [75, 90, 100] },
  ];
  let charged = 0;
  let crossedAt = '';
  for (const step of steps) {
    const sentAt = world.now();
    const report = await people.site.post('/api/accounting/usage', { records: [jobRecord('leonardo', 'booster', projectId, step.jobId, ended(1), step.seconds, 400, 100)] });
    expect(report.body).toMatchObject({ accepted: 1, duplicates: 0, flagged: 0, charged: [{ allocationId, jobs: 1, gpuHours: step.gpuHours }] });
    expectWithin(report.body.receivedAt, sentAt, world.now());
    crossedAt = report.body.receivedAt;
    charged += step.gpuHours;
    await world.settle();
    const account = await people.accounting.get(`/api/accounting/allocations/${allocationId}`);
    expect(account.body).toMatchObject({ chargedGpuHours: charged, balanceGpuHours: 4000 - charged, usedPercent: step.usedPercent, thresholdsReached: step.thresholds, jobs: steps.indexOf(step) + 1 });
    if (charged < 4000) expect(account.body).toMatchObject({ status: 'active', overuse: null, suspension: null });
  }

  // Over 100 %: overuse with the mode's action, detected by the import that crossed it (at its
  // moment), and allocation suspends the allocation after it (accounting takes allocation's moment).
  const settledAt = world.now();
  const account = await people.accounting.get(`/api/accounting/allocations/${allocationId}`);
  expect(account.body).toMatchObject({
    status: 'suspended', awardedGpuHours: 4000, chargedGpuHours: 4100, balanceGpuHours: -100, usedPercent: 102.5,
    monthlyBurn: [{ month: world.now().toISOString().slice(0, 7), gpuHours: 4100, quotaGpuHours: 4000, percentOfQuota: 102.5 }],
    overuse: { action: 'suspend', detectedAt: crossedAt },
    suspension: { reason: 'overuse: 4100 of 4000 GPU-hours charged', since: expect.any(String) },
  });
  expectWithin(account.body.suspension.since, new Date(crossedAt), settledAt);
  const balances = await people.accounting.get(`/api/accounting/allocations?organisationId=${organisationId}`);
  expect(balances.body.items).toEqual([expect.objectContaining({ allocationId, status: 'suspended', chargedGpuHours: 4100, highestThresholdReached: 100, overuse: true })]);
  const suspended = await people.committee.get(`/api/allocation/allocations/${allocationId}`);
  expect(suspended.body).toMatchObject({ status: 'suspended', suspendedBy: 'accounting' });

  const accountingHistory = await people.auditor.get(`/api/accounting/allocations/${allocationId}/history`);
  expect(accountingHistory.body.events.map((event: Json) => [event.type, event.actor.role])).toEqual([
    ['AllocationAccountOpened', 'system'],
    ['UsageBatchCharged', 'site'], ['UsageThresholdReached', 'site'],
    ['UsageBatchCharged', 'site'], ['UsageThresholdReached', 'site'],
    ['UsageBatchCharged', 'site'], ['UsageThresholdReached', 'site'], ['OveruseDetected', 'site'],
    ['AllocationAccountSuspended', 'system'],
  ]);
  expect(accountingHistory.body.events.filter((event: Json) => event.type === 'UsageThresholdReached').map((event: Json) => [event.data.thresholdPercent, event.data.chargedGpuHours])).toEqual([[75, 3000], [90, 3600], [100, 4100]]);
  expect(accountingHistory.body.events[7].data).toMatchObject({ action: 'suspend', awardedGpuHours: 4000, chargedGpuHours: 4100, detectedAt: crossedAt });

  const allocationHistory = await people.auditor.get(`/api/allocation/allocations/${allocationId}/history`);
  expect(allocationHistory.body.events.map((event: Json) => [event.type, event.actor.role])).toEqual([
    ['AllocationOpened', 'system'], ['AllocationActivated', 'site'], ['AllocationSuspended', 'system'],
  ]);
  expect(allocationHistory.body.events[2]).toMatchObject({ actor: { id: 'accounting' }, data: { suspendedBy: 'accounting', reason: 'overuse: 4100 of 4000 GPU-hours charged', suspendedAt: account.body.suspension.since } });

  // Further jobs are kept, flagged, and not charged.
  const more = await people.site.post('/api/accounting/usage', { records: [jobRecord('leonardo', 'booster', projectId, '4200004', ended(0.5), 3600, 4, 1)] });
  expect(more.body).toMatchObject({ accepted: 0, flagged: 1, flaggedRecords: [{ jobId: '4200004', reason: 'allocation-suspended' }], charged: [] });
  await world.settle();
  expect((await people.accounting.get(`/api/accounting/allocations/${allocationId}`)).etag).toBe(account.etag);
}

/**
 * (3) The same `sacct --parsable2` file sent twice: the second import finds only duplicates and
 * changes nothing (balance, history, job records, ETag).
 */
export async function resentUsageFileChangesNothing(world: World): Promise<void> {
  const organisationId = 'org-resend-fjord';
  const people = await staffFor(world, organisationId, 'resend', 'lumi');
  await registerAndSign(world, people, organisationId, 'Fjord Speech AB');
  const { allocationId, projectId } = await activeAllocation(world, people, organisationId, {
    title: 'Fjord speech recognition', mode: 'fast-lane', system: 'lumi', partition: 'lumi-g', gpuHours: 10000, durationMonths: 1, startDate: isoDay(world.now()), monthlyUsagePlan: [10000],
  });
  const line = (jobId: string, hoursAgo: number, seconds: number, tres: string, joules: number, state = 'COMPLETED') => {
    const end = new Date(world.now().getTime() - hoursAgo * 3_600_000);
    return [jobId, 'train', projectId, 'lumi-g', slurmTime(new Date(end.getTime() - seconds * 1000)), slurmTime(end), seconds, state, tres, joules].join('|');
  };
  // LUMI-G bills whole nodes, 4 GPU-h per node-hour: 2 nodes x 2 h = 16, 1 node x 0.5 h = 2, 8 nodes x 10 h = 320.
  const file = [
    'JobID|JobName|Account|Partition|Start|End|ElapsedRaw|State|AllocTRES|ConsumedEnergyRaw',
    line('4300001', 3, 7200, 'billing=256,cpu=256,gres/gpu=8,mem=960G,node=2', 72_000_000),
    line('4300001.batch', 3, 7200, 'cpu=128,mem=480G,node=1', 1_000_000),
    line('4300001.extern', 3, 7200, 'billing=256,cpu=256,gres/gpu=8,node=2', 0),
    line('4300002_1', 2, 1800, 'billing=128,cpu=128,gres/gpu=4,node=1', 3_600_000, 'FAILED'),
    line('4300003+0', 1, 36000, 'billing=1024,cpu=1024,gres/gpu=32,node=8', 360_000_000),
  ].join('\n') + '\n';

  const firstSentAt = world.now();
  const first = await people.site.post('/api/accounting/usage/sacct?system=lumi', file, { contentType: 'text/plain', idempotencyKey: 'lumi-sacct-first' });
  expect(first.body).toEqual({
    importId: expect.any(String), source: 'sacct', system: 'lumi', receivedAt: expect.any(String),
    accepted: 3, duplicates: 0, flagged: 0, flaggedRecords: [], rejected: [], stepsIgnored: 2,
    charged: [{ allocationId, jobs: 3, gpuHours: 338 }],
  });
  expectWithin(first.body.receivedAt, firstSentAt, world.now());
  await world.settle();
  const account = await people.accounting.get(`/api/accounting/allocations/${allocationId}`);
  expect(account.body).toMatchObject({ status: 'active', awardedGpuHours: 10000, chargedGpuHours: 338, balanceGpuHours: 9662, usedPercent: 3.38, energyKwh: 121, jobs: 3, thresholdsReached: [] });
  expect(account.etag).toBe('"1"');
  const history = await people.auditor.get(`/api/accounting/allocations/${allocationId}/history`);
  expect(eventTypes(history.body)).toEqual(['AllocationAccountOpened', 'UsageBatchCharged']);
  expect(history.body.events[1].data).toMatchObject({ jobIds: ['4300001', '4300002_1', '4300003+0'], gpuHours: 338, energyKwh: 121 });
  const jobs = await people.accounting.get(`/api/accounting/allocations/${allocationId}/job-records`);
  expect(jobs.body.items.map((job: Json) => [job.jobId, job.gpuHours, job.energyKwh, job.status])).toEqual([
    ['4300003+0', 320, 100, 'charged'], ['4300002_1', 2, 1, 'charged'], ['4300001', 16, 20, 'charged'],
  ]);
  const balances = await people.accounting.get(`/api/accounting/allocations?organisationId=${organisationId}`);
  expect(balances.body.items).toEqual([expect.objectContaining({ allocationId, chargedGpuHours: 338, balanceGpuHours: 9662, energyKwh: 121, jobs: 3, revision: 1 })]);

  // The same file again (a new request, not an idempotent replay): every job is a duplicate.
  const secondSentAt = world.now();
  const second = await people.site.post('/api/accounting/usage/sacct?system=lumi', file, { contentType: 'text/plain', idempotencyKey: 'lumi-sacct-resent' });
  expect(second.body).toEqual({
    importId: expect.any(String), source: 'sacct', system: 'lumi', receivedAt: expect.any(String),
    accepted: 0, duplicates: 3, flagged: 0, flaggedRecords: [], rejected: [], stepsIgnored: 2, charged: [],
  });
  expectWithin(second.body.receivedAt, secondSentAt, world.now());
  expect(second.body.importId).not.toBe(first.body.importId);
  await world.settle();

  const accountAfter = await people.accounting.get(`/api/accounting/allocations/${allocationId}`);
  expect(accountAfter.body).toEqual(account.body);
  expect(accountAfter.etag).toBe(account.etag);
  expect((await people.auditor.get(`/api/accounting/allocations/${allocationId}/history`)).body).toEqual(history.body);
  expect((await people.accounting.get(`/api/accounting/allocations/${allocationId}/job-records`)).body).toEqual(jobs.body);
  expect((await people.accounting.get(`/api/accounting/allocations?organisationId=${organisationId}`)).body).toEqual(balances.body);
  expect((await people.accounting.get('/api/accounting/record-conflicts?system=lumi')).body.items.filter((c: Json) => c.jobId.startsWith('43000'))).toEqual([]);

  // Both imports are on record, the re-send with its duplicates.
  const imports = await people.accounting.get('/api/accounting/imports?system=lumi&source=sacct');
  const ours = imports.body.items.filter((item: Json) => [first.body.importId, second.body.importId].includes(item.importId));
  expect(ours.map((item: Json) => [item.importId, item.accepted, item.duplicates])).toEqual([[second.body.importId, 0, 3], [first.body.importId, 3, 0]]);

  // Leonardo's site cannot charge this LUMI allocation (issue 12: a 32,000 GPU-hour job once went
  // through and suspended it), nor read LUMI's imports or job records; nothing changes.
  const leonardoSite = await world.as('site', { userId: 'site-resend-leonardo', siteId: hostingSiteOf('leonardo') });
  const huge = jobRecord('lumi', 'lumi-g', projectId, '4300009', new Date(world.now().getTime() - 3_600_000), 80 * 3600, 400, 100);
  const foreign = await leonardoSite.post('/api/accounting/usage', { records: [huge] }, { expect: [403] });
  expect(foreign.body).toMatchObject({ code: 'system-of-another-site', errors: [{ field: 'records.0.system', reason: 'site cineca does not host system lumi' }] });
  const disguised = await leonardoSite.post('/api/accounting/usage', { records: [{ ...huge, system: 'leonardo', partition: 'booster' }] }, { expect: [403] });
  expect(disguised.body).toMatchObject({ code: 'system-of-another-site', errors: [{ field: 'records.0.account', reason: 'site cineca does not host system lumi' }] });
  expect((await leonardoSite.get(`/api/accounting/imports/${first.body.importId}`, { expect: [404] })).status).toBe(404);
  expect((await leonardoSite.get(`/api/accounting/allocations/${allocationId}/job-records`, { expect: [403] })).status).toBe(403);
  await world.settle();
  expect((await people.accounting.get(`/api/accounting/allocations/${allocationId}`)).body).toEqual(account.body);
}

/**
 * (4) A missing final report bars the organisation: its next application fails screening on the
 * not-barred rule; the report lifts the bar and a new application passes.
 */
export async function missingFinalReportBarsNextApplication(world: World): Promise<void> {
  const organisationId = 'org-report-delta';
  const people = await staffFor(world, organisationId, 'report', 'vega');
  await registerAndSign(world, people, organisationId, 'Delta Forecasting BV');
  const { allocationId, allocation, projectId } = await activeAllocation(world, people, organisationId, {
    title: 'Delta flood forecasting', mode: 'playground', system: 'vega', partition: 'gpu', gpuHours: 2000, durationMonths: 1, startDate: isoDay(world.now()), monthlyUsagePlan: [2000],
  });
  // At the end date (00:00 UTC) the allocation closes; the final report is due 3 months later.
  // Closed when the deadline fires: at the end date embedded, a scheduler tick after it distributed.
  const end = new Date(`${allocation.end as string}T00:00:00.000Z`);
  await world.advance(end.getTime() - world.now().getTime());
  const closed = await people.applicant.get(`/api/allocation/allocations/${allocationId}`);
  const finalReportDue = isoDay(addMonthsUtc(end, 3));
  expect(closed.body).toMatchObject({ status: 'closed', finalReportDue, finalReportSubmittedAt: null, finalReportOverdue: false });
  const listed = await people.applicant.get(`/api/allocation/allocations?organisationId=${organisationId}`);
  const closedAt = listed.body.items.find((item: Json) => item.allocationId === allocationId).closedAt as string;
  expectWithin(closedAt, end, world.now());
  expect((await people.accounting.get(`/api/accounting/allocations/${allocationId}`)).body).toMatchObject({ status: 'closed' });
  const standing = await people.applicant.get(`/api/allocation/organisations/${organisationId}/standing`);
  expect(standing.body).toEqual({ organisationId, allocations: [allocationId], barred: false, overdueFinalReports: [] });

  // The due date passes without a report: the organisation is barred.
  await world.advance(new Date(`${finalReportDue}T00:00:00.000Z`).getTime() - world.now().getTime());
  const barred = await people.applicant.get(`/api/allocation/organisations/${organisationId}/standing`);
  expect(barred.body).toEqual({ organisationId, allocations: [allocationId], barred: true, overdueFinalReports: [allocationId] });
  const overdue = await people.applicant.get(`/api/allocation/allocations/${allocationId}`);
  expect(overdue.body).toMatchObject({ status: 'closed', finalReportDue, finalReportSubmittedAt: null, finalReportOverdue: true });

  // Its next application fails screening on the not-barred rule; the officer cannot confirm it.
  const next = { title: 'Delta flood forecasting II', mode: 'playground', system: 'vega', partition: 'gpu', gpuHours: 3000, durationMonths: 1, startDate: isoDay(new Date(world.now().getTime() + 7 * DAY)), monthlyUsagePlan: [3000] };
  const refused = await submitAndScreen(people, organisationId, next);
  const barReason = `the organisation is barred from new calls: final report for ${projectId} overdue since ${finalReportDue}`;
  expect(refused.screening.checks.filter((check: Json) => !check.passed)).toEqual([{ rule: 'not-barred', passed: false, reason: barReason }]);
  const confirm = await people.intake.post(`/api/applications/${refused.applicationId}/screening`, { decision: 'eligible' }, { expect: [422] });
  expect(confirm.body).toMatchObject({ status: 422, code: 'automatic-checks-failed' });
  const ineligible = await people.intake.post(`/api/applications/${refused.applicationId}/screening`, { decision: 'ineligible' });
  expect(ineligible.body).toMatchObject({ status: 'ineligible', reasons: [barReason] });
  const refusedHistory = await people.auditor.get(`/api/applications/${refused.applicationId}/history`);
  expect(refusedHistory.body.events.map((event: Json) => [event.type, event.actor.role])).toEqual([
    ['ApplicationDrafted', 'applicant'], ['ApplicationSubmitted', 'applicant'], ['ScreeningStarted', 'intake-officer'], ['ApplicationFoundIneligible', 'intake-officer'],
  ]);

  // The final report lifts the bar; a new application passes screening.
  const reportedFrom = world.now();
  const report = await people.applicant.post(`/api/allocation/allocations/${allocationId}/final-report`, {
    results: 'Flood forecasts at 1 km for the Rhine delta; model weights published.', energyKwh: 850, computeFlop: 2.1e21, acknowledgement: true,
  }, { ifMatch: overdue.etag ?? undefined });
  expect(report.body).toMatchObject({ status: 'closed', finalReportSubmittedAt: expect.any(String), finalReportOverdue: false });
  expectWithin(report.body.finalReportSubmittedAt, reportedFrom, world.now());
  await world.settle();
  const lifted = await people.applicant.get(`/api/allocation/organisations/${organisationId}/standing`);
  expect(lifted.body).toEqual({ organisationId, allocations: [allocationId], barred: false, overdueFinalReports: [] });
  const again = await submitAndScreen(people, organisationId, { ...next, title: 'Delta flood forecasting III' });
  expect(again.screening.checks).toContainEqual({ rule: 'not-barred', passed: true, reason: 'not barred from new calls' });
  expect(again.screening.checks.every((check: Json) => check.passed)).toBe(true);
  const eligible = await people.intake.post(`/api/applications/${again.applicationId}/screening`, { decision: 'eligible', note: 'Final report received; bar lifted.' });
  expect(eligible.body.status).toBe('eligible');

  const allocationHistory = await people.auditor.get(`/api/allocation/allocations/${allocationId}/history`);
  expect(allocationHistory.body.events.map((event: Json) => [event.type, event.actor.role])).toEqual([
    ['AllocationOpened', 'system'], ['AllocationActivated', 'site'], ['AllocationClosed', 'system'], ['FinalReportOverdue', 'system'], ['FinalReportSubmitted', 'applicant'],
  ]);
  expect(allocationHistory.body.events[2].data).toMatchObject({ closedAt, finalReportDue });
  expect(allocationHistory.body.events[4]).toMatchObject({ actor: { id: 'rep-report' }, data: { energyKwh: 850, computeFlop: 2.1e21, acknowledgement: true } });
}
