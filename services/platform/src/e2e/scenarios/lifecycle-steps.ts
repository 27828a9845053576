import { hostingSiteOf, organisationBody, proposalBody } from '@hpc-access/service-testing';
import type { Json, PlatformClient } from '../../client/platform-client';
import type { World } from '../../testing-only/world';

/**
 * The steps of DOMAIN.md's lifecycle (1 to 10) as one person at a time does them over HTTP, each
 * checking the read model of the service that owns the step and returning what later steps need.
 * Shared by the lifecycle journeys; they run in embedded and in distributed mode alike.
 */

export const DAY_MS = 24 * 60 * 60 * 1000;

/** YYYY-MM-DD of a moment, in UTC. */
export const isoDate = (at: Date): string => at.toISOString().slice(0, 10);

/** The same calendar day, `months` later, or the last day of a shorter month. */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return isoDate(new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastDay))));
}

/** 10:00 in Brussels on the given calendar day, whatever the season (CET or CEST). */
export function tenInBrussels(date: string): Date {
  for (const utcHour of [9, 8]) {
    const candidate = new Date(`${date}T${String(utcHour).padStart(2, '0')}:00:00.000Z`);
    const local = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', hour: '2-digit', hour12: false }).format(candidate);
    if (Number(local) === 10) return candidate;
  }
  throw new Error(`no 10:00 in Brussels on ${date}`);
}

/** Event types and acting roles of a history answer, in order. */
export function typesAndRoles(history: Json): Array<[string, string]> {
  const events: Json[] = Array.isArray(history) ? history : (history.items ?? history.events);
  return events.map((e: Json) => [e.type, e.actor?.role ?? e.metadata?.actor?.role ?? e.role]);
}

/** The people of one journey: an applicant and staff, each of another organisation than the applicant's. */
export interface Cast {
  organisationId: string;
  applicant: PlatformClient;
  intakeOfficer: PlatformClient;
  assessor: PlatformClient;
  chair: PlatformClient;
  reviewers: Array<{ id: string; client: PlatformClient }>;
  committee: PlatformClient;
  governance: PlatformClient;
  accountingOfficer: PlatformClient;
  site: PlatformClient;
  auditor: PlatformClient;
}

/** The people of one journey; the site and its technical assessor are those of the site hosting `system`. */
export async function cast(world: World, tag: string, reviewerCount: number, system: string): Promise<Cast> {
  const organisationId = `org-${tag}`;
  const staff = (role: string, who: string) => world.as(role, { userId: `${who}-${tag}`, organisationId: `org-staff-${who}` });
  const siteStaff = (role: 'site' | 'technical-assessor', who: string) => world.as(role, { userId: `${who}-${tag}`, organisationId: `org-staff-${who}`, siteId: hostingSiteOf(system) });
  const reviewers = await Promise.all(
    Array.from({ length: reviewerCount }, async (_, i) => {
      const id = `reviewer-${i + 1}-${tag}`;
      return { id, client: await world.as('ethics-reviewer', { userId: id, organisationId: `org-university-${i + 1}` }) };
    }),
  );
  return {
    organisationId,
    applicant: await world.as('applicant', { userId: `founder-${tag}`, organisationId }),
    intakeOfficer: await staff('intake-officer', 'intake'),
    assessor: await siteStaff('technical-assessor', 'assessor'),
    chair: await staff('ethics-chair', 'chair'),
    reviewers,
    committee: await staff('allocation-committee', 'committee'),
    governance: await staff('governance-officer', 'governance'),
    accountingOfficer: await staff('accounting-officer', 'accounting'),
    site: await siteStaff('site', 'site'),
    auditor: await staff('auditor', 'auditor'),
  };
}

/** Step 1: the applicant registers the organisation; intake and governance both know it. */
export async function registerOrganisation(world: World, c: Cast, overrides: Record<string, unknown> = {}): Promise<void> {
  const created = await c.applicant.post('/api/organisations', organisationBody({ organisationId: c.organisationId, ...overrides }));
  expect(created.status).toBe(201);
  await world.settle();
  const organisation = await c.intakeOfficer.get(`/api/organisations/${c.organisationId}`);
  expect(organisation.body).toMatchObject({ organisationId: c.organisationId, country: 'EE', pledge: null });
  const pledge = await c.governance.get(`/api/governance/organisations/${c.organisationId}`);
  expect(pledge.body).toMatchObject({ organisationId: c.organisationId, status: 'unsigned' });
}

