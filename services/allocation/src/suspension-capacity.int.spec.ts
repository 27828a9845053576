import type { ServiceHarness } from '@hpc-access/service-testing';
import { DAY, awarded, bearer, startAllocation } from './testing-only/allocation-harness';

// What a suspension keeps reserved, and for how long, is configuration (issue 16, ADR 29).
describe('capacity while an allocation is suspended', () => {
  let svc: ServiceHarness;
  beforeAll(async () => {
    svc = await startAllocation();
  });
  afterAll(() => svc.close());

  const awardedIn = async (month: string): Promise<number> => {
    const capacity = await svc.http.get(`/api/allocation/capacity?system=vega&partition=gpu&from=${month}&months=1`).set('Authorization', await bearer(svc, 'auditor')).expect(200);
    return capacity.body.partitions[0].pools.find((p: { pool: string }) => p.pool === 'continuous').months[0].awarded as number;
  };

  it('kept for the configured days, then back to the pool; a resumption takes back what still fits', async () => {
    const committee = await bearer(svc, 'allocation-committee');
    const configuration = await svc.http.get('/api/allocation/configuration').set('Authorization', committee).expect(200);
    const bad = await svc.http.put('/api/allocation/configuration').set('Authorization', committee).set('If-Match', configuration.headers.etag).send({ ...configuration.body, suspensionKeepsCapacityDays: -1 }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['suspensionKeepsCapacityDays']);
    await svc.http.put('/api/allocation/configuration').set('Authorization', committee).set('If-Match', configuration.headers.etag).send({ ...configuration.body, suspensionKeepsCapacityDays: 3 }).expect(200);

    const { allocationId } = await awarded(svc, 'org-kept', { system: 'vega' });
    await svc.settle();
    expect(await awardedIn('2026-11')).toBe(5000);
    const url = `/api/allocation/allocations/${allocationId}`;
    await svc.http.post(`${url}/suspension`).set('Authorization', committee).send({ reason: 'Site maintenance on the account.' }).expect(200);
    await svc.advance(2 * DAY);
    expect(await awardedIn('2026-11')).toBe(5000);

    await svc.advance(2 * DAY);
    expect(await awardedIn('2026-11')).toBe(0);
    const history = await svc.http.get(`${url}/history`).set('Authorization', await bearer(svc, 'auditor')).expect(200);
    expect(history.body.events.map((e: { type: string }) => e.type)).toEqual(['AllocationOpened', 'AllocationSuspended']);

    const resumed = await svc.http.post(`${url}/resumption`).set('Authorization', committee).expect(200);
    expect(resumed.body).toMatchObject({ status: 'awarded', suspensions: [] });
    await svc.settle();
    expect(await awardedIn('2026-11')).toBe(5000);

    // A later suspension keeps it for its own configured days (a deadline of its own).
    await svc.http.post(`${url}/suspension`).set('Authorization', committee).send({ reason: 'Maintenance again.' }).expect(200);
    await svc.advance(4 * DAY);
    expect(await awardedIn('2026-11')).toBe(0);
  });
});
