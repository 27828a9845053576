import { AllocationEvents } from '@hpc-access/contracts';
import { startServiceHarness, type ServiceHarness } from '@hpc-access/service-testing';
import { accountingHarness, activation, jobRecord, lumiSiteToken, publishHostingSites } from '../testing-only/accounting-fixtures';

// A batch decides on the state the last committed batch left plus the events since (ADR 33): what
// other writers appended in between must count, and batches sent together must each charge once.
describe('batches of usage charged one after another and together', () => {
  let svc: ServiceHarness;
  let site: string;
  let officer: string;

  /** One job of `gpuHours` GPU-hours on LUMI-G (1 node = 4 GPU-hours an hour). */
  const send = (jobIds: string[], gpuHours = 4) => svc.http.post('/api/accounting/usage').set('Authorization', `Bearer ${site}`)
    .send({ records: jobIds.map((id) => jobRecord(id, { elapsedRaw: (gpuHours / 4) * 3600 })) });
  const account = async () => (await svc.http.get('/api/accounting/allocations/alloc-1').set('Authorization', `Bearer ${officer}`).expect(200)).body;

  beforeAll(async () => {
    svc = await startServiceHarness(accountingHarness);
    await publishHostingSites(svc);
    await svc.publish(AllocationEvents.AllocationActivated, 'alloc-1', activation());
    await svc.settle();
    site = await lumiSiteToken(svc);
    officer = await svc.token('accounting-officer', { userId: 'officer-1' });
  });
  afterAll(() => svc.close());

  it('sees a suspension and a resumption appended between two batches, and charges only while active', async () => {
    expect((await send(['1001']).expect(201)).body).toMatchObject({ accepted: 1, flagged: 0 });
    const at = svc.clock.now().toISOString();
    await svc.publish(AllocationEvents.AllocationSuspended, 'alloc-1', { allocationId: 'alloc-1', organisationId: 'org-a', reason: 'pledge breach', suspendedAt: at });
    await svc.settle();
    expect((await send(['1002']).expect(201)).body).toMatchObject({ accepted: 0, flaggedRecords: [{ jobId: '1002', reason: 'allocation-suspended' }] });
    await svc.publish(AllocationEvents.AllocationResumed, 'alloc-1', { allocationId: 'alloc-1', organisationId: 'org-a', resumedAt: at });
    await svc.settle();
    expect((await send(['1003']).expect(201)).body).toMatchObject({ accepted: 1, flagged: 0 });
    await svc.settle();
    expect(await account()).toMatchObject({ status: 'active', chargedGpuHours: 8 });
  });

  it('charges each of several batches sent at once exactly once, and a resent batch not again', async () => {
    const before = (await account()).chargedGpuHours as number;
    const batches = Array.from({ length: 6 }, (_, b) => Array.from({ length: 50 }, (_, j) => String(2000 + b * 100 + j)));
    const answers = await Promise.all(batches.map((jobs) => send(jobs)));
    expect(answers.map((a) => [a.status, a.body.accepted])).toEqual(batches.map(() => [201, 50]));
    expect((await send(batches[2]).expect(201)).body).toMatchObject({ accepted: 0, duplicates: 50 });
    await svc.settle();
    const after = await account();
    expect(after.chargedGpuHours).toBe(before + 6 * 50 * 4);
    // Every charge is an event of the allocation's stream: one UsageBatchCharged per batch that charged.
    const { rows } = await svc.db.query<{ n: string }>(
      `SELECT count(*) AS n FROM accounting.events WHERE stream_id = 'accounting-allocation-alloc-1' AND type = 'UsageBatchCharged'`,
    );
    expect(Number(rows[0].n)).toBe(2 + 6);
  });
});
