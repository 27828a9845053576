import type { Json } from '../../client/platform-client';
import type { World } from '../../testing-only/world';
import { DAY, activeAllocation, isoDay, jobRecord, registerAndSign, staffFor, submitAndScreen } from './suspension-and-usage-steps';
import { PLEDGE_TEXT, governanceCheck, typesOf } from './rules-across-services-steps';

/**
 * Issue 16: the programme's rules hold across services. Each scenario speaks HTTP only and runs
 * against the embedded and the distributed platform alike (one platform per spec file).
 */

/**
 * (A) An allocation suspended for overuse is suspended by governance too when a breach report is
 * confirmed (an event of its own); the organisation's new application fails screening on the
 * named rule; the committee's resumption lifts overuse only, and the allocation stays suspended
 * until governance reinstates the organisation, which lifts governance's reason only.
 */
export async function suspensionReasonsLiftOnlyTheirOwn(world: World): Promise<void> {
  const organisationId = 'org-rules-halden';
  const people = await staffFor(world, organisationId, 'rules-a', 'vega');
  await registerAndSign(world, people, organisationId, 'Halden Speech AS');
  const { allocationId, projectId } = await activeAllocation(world, people, organisationId, {
    title: 'Halden speech', mode: 'playground', system: 'vega', partition: 'gpu', gpuHours: 2000, durationMonths: 1, startDate: isoDay(world.now()), monthlyUsagePlan: [2000],
  });

  // 50 nodes x 4 GPUs for 10.5 h = 2,100 of 2,000 GPU-h, run after the start: accounting's overuse suspends it.
  await world.advance(12 * 3_600_000);
  await people.site.post('/api/accounting/usage', { records: [jobRecord('vega', 'gpu', projectId, '5100001', new Date(world.now().getTime() - 600_000), 10.5 * 3600, 200, 50)] });
  await world.settle();
  const url = `/api/allocation/allocations/${allocationId}`;
  expect((await people.committee.get(url)).body).toMatchObject({ status: 'suspended', suspendedBy: 'accounting', suspensions: [{ cause: 'overuse', suspendedBy: 'accounting' }] });

  // A confirmed breach report: governance suspends every allocation of the organisation at once,
  // and this one, already suspended, gets governance's reason beside overuse.
  const description = 'Training data scraped against text-and-data-mining opt-outs.';
  const report = await people.accounting.post('/api/governance/breach-reports', { organisationId, description, evidenceLinks: ['https://halden.example/evidence'] });
  await people.governance.post(`/api/governance/breach-reports/${report.body.reportId as string}/decision`, { decision: 'confirmed', note: 'Evidence checked.' });
  await world.settle();
  const both = (await people.committee.get(url)).body;
  expect(both).toMatchObject({ status: 'suspended', suspendedBy: 'accounting' });
  expect(both.suspensions.map((s: Json) => [s.cause, s.suspendedBy, s.reason])).toEqual([
    ['overuse', 'accounting', 'overuse: 2100 of 2000 GPU-hours charged'], ['governance', 'governance', `breach confirmed: ${description}`],
  ]);

  // Its next application fails screening on the named rule.
  const next = { title: 'Halden speech II', mode: 'playground', system: 'vega', partition: 'gpu', gpuHours: 1000, durationMonths: 1, startDate: isoDay(new Date(world.now().getTime() + 7 * DAY)), monthlyUsagePlan: [1000] };
  const held = await governanceCheck(people, organisationId, next);
  expect(held).toMatchObject({ rule: 'in-good-standing-with-governance', passed: false });
  expect(held.reason).toContain(`suspended by governance since ${both.suspensions[1].since as string}: breach confirmed: ${description}`);

  // The committee lifts overuse, its own: still suspended by governance, and the answer says so.
  const current = await people.committee.get(url);
  const lifted = await people.committee.post(`${url}/resumption`, undefined, { ifMatch: current.etag ?? undefined });
  expect(lifted.body).toMatchObject({ status: 'suspended', suspendedBy: 'governance', suspensions: [{ cause: 'governance', suspendedBy: 'governance' }] });
  expect(lifted.body.suspensions).toHaveLength(1);
  const nothingLeft = await people.committee.post(`${url}/resumption`, undefined, { expect: [409] });
  expect(nothingLeft.body).toMatchObject({ status: 409, code: 'suspended-by-others' });
  await world.settle();
  expect((await people.accounting.get(`/api/accounting/allocations/${allocationId}`)).body.status).toBe('suspended');

  // Signing the pledge again remedies the breach; the officer reinstates: governance's reason goes, it is active.
  const versions = await people.applicant.get('/api/governance/pledge-versions');
  await people.applicant.post(`/api/governance/organisations/${organisationId}/signatures`, { pledgeVersion: Number(versions.body.currentVersion), optionalCommitments: ['human-oversight'] });
  await people.governance.post(`/api/governance/organisations/${organisationId}/reinstatement`, { reason: 'Opt-outs honoured; pledge signed again.' });
  await world.settle();
  expect((await people.committee.get(url)).body).toMatchObject({ status: 'active', suspendedBy: null, suspensions: [] });
  expect((await people.accounting.get(`/api/accounting/allocations/${allocationId}`)).body.status).toBe('active');
  const history = (await people.auditor.get(`${url}/history`)).body;
  expect(typesOf(history)).toEqual(['AllocationOpened', 'AllocationActivated', 'AllocationSuspended', 'SuspensionReasonAdded', 'SuspensionReasonsLifted', 'AllocationResumed']);
  expect(history.events[4]).toMatchObject({ actor: { id: 'carla-rules-a', role: 'allocation-committee' }, data: { lifted: ['overuse'], liftedBy: 'staff', remaining: [{ cause: 'governance' }] } });
  expect(history.events[5].data).toMatchObject({ lifted: ['governance'], resumedBy: 'governance' });
  expect(await governanceCheck(people, organisationId, { ...next, title: 'Halden speech III' })).toEqual({ rule: 'in-good-standing-with-governance', passed: true, reason: 'not suspended by governance, no breach open' });
}

