import type { Json, PlatformClient } from '../../client/platform-client';
import type { World } from '../../testing-only/world';
import { tenInBrussels } from './lifecycle-steps';
import { DAY, isoDay, submitAndScreen, type Staff } from './suspension-and-usage-steps';

// The steps the scenarios of rules-across-services.ts share (issue 16).

const PRINCIPLES = ['humanAgency', 'privacyAndDataGovernance', 'fairness', 'wellbeing', 'transparency', 'accountabilityAndOversight'];

/** Sets one pool's monthly capacity of a partition in allocation's configuration (PUT with If-Match). */
export async function setCapacity(world: World, committee: PlatformClient, system: string, partition: string, pool: 'continuous' | 'largeScale', gpuHours: number): Promise<void> {
  const configuration = await committee.get('/api/allocation/configuration');
  const changed = structuredClone(configuration.body);
  changed.systems.find((s: Json) => s.id === system).partitions.find((p: Json) => p.id === partition).monthlyCapacityGpuHours[pool] = gpuHours;
  await committee.put('/api/allocation/configuration', changed, { ifMatch: configuration.etag ?? undefined });
  await world.settle();
}

/** A second ethics reviewer: Large Scale cases need two. */
export async function secondReviewer(world: World, people: Staff, tag: string): Promise<{ id: string; client: PlatformClient }> {
  const id = `rolf-${tag}`;
  await people.chair.post('/api/ethics/reviewers', { reviewerId: id, organisationId: 'org-ethics-board', expertise: ['fairness'] });
  return { id, client: await world.as('ethics-reviewer', { userId: id, organisationId: 'org-ethics-board' }) };
}

/** Ethics: every reviewer declares no conflict and finds no issue; the chair clears it. */
export async function clearEthics(people: Staff, applicationId: string, reviewers: Array<{ id: string; client: PlatformClient }>): Promise<void> {
  for (const reviewer of reviewers) {
    await people.chair.post(`/api/ethics/cases/${applicationId}/assignments`, { reviewerId: reviewer.id });
    await reviewer.client.post(`/api/ethics/cases/${applicationId}/declarations`, { conflict: false, statement: 'No ties with the applicant.' });
    await reviewer.client.post(`/api/ethics/cases/${applicationId}/reviews`, { ratings: PRINCIPLES.map((principle) => ({ principle, rating: 'no-issue', comment: 'Adequately addressed.' })) });
  }
  await people.chair.post(`/api/ethics/cases/${applicationId}/decision`, { outcome: 'cleared' });
}

/** The hosting site's assessor accepts the application. */
export async function acceptTechnically(people: Staff, applicationId: string): Promise<void> {
  const record = await people.assessor.get(`/api/allocation/applications/${applicationId}`);
  await people.assessor.post(`/api/allocation/applications/${applicationId}/technical-assessment`, { outcome: 'accepted', remarks: 'Codes installed.' }, { ifMatch: record.etag ?? undefined });
}

/** Submitted, screened eligible (every rule passing), accepted technically and cleared by ethics. */
export async function clearedApplication(world: World, people: Staff, organisationId: string, proposal: Record<string, unknown>, reviewers: Array<{ id: string; client: PlatformClient }>): Promise<string> {
  const { applicationId, screening } = await submitAndScreen(people, organisationId, proposal);
  expect(screening.checks.filter((check: Json) => !check.passed)).toEqual([]);
  await people.intake.post(`/api/applications/${applicationId}/screening`, { decision: 'eligible', note: 'All rules pass.' });
  await world.settle();
  await acceptTechnically(people, applicationId);
  await clearEthics(people, applicationId, reviewers);
  await world.settle();
  return applicationId;
}

/** The committee scores a Large Scale application (weights 0.4, 0.35, 0.25). */
export async function scoreApplication(people: Staff, applicationId: string, scores: [number, number, number]): Promise<void> {
  const current = await people.committee.get(`/api/allocation/applications/${applicationId}`);
  const [excellence, innovationAndImpact, implementation] = scores;
  await people.committee.post(`/api/allocation/applications/${applicationId}/scores`, { excellence, innovationAndImpact, implementation }, { ifMatch: current.etag ?? undefined });
}

/** A Large Scale call whose one cut-off is at 10:00 in Brussels two working days on. */
export async function openCallSoon(world: World, committee: PlatformClient): Promise<{ callId: string; cutOffAt: Date }> {
  let day = new Date(world.now().getTime() + 2 * DAY);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day = new Date(day.getTime() + DAY);
  const cutOffAt = tenInBrussels(isoDay(day));
  const opened = await committee.post('/api/allocation/calls', { mode: 'large-scale', cutOffs: [cutOffAt.toISOString()] });
  return { callId: opened.body.callId as string, cutOffAt };
}

/** Who is held back at screening by governance: the rule and its reason, or passing. */
export async function governanceCheck(people: Staff, organisationId: string, proposal: Record<string, unknown>): Promise<Json> {
  const { screening } = await submitAndScreen(people, organisationId, proposal);
  return screening.checks.find((check: Json) => check.rule === 'in-good-standing-with-governance');
}

/** A pledge text for a new version (governance's publish route). */
export const PLEDGE_TEXT = {
  coreCommitments: { governanceStrategy: 'Adopt an AI governance strategy.', highRiskSystemsMap: 'Map likely high-risk AI systems.', aiLiteracy: 'Train staff in AI literacy.' },
  optionalCommitments: [{ id: 'human-oversight', text: 'Keep a human in the loop.' }],
  civilianUse: 'Civilian use only.',
  modelTrainingDuties: { modelDocumentationForm: 'Fill in the model documentation form.', trainingDataSummary: 'Publish a training-data summary.', copyrightPolicy: 'Honour text-and-data-mining opt-outs.' },
  summaryOfChanges: 'Adds the copyright policy to the duties of model training.',
};

export const typesOf = (history: Json): string[] => history.events.map((event: Json) => event.type);
