import { readFileSync } from 'node:fs';
import { findRepoFile } from '@hpc-access/sql';
import type { ServiceHarness } from '@hpc-access/service-testing';
import { bearer, eligible, publishedOf, startAllocation } from './testing-only/allocation-harness';

const seed = (() => {
  const { $comment: _comment, ...rest } = JSON.parse(readFileSync(findRepoFile('infra/seed/allocation.json'), 'utf8')) as Record<string, unknown>;
  return rest as { holdLifetimeDays: number; systems: Array<{ id: string; partitions: Array<{ monthlyCapacityGpuHours: { continuous: number } }> }> } & Record<string, unknown>;
})();

describe('allocation configuration over HTTP', () => {
  let svc: ServiceHarness;
  beforeAll(async () => {
    svc = await startAllocation();
  });
  afterAll(() => svc.close());

  it('is seeded from infra/seed/allocation.json at first start and read by staff with its ETag', async () => {
    const read = await svc.http.get('/api/allocation/configuration').set('Authorization', await bearer(svc, 'allocation-committee')).expect(200);
    expect(read.headers.etag).toBe('"0"');
    expect(read.body).toEqual(seed);
    await svc.http.get('/api/allocation/configuration').set('Authorization', await bearer(svc, 'auditor')).expect(200);
    await svc.http.get('/api/allocation/configuration').set('Authorization', await bearer(svc, 'applicant', { organisationId: 'org-a' })).expect(403);
    await svc.http.get('/api/allocation/configuration').expect(401);
  });

  it('refuses invalid changes with the field and reason and keeps the configuration', async () => {
    const admin = await bearer(svc, 'administrator');
    const bad = await svc.http.put('/api/allocation/configuration').set('Authorization', admin).send({ ...seed, holdLifetimeDays: 0, scoring: { weights: { excellence: 2, innovationAndImpact: 0.3, implementation: 0.3 }, threshold: 3 } }).expect(400);
    expect(bad.body.errors).toEqual([
      { field: 'holdLifetimeDays', reason: 'holdLifetimeDays must not be less than 1' },
      { field: 'scoring.weights.excellence', reason: 'excellence must not be greater than 1' },
    ]);
    const unnormalised = await svc.http.put('/api/allocation/configuration').set('Authorization', admin).send({ ...seed, scoring: { weights: { excellence: 0.5, innovationAndImpact: 0.3, implementation: 0.3 }, threshold: 3 } }).expect(422);
    expect(unnormalised.body.errors).toEqual([{ field: 'scoring.weights', reason: 'scoring weights must add up to 1' }]);
    await svc.http.put('/api/allocation/configuration').set('Authorization', await bearer(svc, 'auditor')).send({ ...seed, holdLifetimeDays: 7 }).expect(403);
    const read = await svc.http.get('/api/allocation/configuration').set('Authorization', admin).expect(200);
    expect(read.headers.etag).toBe('"0"');
  });

  it('a change is an event, If-Match guards it, and the new numbers apply at once', async () => {
    const committee = await bearer(svc, 'allocation-committee');
    const systems = seed.systems.map((s) => (s.id === 'vega' ? { ...s, partitions: s.partitions.map((p) => ({ ...p, monthlyCapacityGpuHours: { ...p.monthlyCapacityGpuHours, continuous: 100 } })) } : s));
    const changed = { ...seed, holdLifetimeDays: 7, systems };
    const ok = await svc.http.put('/api/allocation/configuration').set('Authorization', committee).set('If-Match', '"0"').send(changed).expect(200);
    expect(ok.headers.etag).toBe('"1"');
    await svc.http.put('/api/allocation/configuration').set('Authorization', committee).set('If-Match', '"0"').send({ ...changed, holdLifetimeDays: 8 }).expect(412);
    const same = await svc.http.put('/api/allocation/configuration').set('Authorization', committee).send(changed).expect(409);
    expect(same.body.code).toBe('configuration-unchanged');
    const applicationId = await eligible(svc, 'org-a', { system: 'vega', gpuHours: 200 });
    const list = await svc.http.get(`/api/allocation/applications?organisationId=org-a`).set('Authorization', committee).expect(200);
    expect(list.body.items).toEqual([expect.objectContaining({ applicationId, status: 'queued' })]);
    expect(publishedOf(svc, 'CapacityHoldPlaced')).toEqual([]);
    const capacity = await svc.http.get('/api/allocation/capacity?system=vega&partition=gpu&months=1').set('Authorization', committee).expect(200);
    expect(capacity.body.partitions[0].pools[0]).toEqual({ pool: 'continuous', monthlyCapacityGpuHours: 100, months: [{ month: '2026-11', held: 0, awarded: 0, free: 100 }] });
    const bad = await svc.http.get('/api/allocation/capacity?from=2026-13').set('Authorization', committee).expect(400);
    expect(bad.body.errors[0].field).toBe('from');
  });

  it('serves health and metrics', async () => {
    const ready = await svc.http.get('/health/ready').expect(200);
    expect(ready.body.checks['allocation-database']).toBe('up');
    const metrics = await svc.http.get('/metrics').expect(200);
    expect(metrics.text).toContain('allocation_queued_applications 1');
  });

  it('shows its history to the committee and the auditor: who changed what and when; never to an applicant', async () => {
    const committee = await bearer(svc, 'allocation-committee');
    const current = (await svc.http.get('/api/allocation/configuration').set('Authorization', committee).expect(200)).body as typeof seed;
    await svc.http.put('/api/allocation/configuration').set('Authorization', committee).send({ ...current, holdLifetimeDays: current.holdLifetimeDays + 1 }).expect(200);
    await svc.http.put('/api/allocation/configuration').set('Authorization', await bearer(svc, 'administrator')).send({ ...current, holdLifetimeDays: current.holdLifetimeDays + 2 }).expect(200);
    const history = await svc.http.get('/api/allocation/configuration/history').set('Authorization', await bearer(svc, 'auditor')).expect(200);
    const events = history.body.events as Array<{ type: string; revision: number; recordedAt: string; actor: { role: string }; configuration: typeof seed; reason: string | null }>;
    expect(events[0]).toMatchObject({ type: 'ConfigurationSeeded', revision: 0, actor: { role: 'system' }, reason: null });
    expect(events.slice(-2).map((e) => [e.type, e.actor.role, e.configuration.holdLifetimeDays, e.reason])).toEqual([
      ['ConfigurationChanged', 'allocation-committee', current.holdLifetimeDays + 1, null],
      ['ConfigurationChanged', 'administrator', current.holdLifetimeDays + 2, null],
    ]);
    expect(Number.isNaN(Date.parse(events[events.length - 1]!.recordedAt))).toBe(false);
    await svc.http.get('/api/allocation/configuration/history').set('Authorization', await bearer(svc, 'applicant', { organisationId: 'org-a' })).expect(403);
    await svc.http.get('/api/allocation/configuration/history').expect(401);
  });
});
