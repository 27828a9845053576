import { hostingSiteOf, organisationBody, proposalBody } from '@hpc-access/service-testing';
import type { Json, PlatformClient } from '../../client/platform-client';
import type { World } from '../../testing-only/world';

// The steps the scenarios of suspension-and-usage.ts share.
export const DAY = 24 * 60 * 60 * 1000;

/** YYYY-MM-DD of a moment, UTC. */
export const isoDay = (at: Date) => at.toISOString().slice(0, 10);
/** A Slurm timestamp in UTC, saying so: a zone-less one is read in the site's zone (ADR 20). */
export const slurmTime = (at: Date) => `${at.toISOString().slice(0, 19)}Z`;

/** The staff of one scenario: user ids and an organisation of their own, never the applicant's. */
export interface Staff {
  applicant: PlatformClient;
  intake: PlatformClient;
  chair: PlatformClient;
  reviewer: PlatformClient;
  reviewerId: string;
  assessor: PlatformClient;
  committee: PlatformClient;
  governance: PlatformClient;
  accounting: PlatformClient;
  site: PlatformClient;
  auditor: PlatformClient;
}

/** The programme's staff for one story; the technical assessor and the site are those of the site hosting `system`. */
export async function staffFor(world: World, organisationId: string, tag: string, system: string): Promise<Staff> {
  const staff = (role: string, userId: string) => world.as(role, { userId: `${userId}-${tag}`, organisationId: 'org-programme-office' });
  const siteId = hostingSiteOf(system);
  const reviewerId = `rita-${tag}`;
  const chair = await staff('ethics-chair', 'chiara');
  await chair.post('/api/ethics/reviewers', { reviewerId, organisationId: 'org-ethics-board', expertise: ['data-protection'] });
  return {
    applicant: await world.as('applicant', { userId: `rep-${tag}`, organisationId }),
    intake: await staff('intake-officer', 'ines'),
    chair,
    reviewer: await world.as('ethics-reviewer', { userId: reviewerId, organisationId: 'org-ethics-board' }),
    reviewerId,
    assessor: await world.as('technical-assessor', { userId: `tomas-${tag}`, organisationId: 'org-programme-office', siteId }),
    committee: await staff('allocation-committee', 'carla'),
    governance: await staff('governance-officer', 'greta'),
    accounting: await staff('accounting-officer', 'anton'),
    site: await world.as('site', { userId: `site-${tag}`, siteId }),
    auditor: await staff('auditor', 'aurel'),
  };
}

/** Step 1: the organisation is registered in intake and signs the current pledge in governance. */
export async function registerAndSign(world: World, people: Staff, organisationId: string, legalName: string): Promise<void> {
  await people.applicant.post('/api/organisations', organisationBody({ organisationId, legalName }));
  await world.settle();
  const versions = await people.applicant.get('/api/governance/pledge-versions');
  await people.applicant.post(`/api/governance/organisations/${organisationId}/signatures`, { pledgeVersion: Number(versions.body.currentVersion), optionalCommitments: ['human-oversight'] });
  await world.settle();
  const org = await people.applicant.get(`/api/organisations/${organisationId}`);
  expect(org.body.pledge).toMatchObject({ version: String(versions.body.currentVersion) });
}

/** Steps 2 and 3: a submitted application screened; returns its id and the screening answer. */
export async function submitAndScreen(people: Staff, organisationId: string, proposal: Record<string, unknown>): Promise<{ applicationId: string; screening: Json }> {
  const drafted = await people.applicant.post('/api/applications', { organisationId, proposal: proposalBody(proposal) });
  const applicationId = drafted.body.applicationId as string;
  await people.applicant.post(`/api/applications/${applicationId}/submit`);
  const screening = await people.intake.post(`/api/applications/${applicationId}/screening/start`);
  return { applicationId, screening: screening.body };
}

