import type { Json } from '../../client/platform-client';
import type { World } from '../../testing-only/world';
import { DAY, activeAllocation, isoDay, jobRecord, registerAndSign, staffFor } from './suspension-and-usage-steps';

const HOUR = 3_600_000;

/**
 * Usage follows the allocation's dates, across allocation (the award's dates) and accounting (the
 * charge): a job inside them is charged; one that ended before the start, one that has not ended
 * yet, and records that cannot be real are kept, flagged and listed for the accounting officer,
 * never charged; a month far over its quota is flagged; a reassessment charges what became
 * chargeable (the future record, once its end has passed) and only the accounting staff may ask.
 */
export async function usageFollowsAllocationDates(world: World): Promise<void> {
  const organisationId = 'org-dates-corvid';
  const people = await staffFor(world, organisationId, 'dates', 'leonardo');
  await registerAndSign(world, people, organisationId, 'Corvid Speech SRL');
  const opened = world.now();
  const startDate = isoDay(new Date(opened.getTime() + DAY));
  const { allocationId, projectId, allocation } = await activeAllocation(world, people, organisationId, {
    title: 'Corvid speech models', mode: 'fast-lane', system: 'leonardo', partition: 'booster', gpuHours: 30000, durationMonths: 3, startDate, monthlyUsagePlan: [10000, 10000, 10000],
  });
  expect(allocation).toMatchObject({ start: startDate, monthlyQuotaGpuHours: 10000 });
  await world.advance(2 * DAY);
  const now = world.now();
  const record = (jobId: string, end: Date, hours: number, gpus: number, nodes: number) => jobRecord('leonardo', 'booster', projectId, jobId, end, hours * 3600, gpus, nodes);

  const sent = await people.site.post('/api/accounting/usage', {
    records: [
      // 64 GPUs on 16 nodes for 250 h: 16,000 GPU-hours, inside the dates (started before the clock's start: a record is dated by its end).
      record('5100001', new Date(now.getTime() - HOUR), 250, 64, 16),
      record('5100002', new Date(opened.getTime() - HOUR), 2, 8, 2),
      record('5100003', new Date(now.getTime() + 2 * HOUR), 1, 8, 2),
      { ...record('5100004', new Date(now.getTime() - 2 * HOUR), 1, 8, 2), start: record('x', now, 0, 8, 2).end },
      record('5100005', new Date(now.getTime() - 2 * HOUR), 1, 8, 1),
      record('5100006', new Date(now.getTime() - 2 * HOUR), 1, 13828, 3457),
    ],
  });
  expect(sent.body).toMatchObject({ accepted: 1, flagged: 5, charged: [{ allocationId, jobs: 1, gpuHours: 16000 }] });
  expect(Object.fromEntries(sent.body.flaggedRecords.map((f: Json) => [f.jobId, f.reason]))).toEqual({
    5100002: 'before-start', 5100003: 'in-future', 5100004: 'end-before-start', 5100005: 'more-gpus-per-node-than-partition', 5100006: 'more-nodes-than-partition',
  });
  await world.settle();

  // Kept and shown to the accounting officer; the balance holds only the job inside the dates.
  const flagged = await people.accounting.get('/api/accounting/unassigned-records?system=leonardo&pageSize=100');
  const ours = flagged.body.items.filter((item: Json) => String(item.jobId).startsWith('51000'));
  expect(ours.map((item: Json) => [item.jobId, item.reason]).sort()).toEqual([
    ['5100002', 'before-start'], ['5100003', 'in-future'], ['5100004', 'end-before-start'], ['5100005', 'more-gpus-per-node-than-partition'], ['5100006', 'more-nodes-than-partition'],
  ]);
  const beforeStart = await people.accounting.get('/api/accounting/unassigned-records?reason=before-start&system=leonardo');
  expect(beforeStart.body.items.map((item: Json) => item.jobId)).toContain('5100002');
  // 16,000 GPU-hours in a month of a 10,000 quota: 160 %, past the 50 % margin, flagged; the award is 53 % used.
  const month = isoDay(new Date(now.getTime() - HOUR)).slice(0, 7);
  const account = await people.accounting.get(`/api/accounting/allocations/${allocationId}`);
  expect(account.body).toMatchObject({ chargedGpuHours: 16000, jobs: 1, thresholdsReached: [], monthlyBurn: [{ month, gpuHours: 16000, quotaGpuHours: 10000, percentOfQuota: 160, overQuota: true }] });
  const history = await people.auditor.get(`/api/accounting/allocations/${allocationId}/history?pageSize=2&page=2`);
  expect(history.body).toMatchObject({ allocationId, page: 2, pageSize: 2, total: 3, events: [{ type: 'MonthlyQuotaExceeded', data: { month, percentOfQuota: 160, marginPercent: 50 } }] });

  // Only accounting staff reassess; once the future record's end has passed it is charged, the others stay flagged.
  await people.site.post('/api/accounting/unassigned-records/reassess?system=leonardo', undefined, { expect: [403] });
  await people.auditor.post('/api/accounting/unassigned-records/reassess?system=leonardo', undefined, { expect: [403] });
  await world.advance(3 * HOUR);
  const reassessed = await people.accounting.post('/api/accounting/unassigned-records/reassess?system=leonardo');
  expect(reassessed.body.charged).toEqual([{ allocationId, jobs: 1, gpuHours: 8 }]);
  expect(reassessed.body.flaggedRecords.filter((f: Json) => String(f.jobId).startsWith('51000')).map((f: Json) => f.jobId).sort()).toEqual(['5100002', '5100005', '5100006']);
  await world.settle();
  expect((await people.accounting.get(`/api/accounting/allocations/${allocationId}`)).body).toMatchObject({ chargedGpuHours: 16008, jobs: 2 });
}
