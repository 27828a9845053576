import type { Json } from '../../client/platform-client';
import type { World } from '../../testing-only/world';
import { DAY, activeAllocation, addMonthsUtc, isoDay, registerAndSign, staffFor } from './suspension-and-usage-steps';
import { clearedApplication, openCallSoon, scoreApplication, secondReviewer, setCapacity, typesOf } from './rules-across-services-steps';

/**
 * Issue 16, capacity follows the allocation's life: what an allocation closed early or revoked
 * held goes back to its partition's pool at once, and is handed on (the continuous queue, the
 * Large Scale reserve list); the award names who decided it.
 */

/**
 * (B) A Playground allocation holding the whole (lowered) continuous pool is revoked by the
 * committee: the queued, cleared application behind it is awarded at once, by the rule.
 */
export async function earlyClosureServesTheQueue(world: World): Promise<void> {
  const [system, partition, first, second] = ['karolina', 'qgpu', 'org-rules-brno', 'org-rules-olomouc'];
  const people = await staffFor(world, first, 'rules-b', system);
  await setCapacity(world, people.committee, system, partition, 'continuous', 3000);
  await registerAndSign(world, people, first, 'Brno Vision sro');
  const startDate = isoDay(world.now());
  const proposal = { mode: 'playground', system, partition, gpuHours: 3000, durationMonths: 1, startDate, monthlyUsagePlan: [3000] };
  const { allocationId } = await activeAllocation(world, people, first, { ...proposal, title: 'Brno vision' });

  const other = { ...people, applicant: await world.as('applicant', { userId: 'rep-rules-b2', organisationId: second }) };
  await registerAndSign(world, other, second, 'Olomouc Audio sro');
  const queuedId = await clearedApplication(world, other, second, { ...proposal, title: 'Olomouc audio' }, [{ id: people.reviewerId, client: people.reviewer }]);
  expect((await people.committee.get(`/api/allocation/applications/${queuedId}`)).body).toMatchObject({ status: 'queued', allocationId: null });

  // Only the allocation committee closes or revokes, with a reason; bad input names its fields.
  const url = `/api/allocation/allocations/${allocationId}/early-closure`;
  const body = { kind: 'revoked', reason: 'A military end use was declared after the award.' };
  expect((await people.applicant.post(url, body, { expect: [403] })).status).toBe(403);
  expect((await people.governance.post(url, body, { expect: [403] })).status).toBe(403);
  const bad = await people.committee.post(url, { kind: 'paused', reason: 'x' }, { expect: [400] });
  expect(bad.body.errors.map((e: Json) => e.field).sort()).toEqual(['kind', 'reason']);

  const current = await people.committee.get(`/api/allocation/allocations/${allocationId}`);
  const revoked = await people.committee.post(url, body, { ifMatch: current.etag ?? undefined });
  expect(revoked.body).toMatchObject({ status: 'closed', closure: { kind: 'revoked', reason: body.reason, closedBy: 'carla-rules-b' }, finalReportDue: isoDay(addMonthsUtc(world.now(), 3)) });
  expect((await people.committee.post(url, body, { expect: [409] })).body).toMatchObject({ code: 'allocation-closed' });
  await world.settle();

  // The queue was served from it at once: the cleared application is awarded, named as the rule's decision.
  const awarded = (await people.committee.get(`/api/allocation/applications/${queuedId}`)).body;
  expect(awarded).toMatchObject({ status: 'awarded', allocationId: expect.any(String) });
  const opened = (await people.auditor.get(`/api/allocation/allocations/${awarded.allocationId as string}/history`)).body.events[0];
  expect(opened).toMatchObject({ type: 'AllocationOpened', actor: { id: 'rule:first-come-first-served', role: 'system' }, data: { decision: { kind: 'rule', rule: 'first-come-first-served', decidedBy: [] } } });
  expect((await people.committee.get(`/api/allocation/allocations/${awarded.allocationId as string}`)).body.decision).toEqual({ kind: 'rule', rule: 'first-come-first-served', decidedBy: [] });
  const month = startDate.slice(0, 7);
  const capacity = (await people.committee.get(`/api/allocation/capacity?system=${system}&partition=${partition}&from=${month}&months=1`)).body;
  expect(capacity.partitions[0].pools.find((p: Json) => p.pool === 'continuous').months).toEqual([{ month, held: 0, awarded: 3000, free: 0 }]);
  expect((await people.accounting.get(`/api/accounting/allocations/${allocationId}`)).body.status).toBe('closed');
}