/** Step 1: the representative signs the current pledge version; intake records the signature. */
export async function signPledge(world: World, c: Cast): Promise<{ pledgeVersion: number }> {
  const versions = await c.applicant.get('/api/governance/pledge-versions');
  const pledgeVersion = versions.body.currentVersion;
  expect(pledgeVersion).toBe(1);
  const signed = await c.applicant.post(`/api/governance/organisations/${c.organisationId}/signatures`, { pledgeVersion, optionalCommitments: ['human-oversight'] });
  expect(signed.status).toBe(201);
  await world.settle();
  const record = await c.governance.get(`/api/governance/organisations/${c.organisationId}`);
  expect(record.body).toMatchObject({ organisationId: c.organisationId, status: 'signed' });
  const organisation = await c.intakeOfficer.get(`/api/organisations/${c.organisationId}`);
  // Intake keeps the version as text (its own record of the signature).
  expect(organisation.body.pledge).toMatchObject({ version: String(pledgeVersion), signedBy: expect.any(String) });
  return { pledgeVersion };
}

/** Step 2: a draft, then its submission; allocation registers it. */
export async function draftAndSubmit(world: World, c: Cast, proposal: Record<string, unknown>): Promise<{ applicationId: string; submittedAt: string }> {
  const draft = await c.applicant.post('/api/applications', { organisationId: c.organisationId, proposal: proposalBody(proposal) });
  expect(draft.status).toBe(201);
  const applicationId: string = draft.body.applicationId;
  expect(draft.body).toMatchObject({ applicationId, status: 'draft', organisationId: c.organisationId });
  const submitted = await c.applicant.post(`/api/applications/${applicationId}/submit`);
  expect(submitted.body).toMatchObject({ applicationId, status: 'submitted' });
  await world.settle();
  const list = await c.applicant.get(`/api/applications?organisationId=${c.organisationId}`);
  expect(list.body.items.map((i: Json) => [i.applicationId, i.status])).toEqual([[applicationId, 'submitted']]);
  return { applicationId, submittedAt: submitted.body.submittedAt };
}

/** Step 3: the officer starts screening (the automatic rules run) and confirms eligibility. */
export async function screenEligible(world: World, c: Cast, applicationId: string): Promise<void> {
  const started = await c.intakeOfficer.post(`/api/applications/${applicationId}/screening/start`);
  expect(started.body).toMatchObject({ applicationId, status: 'screening' });
  const decided = await c.intakeOfficer.post(`/api/applications/${applicationId}/screening`, { decision: 'eligible' });
  expect(decided.body).toMatchObject({ applicationId, status: 'eligible' });
  await world.settle();
  const detail = await c.applicant.get(`/api/applications/${applicationId}`);
  expect(detail.body).toMatchObject({ applicationId, status: 'eligible' });
}

/** Step 5: the chair registers the reviewers (once per journey). */
export async function registerReviewers(world: World, c: Cast): Promise<void> {
  for (const reviewer of c.reviewers) {
    const registered = await c.chair.post('/api/ethics/reviewers', { reviewerId: reviewer.id, organisationId: `org-university-${c.reviewers.indexOf(reviewer) + 1}`, expertise: ['privacy', 'fairness'] });
    expect(registered.status).toBe(201);
  }
  await world.settle();
  for (const reviewer of c.reviewers) {
    const listed = await c.chair.get(`/api/ethics/reviewers?organisationId=org-university-${c.reviewers.indexOf(reviewer) + 1}`);
    expect(listed.body.items.map((r: Json) => r.reviewerId)).toContain(reviewer.id);
  }
}

const PRINCIPLES = ['humanAgency', 'privacyAndDataGovernance', 'fairness', 'wellbeing', 'transparency', 'accountabilityAndOversight'];

/**
 * Step 5: each reviewer is assigned, declares no conflict (and only then sees the dossier),
 * rates every principle; the chair decides.
 */
