import { eventually } from '@hpc-access/testing';
import type { Json, PlatformClient } from '../../client/platform-client';
import type { World } from '../../testing-only/world';
import { dateFrom, eligibleApplication, ratings, registerReviewer, signedOrganisation, staffOf } from './review-and-capacity-steps';

/*
 * Who reads a dossier, end to end (ARCHITECTURE.md section 9): an ethics reviewer reads the
 * application in intake only while assigned to its case after declaring no conflict (ethics review
 * tells intake through its integration events, so intake follows eventually); a chair of the
 * applicant's organisation reads none of it; contacts' personal data stay with those who need them.
 */

/** The status of each dossier route in intake, and whether the list shows the application. */
async function intakeAccess(client: PlatformClient, id: string, organisationId: string) {
  const status = async (path: string) => (await client.get(path, { expect: [403] })).status;
  const list = await client.get('/api/applications?pageSize=100', { expect: [403] });
  return {
    application: await status(`/api/applications/${id}`),
    history: await status(`/api/applications/${id}/history`),
    organisation: await status(`/api/organisations/${organisationId}`),
    listed: list.status === 200 && list.body.items.some((item: Json) => item.applicationId === id),
  };
}

const REFUSED = { application: 403, history: 403, organisation: 403, listed: false };
const ALLOWED = { application: 200, history: 200, organisation: 200, listed: true };

export async function reviewerReadsTheDossierOnlyWhileCleared(world: World): Promise<void> {
  const staff = await staffOf(world);
  const organisationId = 'org-rc-dossier';
  const [system, partition] = ['lumi', 'lumi-g'];
  const applicant = await signedOrganisation(world, organisationId, 'rc-dora');
  const id = await eligibleApplication(world, staff, applicant, organisationId, { system, partition, startDate: dateFrom(world, 14), title: 'Speech models for Sámi languages' });
  await registerReviewer(staff.chair, 'rc-rev-dario', 'org-rc-university-f');
  const dario = await world.as('ethics-reviewer', { userId: 'rc-rev-dario', organisationId: 'org-rc-university-f' });

  // Not assigned: nothing in intake, nothing in ethics review, nothing in allocation.
  expect(await intakeAccess(dario, id, organisationId)).toEqual(REFUSED);
  expect((await dario.get(`/api/applications/${id}`, { expect: [403] })).body.code).toBe('not-cleared');
  expect((await dario.get(`/api/ethics/cases/${id}`, { expect: [403] })).body.code).toBe('not-assigned');
  expect((await dario.get(`/api/allocation/applications/${id}`, { expect: [403] })).status).toBe(403);

  // Assigned but not yet declared: still nothing of the dossier anywhere.
  await staff.chair.post(`/api/ethics/cases/${id}/assignments`, { reviewerId: 'rc-rev-dario' });
  await world.settle();
  expect(await intakeAccess(dario, id, organisationId)).toEqual(REFUSED);
  expect((await dario.get(`/api/ethics/cases/${id}`)).body).not.toHaveProperty('dossier');

  // A chair of the applicant's organisation reads none of the case, in ethics review nor in intake.
  const ownChair = await world.as('ethics-chair', { userId: 'rc-chair-own', organisationId });
  expect((await ownChair.get(`/api/ethics/cases/${id}`, { expect: [403] })).body.code).toBe('own-organisation');
  expect((await ownChair.get(`/api/ethics/cases/${id}/history`, { expect: [403] })).body.code).toBe('own-organisation');
  expect(await intakeAccess(ownChair, id, organisationId)).toEqual(REFUSED);

  // Declared no conflict: the dossier opens in ethics review at once, in intake once its read model follows.
  await dario.post(`/api/ethics/cases/${id}/declarations`, { conflict: false, statement: 'No ties to the applicant.' });
  expect((await dario.get(`/api/ethics/cases/${id}`)).body.dossier).toMatchObject({ title: 'Speech models for Sámi languages', system, partition });
  await eventually(async () => expect(await intakeAccess(dario, id, organisationId)).toEqual(ALLOWED), { timeoutMs: 30_000, intervalMs: 100 });
  expect((await dario.get(`/api/applications/${id}`)).body).toMatchObject({ applicationId: id, organisationId, proposal: { title: 'Speech models for Sámi languages' } });
  // The organisation, but none of its contacts' personal data; the applicant and the officer see them.
  const seenByReviewer = (await dario.get(`/api/organisations/${organisationId}`)).body;
  expect(seenByReviewer.contacts.map((c: Json) => Object.keys(c).sort())).toEqual([['personId', 'role'], ['personId', 'role']]);
  for (const reader of [applicant, staff.officer]) {
    expect((await reader.get(`/api/organisations/${organisationId}`)).body.contacts[0]).toMatchObject({ name: expect.any(String), email: expect.any(String) });
  }

  // The decision ends the assignment: the dossier closes to the reviewer again, everywhere.
  await dario.post(`/api/ethics/cases/${id}/reviews`, { ratings: ratings('no-issue', 'None found.') });
  await staff.chair.post(`/api/ethics/cases/${id}/decision`, { outcome: 'cleared' });
  const afterDecision = (await dario.get(`/api/ethics/cases/${id}`)).body;
  expect(afterDecision).toMatchObject({ status: 'decided', assignment: { endedAt: expect.any(String) }, review: { reviewerId: 'rc-rev-dario' } });
  expect(afterDecision).not.toHaveProperty('dossier');
  await eventually(async () => expect(await intakeAccess(dario, id, organisationId)).toEqual(REFUSED), { timeoutMs: 30_000, intervalMs: 100 });
}