/**
 * (C) A new pledge version not signed again by its date: governance publishes the lapse, and
 * intake treats the organisation as unsigned (screening fails on pledge-signed) until it signs.
 * Publishes a version for the whole platform: the last scenario of its file.
 */
export async function lapsedSignatureMakesTheOrganisationUnsigned(world: World): Promise<void> {
  const organisationId = 'org-rules-lapse';
  const people = await staffFor(world, organisationId, 'rules-c', 'deucalion');
  await registerAndSign(world, people, organisationId, 'Lapse Analytics Lda');
  const published = await people.governance.post('/api/governance/pledge-versions', PLEDGE_TEXT);
  const resignBy = new Date(published.body.resignBy as string);
  await world.advance(resignBy.getTime() - world.now().getTime() + 60_000);
  expect((await people.governance.get(`/api/governance/organisations/${organisationId}`)).body.status).toBe('lapsed');
  expect((await people.applicant.get(`/api/organisations/${organisationId}`)).body.pledge).toBeNull();

  const proposal = { title: 'Lapse forecasting', mode: 'playground', system: 'deucalion', partition: 'gpu', gpuHours: 1000, durationMonths: 1, startDate: isoDay(new Date(world.now().getTime() + 7 * DAY)), monthlyUsagePlan: [1000] };
  const refused = await submitAndScreen(people, organisationId, proposal);
  expect(refused.screening.checks.filter((check: Json) => !check.passed)).toEqual([{ rule: 'pledge-signed', passed: false, reason: 'the organisation has not signed the current governance pledge' }]);

  // Signing the new version makes it signed again.
  await people.applicant.post(`/api/governance/organisations/${organisationId}/signatures`, { pledgeVersion: Number(published.body.pledgeVersion), optionalCommitments: ['human-oversight'] });
  await world.settle();
  expect((await people.applicant.get(`/api/organisations/${organisationId}`)).body.pledge).toMatchObject({ version: String(published.body.pledgeVersion) });
  const again = await submitAndScreen(people, organisationId, { ...proposal, title: 'Lapse forecasting II' });
  expect(again.screening.checks.every((check: Json) => check.passed)).toBe(true);
}