export async function ethicsReview(
  world: World,
  c: Cast,
  applicationId: string,
  decision: { outcome: 'cleared' } | { outcome: 'cleared-with-conditions'; conditions: Array<{ text: string; dueDate: string }> },
): Promise<{ conditionIds: string[] }> {
  const opened = await c.chair.get(`/api/ethics/cases/${applicationId}`);
  expect(opened.body).toMatchObject({ caseId: applicationId, status: 'in-review', organisationId: c.organisationId, reviewersRequired: c.reviewers.length, reviewsIn: 0 });
  for (const reviewer of c.reviewers) {
    const assigned = await c.chair.post(`/api/ethics/cases/${applicationId}/assignments`, { reviewerId: reviewer.id });
    expect(assigned.status).toBe(200);
    const before = await reviewer.client.get(`/api/ethics/cases/${applicationId}`);
    expect(before.body.dossier).toBeUndefined();
    await reviewer.client.post(`/api/ethics/cases/${applicationId}/declarations`, { conflict: false, statement: 'No ties to the applicant.' });
    const after = await reviewer.client.get(`/api/ethics/cases/${applicationId}`);
    expect(after.body.dossier).toBeDefined();
    const ratings = PRINCIPLES.map((principle) => ({ principle, rating: principle === 'privacyAndDataGovernance' && decision.outcome !== 'cleared' ? 'minor-issue' : 'no-issue', comment: `Reviewed ${principle}.` }));
    await reviewer.client.post(`/api/ethics/cases/${applicationId}/reviews`, { ratings });
  }
  const decided = await c.chair.post(`/api/ethics/cases/${applicationId}/decision`, decision);
  expect(decided.body).toMatchObject({ caseId: applicationId, status: 'decided', reviewsIn: c.reviewers.length });
  await world.settle();
  const seen = await c.applicant.get(`/api/ethics/cases/${applicationId}`);
  expect(seen.body.decision).toMatchObject({ outcome: decision.outcome });
  expect(seen.body.reviews).toBeUndefined();
  const conditionIds: string[] = (seen.body.decision.conditions ?? []).map((condition: Json) => condition.conditionId ?? condition.id);
  return { conditionIds };
}

/** Step 4: the hosting site's assessor accepts the application as feasible. */
export async function technicalAssessment(world: World, c: Cast, applicationId: string, remarks: string): Promise<void> {
  const current = await c.assessor.get(`/api/allocation/applications/${applicationId}`);
  const assessed = await c.assessor.post(`/api/allocation/applications/${applicationId}/technical-assessment`, { outcome: 'accepted-with-remarks', remarks }, { ifMatch: current.etag ?? undefined });
  expect(assessed.status).toBe(200);
  await world.settle();
  const detail = await c.committee.get(`/api/allocation/applications/${applicationId}`);
  expect(detail.body.technicalAssessment).toMatchObject({ outcome: 'accepted-with-remarks', remarks });
}

/**
 * Step 6 (Large Scale): a call whose first cut-off is at 10:00 in Brussels at least two days on,
 * on a Monday to Thursday (so that the day after it is a working day too); a second two weeks later.
 */
export async function openCall(world: World, c: Cast): Promise<{ callId: string; cutOffAt: Date }> {
  let day = new Date(world.now().getTime() + 2 * DAY_MS);
  while (day.getUTCDay() === 0 || day.getUTCDay() >= 5) day = new Date(day.getTime() + DAY_MS);
  const cutOffAt = tenInBrussels(isoDate(day));
  const second = tenInBrussels(isoDate(new Date(cutOffAt.getTime() + 14 * DAY_MS)));
  const opened = await c.committee.post('/api/allocation/calls', { mode: 'large-scale', cutOffs: [cutOffAt.toISOString(), second.toISOString()] });
  expect(opened.status).toBe(201);
  const callId: string = opened.body.callId;
  await world.settle();
  const detail = await c.committee.get(`/api/allocation/calls/${callId}`);
  expect(detail.body.cutOffs).toEqual([
    { index: 0, at: cutOffAt.toISOString(), passed: false, committeeOrder: null, committeeOrderReason: null },
    { index: 1, at: second.toISOString(), passed: false, committeeOrder: null, committeeOrderReason: null },
  ]);
  return { callId, cutOffAt };
}

