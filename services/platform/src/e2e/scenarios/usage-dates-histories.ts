import type { Json, PlatformClient } from '../../client/platform-client';
import type { World } from '../../testing-only/world';
import { openCallSoon } from './rules-across-services-steps';
import { activeAllocation, DAY, isoDay, registerAndSign, staffFor } from './suspension-and-usage-steps';

/** Every page of a history of `total` events, two at a time: the revisions in order, whatever the service. */
async function pagedAlike(reader: PlatformClient, path: string): Promise<Json> {
  const first = await reader.get(`${path}?page=1&pageSize=2`);
  expect(first.body).toMatchObject({ page: 1, pageSize: 2 });
  const revisions: number[] = [];
  for (let page = 1; (page - 1) * 2 < first.body.total; page++) {
    const answer = page === 1 ? first : await reader.get(`${path}?page=${page}&pageSize=2`);
    expect(answer.body.total).toBe(first.body.total);
    revisions.push(...answer.body.events.map((e: Json) => e.revision as number));
  }
  expect(revisions).toEqual([...Array(first.body.total as number).keys()]);
  return (await reader.get(path)).body;
}

/**
 * Every entity has a history, and every history pages (issue 16): an organisation in intake, a
 * breach report in governance, a call and a partition's capacity ledger in allocation, beside an
 * existing one (the allocation's in accounting), each paged as the lists and refused to a caller
 * outside its scope.
 */
export async function everyEntityHasAPagedHistory(world: World): Promise<void> {
  const organisationId = 'org-history-wren';
  const people = await staffFor(world, organisationId, 'history', 'vega');
  await registerAndSign(world, people, organisationId, 'Wren Robotics AB');
  const { allocationId } = await activeAllocation(world, people, organisationId, {
    title: 'Wren grasping policies', mode: 'playground', system: 'vega', partition: 'gpu', gpuHours: 2000, durationMonths: 1, startDate: isoDay(new Date(world.now().getTime() + DAY)), monthlyUsagePlan: [2000],
  });
  const outsider = await world.as('applicant', { userId: 'rep-history-other', organisationId: 'org-history-other' });

  const organisation = await pagedAlike(people.applicant, `/api/organisations/${organisationId}/history`);
  expect(organisation).toMatchObject({ organisationId, events: expect.arrayContaining([expect.objectContaining({ type: 'OrganisationRegistered', actor: expect.objectContaining({ role: 'applicant' }) })]) });
  await outsider.get(`/api/organisations/${organisationId}/history`, { expect: [403] });

  const report = await people.accounting.post('/api/governance/breach-reports', { organisationId, description: 'The copyright policy link is dead.', evidenceLinks: ['https://wren.example/policy'] });
  const reportId = report.body.reportId as string;
  await people.governance.post(`/api/governance/breach-reports/${reportId}/decision`, { decision: 'dismissed', note: 'The policy moved; the new link works.' });
  const breach = await pagedAlike(people.auditor, `/api/governance/breach-reports/${reportId}/history`);
  expect(breach).toMatchObject({ reportId, total: 2, events: [{ revision: 0, actor: { role: 'accounting-officer' } }, { revision: 1, actor: { role: 'governance-officer' } }] });
  await people.applicant.get(`/api/governance/breach-reports/${reportId}/history`, { expect: [403] });

  const { callId } = await openCallSoon(world, people.committee);
  expect(await pagedAlike(people.auditor, `/api/allocation/calls/${callId}/history`)).toMatchObject({ callId, total: 1, events: [{ actor: { role: 'allocation-committee' } }] });
  await people.site.get(`/api/allocation/calls/${callId}/history`, { expect: [403] });

  const ledger = await pagedAlike(people.committee, '/api/allocation/capacity/vega/gpu/history');
  expect(ledger.events.map((e: Json) => e.data.applicationId)).toContain((await people.committee.get(`/api/allocation/allocations/${allocationId}`)).body.applicationId);
  const leonardoAssessor = await world.as('technical-assessor', { userId: 'tomas-history-leonardo', siteId: 'cineca' });
  expect((await leonardoAssessor.get('/api/allocation/capacity/vega/gpu/history', { expect: [403] })).body).toMatchObject({ code: 'system-of-another-site' });

  await pagedAlike(people.auditor, `/api/allocation/allocations/${allocationId}/history`);
  await outsider.get(`/api/allocation/allocations/${allocationId}/history?page=1&pageSize=2`, { expect: [403] });
}