/** Steps 2 to 7: an application through screening, technical assessment and ethics to an active allocation. */
export async function activeAllocation(
  world: World,
  people: Staff,
  organisationId: string,
  proposal: { mode: string; system: string; partition: string; gpuHours: number; durationMonths: number; startDate: string; monthlyUsagePlan: number[]; title: string },
): Promise<{ applicationId: string; allocationId: string; projectId: string; allocation: Json }> {
  const { applicationId, screening } = await submitAndScreen(people, organisationId, proposal);
  expect(screening.checks.every((check: Json) => check.passed)).toBe(true);
  await people.intake.post(`/api/applications/${applicationId}/screening`, { decision: 'eligible', note: 'All rules pass.' });
  await world.settle();

  const held = await people.committee.get(`/api/allocation/applications?organisationId=${organisationId}&status=held`);
  expect(held.body.items.map((item: Json) => item.applicationId)).toContain(applicationId);
  const record = await people.assessor.get(`/api/allocation/applications/${applicationId}`);
  await people.assessor.post(`/api/allocation/applications/${applicationId}/technical-assessment`, { outcome: 'accepted', remarks: 'Codes installed; runs on the requested partition.' }, { ifMatch: record.etag ?? undefined });

  await people.chair.post(`/api/ethics/cases/${applicationId}/assignments`, { reviewerId: people.reviewerId });
  await people.reviewer.post(`/api/ethics/cases/${applicationId}/declarations`, { conflict: false, statement: 'No ties with the applicant.' });
  const principles = ['humanAgency', 'privacyAndDataGovernance', 'fairness', 'wellbeing', 'transparency', 'accountabilityAndOversight'];
  await people.reviewer.post(`/api/ethics/cases/${applicationId}/reviews`, { ratings: principles.map((principle) => ({ principle, rating: 'no-issue', comment: 'Adequately addressed.' })) });
  await people.chair.post(`/api/ethics/cases/${applicationId}/decision`, { outcome: 'cleared' });
  await world.settle();

  const awarded = await people.committee.get(`/api/allocation/applications/${applicationId}`);
  expect(awarded.body).toMatchObject({ status: 'awarded', technicalAssessment: { outcome: 'accepted' }, ethics: 'cleared' });
  const list = await people.committee.get(`/api/allocation/allocations?organisationId=${organisationId}`);
  const allocationId = list.body.items.find((item: Json) => item.applicationId === applicationId).allocationId as string;
  const detail = await people.site.get(`/api/allocation/allocations/${allocationId}`);
  await people.site.post(`/api/allocation/allocations/${allocationId}/provisioning`, { accountCreated: true, siteReference: `acct-${organisationId}` }, { ifMatch: detail.etag ?? undefined });
  await world.settle();
  const active = await people.committee.get(`/api/allocation/allocations/${allocationId}`);
  expect(active.body.status).toBe('active');
  return { applicationId, allocationId, projectId: active.body.projectId as string, allocation: active.body };
}

/** One job record as the site's JSON import takes it: `gpus` GPUs on `nodes` nodes for `seconds`, ending at `end`. */
export function jobRecord(system: string, partition: string, account: string, jobId: string, end: Date, seconds: number, gpus: number, nodes: number, energyJoules = 0) {
  return {
    system, jobId, account, partition,
    start: slurmTime(new Date(end.getTime() - seconds * 1000)), end: slurmTime(end),
    elapsedRaw: seconds, state: 'COMPLETED', allocTres: `billing=${gpus},cpu=${gpus * 8},gres/gpu=${gpus},node=${nodes}`, consumedEnergyRaw: energyJoules,
  };
}

export const eventTypes = (history: Json) => history.events.map((event: Json) => event.type);


/** The same day of the month `months` later (UTC), or that month's last day: how award terms count months. */
export function addMonthsUtc(at: Date, months: number): Date {
  const target = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(at.getUTCDate(), lastDay));
  return target;
}