/**
 * (D) A cut-off on a partition with little Large Scale capacity: the best is awarded, two above
 * the threshold do not fit (not even the minimum partial share) and go to the reserve list, one
 * falls below the threshold. The committee revokes the award: the reserve list is awarded in rank
 * order from what came back (the better one, partially), and the other stays on it.
 */
export async function releaseAwardsTheReserveListInRankOrder(world: World): Promise<void> {
  const [system, partition, organisationId] = ['meluxina', 'gpu', 'org-rules-esch'];
  const people = await staffFor(world, organisationId, 'rules-d', system);
  const reviewers = [{ id: people.reviewerId, client: people.reviewer }, await secondReviewer(world, people, 'rules-d')];
  await setCapacity(world, people.committee, system, partition, 'largeScale', 40000);
  await registerAndSign(world, people, organisationId, 'Esch Materials SA');
  const { callId, cutOffAt } = await openCallSoon(world, people.committee);
  const base = { mode: 'large-scale', system, partition, durationMonths: 3, startDate: isoDay(new Date(cutOffAt.getTime() + 7 * DAY)) };
  // 20,000 a month fits; 45,000 a month leaves 20,000 (0.44 < the 0.5 minimum share): reserve.
  const plan = [
    { title: 'Esch best', gpuHours: 60000, scores: [5, 5, 5] as [number, number, number] },
    { title: 'Esch second', gpuHours: 135000, scores: [4, 4, 4] as [number, number, number] },
    { title: 'Esch third', gpuHours: 135000, scores: [4, 3, 4] as [number, number, number] },
    { title: 'Esch weak', gpuHours: 60000, scores: [2, 2, 2] as [number, number, number] },
  ];
  const ids: string[] = [];
  for (const p of plan) {
    const id = await clearedApplication(world, people, organisationId, { ...base, title: p.title, gpuHours: p.gpuHours, monthlyUsagePlan: [p.gpuHours / 3, p.gpuHours / 3, p.gpuHours / 3] }, reviewers);
    await scoreApplication(people, id, p.scores);
    ids.push(id);
  }
  await world.advance(cutOffAt.getTime() - world.now().getTime() + 60_000);

  const ranking = (await people.committee.get(`/api/allocation/calls/${callId}/cut-offs/0/ranking`)).body;
  expect(ranking.entries.map((e: Json) => [e.applicationId, e.rank, e.outcome, e.gpuHours])).toEqual([
    [ids[0], 1, 'awarded', 60000], [ids[1], 2, 'reserve', 0], [ids[2], 3, 'reserve', 0], [ids[3], 4, 'below-threshold', 0],
  ]);
  const statuses = async () => Promise.all(ids.map(async (id) => (await people.committee.get(`/api/allocation/applications/${id}`)).body.status as string));
  expect(await statuses()).toEqual(['awarded', 'reserve', 'reserve', 'not-funded']);
  const bestAllocation = ranking.entries[0].allocationId as string;
  const bestOpened = (await people.auditor.get(`/api/allocation/allocations/${bestAllocation}/history`)).body.events[0];
  expect(bestOpened).toMatchObject({ actor: { id: 'rule:cut-off-ranking', role: 'system' }, data: { decision: { kind: 'committee', rule: 'cut-off-ranking', decidedBy: ['carla-rules-d'] } } });

  // The revocation gives 20,000 a month back: the second gets 40,000 a month (partial), the third stays on the list.
  const current = await people.committee.get(`/api/allocation/allocations/${bestAllocation}`);
  await people.committee.post(`/api/allocation/allocations/${bestAllocation}/early-closure`, { kind: 'revoked', reason: 'The project was abandoned before it started.' }, { ifMatch: current.etag ?? undefined });
  await world.settle();
  expect(await statuses()).toEqual(['awarded', 'awarded', 'reserve', 'not-funded']);
  const second = (await people.committee.get(`/api/allocation/allocations?organisationId=${organisationId}`)).body.items.find((a: Json) => a.applicationId === ids[1]);
  expect(second).toMatchObject({ gpuHours: 120000, monthlyQuotaGpuHours: 40000, partial: true, status: 'awarded' });
  expect((await people.committee.get(`/api/allocation/allocations/${second.allocationId as string}`)).body.decision).toEqual({ kind: 'committee', rule: 'reserve-list', decidedBy: ['carla-rules-d'] });
  expect(typesOf((await people.auditor.get(`/api/allocation/applications/${ids[1]}/history`)).body).slice(-2)).toEqual(['ApplicationNotFunded', 'ApplicationAwarded']);
}
