import { hostingSiteOf, organisationBody, proposalBody } from '@hpc-access/service-testing';
import type { Json, PlatformClient } from '../../client/platform-client';
import type { World } from '../../testing-only/world';

// The steps the scenarios of review-and-capacity.ts share.
export const DAY = 24 * 60 * 60 * 1000;
export const PRINCIPLES = ['humanAgency', 'privacyAndDataGovernance', 'fairness', 'wellbeing', 'transparency', 'accountabilityAndOversight'];
export const STAFF_ORGANISATION = 'org-rc-programme-office';

// ---- small step helpers (this file's own) ---------------------------------------------------

/** The programme's staff, none of them from an applicant's organisation. */
export async function staffOf(world: World) {
  return {
    officer: await world.as('intake-officer', { userId: 'rc-olga', organisationId: STAFF_ORGANISATION }),
    chair: await world.as('ethics-chair', { userId: 'rc-chiara', organisationId: STAFF_ORGANISATION }),
    committee: await world.as('allocation-committee', { userId: 'rc-cora', organisationId: STAFF_ORGANISATION }),
    /** The technical assessor of the site hosting `system`: a site assesses only its own systems. */
    assessorOf: (system: string) => world.as('technical-assessor', { userId: `rc-tomas-${system}`, organisationId: 'org-rc-hosting-site', siteId: hostingSiteOf(system) }),
  };
}
export type Staff = Awaited<ReturnType<typeof staffOf>>;

/** A YYYY-MM-DD date `days` after the platform's now. */
export function dateFrom(world: World, days: number): string {
  return new Date(world.now().getTime() + days * DAY).toISOString().slice(0, 10);
}

/** The `count` calendar months (YYYY-MM) starting with the month of `date`. */
export function monthsFrom(date: string, count: number): string[] {
  const [year, month] = date.split('-').map(Number);
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(year, month - 1 + i, 1));
    return d.toISOString().slice(0, 7);
  });
}

export const types = (history: Json): string[] => history.events.map((e: Json) => e.type);
export const actors = (history: Json): Array<{ type: string; role: string }> => history.events.map((e: Json) => ({ type: e.type, role: e.actor.role }));

/** Registers the organisation, its representative signs the current pledge; returns the applicant. */
export async function signedOrganisation(world: World, organisationId: string, userId: string): Promise<PlatformClient> {
  const applicant = await world.as('applicant', { userId, organisationId });
  await applicant.post('/api/organisations', organisationBody({ organisationId, legalName: `${organisationId} Labs OÜ` }));
  await world.settle();
  const versions = await applicant.get('/api/governance/pledge-versions');
  await applicant.post(`/api/governance/organisations/${organisationId}/signatures`, { pledgeVersion: versions.body.currentVersion, optionalCommitments: [] });
  await world.settle();
  return applicant;
}

/** Drafts and submits a playground application; the officer screens it eligible. */
export async function eligibleApplication(world: World, staff: Staff, applicant: PlatformClient, organisationId: string, proposal: Record<string, unknown>): Promise<string> {
  const draft = await applicant.post('/api/applications', { organisationId, proposal: proposalBody({ mode: 'playground', gpuHours: 4000, durationMonths: 2, monthlyUsagePlan: [2000, 2000], ...proposal }) });
  const id = draft.body.applicationId as string;
  await applicant.post(`/api/applications/${id}/submit`);
  await staff.officer.post(`/api/applications/${id}/screening/start`);
  const screened = await staff.officer.post(`/api/applications/${id}/screening`, { decision: 'eligible', note: 'All rules pass.' });
  expect(screened.body.status).toBe('eligible');
  await world.settle();
  return id;
}

export async function assessTechnically(staff: Staff, id: string, outcome: 'accepted' | 'accepted-with-remarks' | 'rejected', remarks: string): Promise<Json> {
  const current = await staff.committee.get(`/api/allocation/applications/${id}`);
  const assessor = await staff.assessorOf(current.body.request.system);
  const assessed = await assessor.post(`/api/allocation/applications/${id}/technical-assessment`, { outcome, remarks }, { ifMatch: current.etag! });
  return assessed.body;
}

export async function registerReviewer(chair: PlatformClient, reviewerId: string, organisationId: string): Promise<void> {
  await chair.post('/api/ethics/reviewers', { reviewerId, organisationId, expertise: ['privacy', 'fairness'] }, { idempotencyKey: `register-${reviewerId}` });
}

export function ratings(rating: 'no-issue' | 'minor-issue' | 'major-issue', comment: string) {
  return PRINCIPLES.map((principle) => ({ principle, rating, comment }));
}

/** The continuous (Playground + Fast Lane) pool of one partition, for the given months. */
export async function continuousPool(client: PlatformClient, system: string, partition: string, from: string, months: number): Promise<Json> {
  const capacity = await client.get(`/api/allocation/capacity?system=${system}&partition=${partition}&from=${from}&months=${months}`);
  return capacity.body.partitions[0].pools.find((p: Json) => p.pool === 'continuous');
}

/** The configured monthly capacity of the continuous pool of a partition. */
export async function configuredCapacity(client: PlatformClient, system: string, partition: string): Promise<number> {
  const configuration = (await client.get('/api/allocation/configuration')).body;
  return configuration.systems.find((s: Json) => s.id === system).partitions.find((p: Json) => p.id === partition).monthlyCapacityGpuHours.continuous;
}

export const month = (m: string, held: number, awarded: number, capacity: number) => ({ month: m, held, awarded, free: capacity - held - awarded });

/** An application as allocation's list shows it (status held, queued, hold-expired..., its hold or queue place). */
export async function allocationSummary(client: PlatformClient, organisationId: string, applicationId: string): Promise<Json> {
  const list = (await client.get(`/api/allocation/applications?organisationId=${organisationId}`)).body;
  return list.items.find((item: Json) => item.applicationId === applicationId);
}

export async function holdsOf(client: PlatformClient, system: string, partition: string): Promise<Json[]> {
  return (await client.get(`/api/allocation/holds?system=${system}&partition=${partition}`)).body.items;
}