/** Step 6 (Large Scale): the committee scores the proposal. */
export async function score(world: World, c: Cast, applicationId: string, scores: { excellence: number; innovationAndImpact: number; implementation: number }): Promise<void> {
  const current = await c.committee.get(`/api/allocation/applications/${applicationId}`);
  const scored = await c.committee.post(`/api/allocation/applications/${applicationId}/scores`, scores, { ifMatch: current.etag ?? undefined });
  expect(scored.status).toBe(200);
  await world.settle();
  const detail = await c.committee.get(`/api/allocation/applications/${applicationId}`);
  expect(detail.body.scores).toMatchObject(scores);
}

/** Step 6: the award as the applicant sees it in allocation. */
export async function awardedAllocation(c: Cast, applicationId: string): Promise<Json> {
  const application = await c.applicant.get(`/api/allocation/applications/${applicationId}`);
  expect(application.body.status).toBe('awarded');
  const allocations = await c.applicant.get(`/api/allocation/allocations?organisationId=${c.organisationId}`);
  expect(allocations.body.items).toHaveLength(1);
  const allocation = allocations.body.items[0];
  expect(allocation).toMatchObject({ applicationId, organisationId: c.organisationId, status: 'awarded' });
  return allocation;
}

/** Step 7: the site confirms the project account; the allocation is active, accounting opens it. */
export async function provision(world: World, c: Cast, allocationId: string): Promise<Json> {
  const current = await c.site.get(`/api/allocation/allocations/${allocationId}`);
  const provisioned = await c.site.post(`/api/allocation/allocations/${allocationId}/provisioning`, { accountCreated: true, siteReference: `site-${allocationId}` }, { ifMatch: current.etag ?? undefined });
  expect(provisioned.body).toMatchObject({ allocationId, status: 'active' });
  await world.settle();
  const detail = await c.applicant.get(`/api/allocation/allocations/${allocationId}`);
  expect(detail.body).toMatchObject({ allocationId, status: 'active' });
  const account = await c.accountingOfficer.get(`/api/accounting/allocations/${allocationId}`);
  expect(account.body).toMatchObject({ allocationId, status: 'active' });
  return detail.body;
}

/** Step 8: the clock reaches the middle of the allocation's period; accounting reviews the use to date. */
export async function midTermReview(world: World, c: Cast, allocationId: string, startDate: string, endDate: string): Promise<Json> {
  const start = new Date(`${startDate}T00:00:00.000Z`).getTime();
  const middle = start + (new Date(`${endDate}T00:00:00.000Z`).getTime() - start) / 2;
  await world.advance(middle - world.now().getTime() + 60 * 60_000);
  const account = await c.accountingOfficer.get(`/api/accounting/allocations/${allocationId}`);
  expect(account.body.status).toBe('active');
  expect(new Date(account.body.midTerm.at).getTime()).toBeGreaterThanOrEqual(middle);
  // Plan to date: the monthly quota times the months elapsed at the review (average months, 365.25 / 12 days).
  const monthsElapsed = (new Date(account.body.midTerm.at).getTime() - start) / ((365.25 / 12) * DAY_MS);
  expect(account.body.midTerm.plannedGpuHours).toBeCloseTo(account.body.monthlyQuotaGpuHours * monthsElapsed, 0);
  return account.body.midTerm;
}

/** Step 10: at the end date the allocation closes (the clock is moved there) and accounting follows. */
export async function closeAtEndDate(world: World, c: Cast, allocationId: string, endDate: string): Promise<Json> {
  const endsAt = new Date(`${endDate}T00:00:00.000Z`).getTime();
  await world.advance(endsAt - world.now().getTime() + 60_000);
  const detail = await c.applicant.get(`/api/allocation/allocations/${allocationId}`);
  expect(detail.body).toMatchObject({ allocationId, status: 'closed' });
  const account = await c.accountingOfficer.get(`/api/accounting/allocations/${allocationId}`);
  expect(account.body).toMatchObject({ allocationId, status: 'closed' });
  return detail.body;
}

/** Step 10: the applicant's final report; the organisation stays in good standing. */
export async function finalReport(world: World, c: Cast, allocationId: string, report: { energyKwh: number; computeFlop: number }): Promise<Json> {
  const current = await c.applicant.get(`/api/allocation/allocations/${allocationId}`);
  expect(current.body).toMatchObject({ status: 'closed', finalReportSubmittedAt: null, finalReportOverdue: false });
  const before = world.now().getTime();
  const submitted = await c.applicant.post(
    `/api/allocation/allocations/${allocationId}/final-report`,
    { results: 'Model trained and released with evaluation on public benchmarks.', ...report, acknowledgement: true },
    { ifMatch: current.etag ?? undefined },
  );
  expect(submitted.status).toBe(200);
  await world.settle();
  const detail = await c.applicant.get(`/api/allocation/allocations/${allocationId}`);
  const at = new Date(detail.body.finalReportSubmittedAt).getTime();
  expect(at).toBeGreaterThanOrEqual(before);
  expect(at).toBeLessThanOrEqual(world.now().getTime());
  const standing = await c.applicant.get(`/api/allocation/organisations/${c.organisationId}/standing`);
  expect(standing.body).toEqual({ organisationId: c.organisationId, allocations: [allocationId], barred: false, overdueFinalReports: [] });
  return detail.body;
}

/** A finished Slurm job of `gpus` GPUs (four a node), `hours` long, ending at `end`. */
export interface Job {
  jobId: string;
  hours: number;
  gpus: number;
  end: Date;
  energyJoules: number;
}

/** Moments `days` before a fixed one (fixed, so a job re-sent later carries the same figures). */
export const daysBefore = (at: Date) => (days: number) => new Date(at.getTime() - days * DAY_MS);

/** The monthly burn accounting should show: GPU-hours per UTC month a job ended in, against the quota, flagged past the seed's 50 % margin. */
export function burnByMonth(jobs: Job[], quotaGpuHours: number): Array<{ month: string; gpuHours: number; quotaGpuHours: number; percentOfQuota: number; overQuota: boolean }> {
  const months = new Map<string, number>();
  for (const job of jobs) {
    const month = isoDate(job.end).slice(0, 7);
    months.set(month, (months.get(month) ?? 0) + job.hours * job.gpus);
  }
  return [...months].sort(([a], [b]) => a.localeCompare(b))
    .map(([month, gpuHours]) => ({ month, gpuHours, quotaGpuHours, percentOfQuota: Math.round((gpuHours / quotaGpuHours) * 10_000) / 100, overQuota: gpuHours * 100 > quotaGpuHours * 150 }));
}

const allocTres = (gpus: number) => `billing=${gpus * 8},cpu=${gpus * 8},gres/gpu=${gpus},node=${Math.ceil(gpus / 4)}`;

// UTC, saying so: a zone-less time is read in the site's zone (ADR 20).
const slurmTime = (at: Date) => `${at.toISOString().slice(0, 19)}Z`;

/** Step 8: the site sends job records as JSON. */
export async function sendUsageJson(world: World, c: Cast, system: string, partition: string, account: string, jobs: Job[]): Promise<Json> {
  const records = jobs.map((job) => ({
    system,
    jobId: job.jobId,
    account,
    partition,
    start: slurmTime(new Date(job.end.getTime() - job.hours * 3_600_000)),
    end: slurmTime(job.end),
    elapsedRaw: job.hours * 3600,
    state: 'COMPLETED',
    allocTres: allocTres(job.gpus),
    consumedEnergyRaw: job.energyJoules,
  }));
  const report = await c.site.post('/api/accounting/usage', { records });
  expect(report.status).toBe(201);
  await world.settle();
  return report.body;
}

/** Step 8: the site sends the output of `sacct --parsable2` (a step line included, which is ignored). */
export async function sendUsageSacct(world: World, c: Cast, system: string, partition: string, account: string, jobs: Job[]): Promise<Json> {
  const lines = ['JobID|Account|Partition|Start|End|ElapsedRaw|State|AllocTRES|ConsumedEnergyRaw'];
  for (const job of jobs) {
    const start = slurmTime(new Date(job.end.getTime() - job.hours * 3_600_000));
    lines.push(`${job.jobId}|${account}|${partition}|${start}|${slurmTime(job.end)}|${job.hours * 3600}|COMPLETED|${allocTres(job.gpus)}|${job.energyJoules}`);
    lines.push(`${job.jobId}.batch|${account}|${partition}|${start}|${slurmTime(job.end)}|${job.hours * 3600}|COMPLETED|cpu=8,mem=64G,node=1|0`);
  }
  const report = await c.site.post(`/api/accounting/usage/sacct?system=${system}`, `${lines.join('\n')}\n`, { contentType: 'text/plain' });
  expect(report.status).toBe(201);
  await world.settle();
  return report.body;
}
