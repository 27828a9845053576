import type { ServiceHarness } from '@hpc-access/service-testing';
import { DAY, assess, bearer, eligible, ethics, publishedOf, startAllocation, type Request } from './testing-only/allocation-harness';

// Karolina's Large Scale pool: 42,048 GPU-hours a month.
const karolina = (gpuHours: number): Request => ({ mode: 'large-scale', system: 'karolina', partition: 'qgpu', gpuHours, durationMonths: 3, start: '2026-12-01' });
const CUT_OFF = '2026-11-16T09:00:00.000Z'; // 10:00 CET

describe('Large Scale: calls, peer review and the cut-off', () => {
  let svc: ServiceHarness;
  let callId: string;
  const apps: Record<string, string> = {};

  beforeAll(async () => {
    svc = await startAllocation();
  });
  afterAll(() => svc.close());

  async function ready(name: string, gpuHours: number, score: number | null, clearEthics = true): Promise<void> {
    const id = await eligible(svc, `org-${name}`, karolina(gpuHours));
    apps[name] = id;
    await assess(svc, id);
    if (clearEthics) await ethics(svc, id, `org-${name}`);
    if (score !== null) {
      await svc.http.post(`/api/allocation/applications/${id}/scores`).set('Authorization', await bearer(svc, 'allocation-committee')).send({ excellence: score, innovationAndImpact: score, implementation: score }).expect(200);
    }
  }

  it('opens a call only for Large Scale, with cut-offs at 10:00 CET; Idempotency-Key replays the answer', async () => {
    const committee = await bearer(svc, 'allocation-committee');
    const wrongTime = await svc.http.post('/api/allocation/calls').set('Authorization', committee).send({ mode: 'large-scale', cutOffs: ['2026-11-16T10:00:00.000Z'] }).expect(422);
    expect(wrongTime.body).toMatchObject({ code: 'cut-off-not-ten', errors: [{ field: 'cutOffs', reason: 'cut-offs are at 10:00 CET (Brussels time)' }] });
    const continuous = await svc.http.post('/api/allocation/calls').set('Authorization', committee).send({ mode: 'playground', cutOffs: [CUT_OFF] }).expect(422);
    expect(continuous.body.errors).toEqual([{ field: 'mode', reason: 'Playground and Fast Lane are always open: only Large Scale has calls' }]);
    const missing = await svc.http.post('/api/allocation/calls').set('Authorization', committee).send({ mode: 'large-scale' }).expect(400);
    expect(missing.body.errors).toEqual(expect.arrayContaining([{ field: 'cutOffs', reason: 'cutOffs must be an array' }]));
    await svc.http.post('/api/allocation/calls').send({ mode: 'large-scale', cutOffs: [CUT_OFF] }).expect(401);
    await svc.http.post('/api/allocation/calls').set('Authorization', await bearer(svc, 'auditor')).send({ mode: 'large-scale', cutOffs: [CUT_OFF] }).expect(403);

    const body = { mode: 'large-scale', cutOffs: [CUT_OFF, '2026-12-01T09:00:00.000Z'] };
    const first = await svc.http.post('/api/allocation/calls').set('Authorization', committee).set('Idempotency-Key', 'call-nov').send(body).expect(201);
    const replay = await svc.http.post('/api/allocation/calls').set('Authorization', committee).set('Idempotency-Key', 'call-nov').send(body).expect(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body).toEqual(first.body);
    callId = first.body.callId;
    expect(first.headers.location).toBe(`/api/allocation/calls/${callId}`);
    const unordered = { passed: false, committeeOrder: null, committeeOrderReason: null };
    expect(first.body.cutOffs).toEqual([{ index: 0, at: CUT_OFF, ...unordered }, { index: 1, at: '2026-12-01T09:00:00.000Z', ...unordered }]);
    await svc.settle();
    const list = await svc.http.get('/api/allocation/calls').set('Authorization', committee).expect(200);
    expect(list.body).toMatchObject({ total: 1, items: [{ callId, mode: 'large-scale', passedCutOffs: 0 }] });
    const ranking = await svc.http.get(`/api/allocation/calls/${callId}/cut-offs/0/ranking`).set('Authorization', committee).expect(404);
    expect(ranking.body.code).toBe('ranking-not-found');
  });

  it('peer-review scores: 1 to 5 each, committee only, If-Match honoured, Large Scale only', async () => {
    const id = await eligible(svc, 'org-scored', karolina(60000));
    const committee = await bearer(svc, 'allocation-committee');
    const bad = await svc.http.post(`/api/allocation/applications/${id}/scores`).set('Authorization', committee).send({ excellence: 6, innovationAndImpact: 0, implementation: 3 }).expect(400);
    expect(bad.body.errors).toEqual([{ field: 'excellence', reason: 'excellence must not be greater than 5' }, { field: 'innovationAndImpact', reason: 'innovationAndImpact must not be less than 1' }]);
    await svc.http.post(`/api/allocation/applications/${id}/scores`).set('Authorization', await bearer(svc, 'technical-assessor')).send({ excellence: 3, innovationAndImpact: 3, implementation: 3 }).expect(403);
    await svc.http.post(`/api/allocation/applications/${id}/scores`).set('Authorization', committee).set('If-Match', '"0"').send({ excellence: 3, innovationAndImpact: 3, implementation: 3 }).expect(412);
    const ok = await svc.http.post(`/api/allocation/applications/${id}/scores`).set('Authorization', committee).set('If-Match', '"1"').send({ excellence: 5, innovationAndImpact: 4, implementation: 2 }).expect(200);
    expect(ok.body.scores).toEqual({ excellence: 5, innovationAndImpact: 4, implementation: 2, weightedScore: 3.9 });
    const playground = await eligible(svc, 'org-pg', { system: 'vega' });
    const refused = await svc.http.post(`/api/allocation/applications/${playground}/scores`).set('Authorization', committee).send({ excellence: 3, innovationAndImpact: 3, implementation: 3 }).expect(409);
    expect(refused.body.code).toBe('not-peer-reviewed');
    // Scored but never assessed by the site: it plays no part in the cut-off below.
    expect(ok.body.technicalAssessment).toBeNull();
  });

  it('at the cut-off: ranked, below threshold not funded, awarded within capacity, partially, the rest on the reserve list', async () => {
    await ready('best', 90000, 5);
    await ready('second', 60000, 4);
    await ready('third', 60000, 3);
    await ready('weak', 60000, 2);
    await ready('unready', 60000, 5, false);
    expect(publishedOf(svc, 'CapacityHoldPlaced').filter((h) => h.system === 'karolina')).toEqual([]);
    // The committee puts third before second (ADR 35): the awards below follow its order, not the scores.
    const committee = await bearer(svc, 'allocation-committee');
    const orderUrl = `/api/allocation/calls/${callId}/cut-offs/0/ranking-order`;
    const order = { order: [apps.best, apps.third, apps.second, apps.weak], reason: 'third is the stronger plan for Karolina' };
    for (const refused of ['intake-officer', 'applicant', 'auditor']) {
      await svc.http.post(orderUrl).set('Authorization', await bearer(svc, refused, { organisationId: 'org-best' })).send(order).expect(403);
    }
    const partial = await svc.http.post(orderUrl).set('Authorization', committee).send({ ...order, order: [apps.best, apps.third, apps.second] }).expect(422);
    expect(partial.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(partial.body).toMatchObject({ code: 'not-a-permutation', errors: [{ field: 'order', reason: 'the order must list each application the cut-off ranks now exactly once' }] });
    const unreadyIn = await svc.http.post(orderUrl).set('Authorization', committee).send({ ...order, order: [...order.order.slice(0, 3), apps.unready] }).expect(422);
    expect(unreadyIn.body.code).toBe('not-a-permutation');
    const notIds = await svc.http.post(orderUrl).set('Authorization', committee).send({ order: ['x'], reason: '' }).expect(400);
    expect(notIds.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'reason' }), expect.objectContaining({ field: 'order' })]));
    await svc.http.post(orderUrl).set('Authorization', committee).set('If-Match', '"5"').send(order).expect(412);
    await svc.http.post(`/api/allocation/calls/${callId}/cut-offs/9/ranking-order`).set('Authorization', committee).send(order).expect(404);
    const set = await svc.http.post(orderUrl).set('Authorization', committee).set('If-Match', '"0"').send(order).expect(200);
    expect(set.headers.etag).toBe('"1"');
    expect(set.body.cutOffs[0]).toEqual({ index: 0, at: CUT_OFF, passed: false, committeeOrder: order.order, committeeOrderReason: order.reason });
    await svc.advance(14 * DAY);
    const awards = publishedOf(svc, 'AllocationAwarded').filter((a) => a.mode === 'large-scale');
    expect(awards.map((a) => [a.applicationId, a.projectId, a.gpuHours, a.monthlyQuotaGpuHours, a.partial, a.start, a.end])).toEqual([
      [apps.best, 'EHPC-AIF-2026LS11-0001', 90000, 30000, false, '2026-12-01', '2027-03-01'],
      [apps.third, 'EHPC-AIF-2026LS11-0002', 36144, 12048, true, '2026-12-01', '2027-03-01'],
    ]);
    const notFunded = publishedOf(svc, 'ApplicationNotFunded');
    expect(notFunded).toEqual([
      { applicationId: apps.second, organisationId: 'org-second', reason: 'not enough capacity at the cut-off of 2026-11-16T09:00:00.000Z: on the reserve list', reserve: true },
      { applicationId: apps.weak, organisationId: 'org-weak', reason: 'weighted score 2 below the threshold 3', reserve: false },
    ]);
    // The committee is told the cut-off was ranked (issue 19): the outcomes counted, partial awards as awards.
    expect(publishedOf(svc, 'CutOffPassed')).toEqual([{ callId, cutOffIndex: 0, cutOffAt: CUT_OFF, rankedAt: expect.any(String), awarded: 2, reserve: 1, notFunded: 1 }]);
    const ranking = await svc.http.get(`/api/allocation/calls/${callId}/cut-offs/0/ranking`).set('Authorization', committee).expect(200);
    expect(ranking.body.entries.map((e: { rank: number; applicationId: string; weightedScore: number; outcome: string; gpuHours: number }) => [e.rank, e.applicationId, e.weightedScore, e.outcome, e.gpuHours])).toEqual([
      [1, apps.best, 5, 'awarded', 90000],
      [2, apps.third, 3, 'partial', 36144],
      [3, apps.second, 4, 'reserve', 0],
      [4, apps.weak, 2, 'below-threshold', 0],
    ]);
    const unready = await svc.http.get(`/api/allocation/applications/${apps.unready}`).set('Authorization', committee).expect(200);
    expect(unready.body.status).toBe('awaiting-cut-off');
    const awarded = await svc.http.get(`/api/allocation/applications?status=awarded&mode=large-scale`).set('Authorization', committee).expect(200);
    expect(awarded.body.items.map((i: { timeToAccess: { clockStartedAt: string; workingDaysToAward: number } }) => i.timeToAccess)).toEqual([
      expect.objectContaining({ clockStartedAt: CUT_OFF, workingDaysToAward: 0, targetWorkingDays: 10 }),
      expect.objectContaining({ clockStartedAt: CUT_OFF, workingDaysToAward: 0, targetWorkingDays: 10 }),
    ]);
    const capacity = await svc.http.get('/api/allocation/capacity?system=karolina&from=2026-12&months=1').set('Authorization', committee).expect(200);
    expect(capacity.body.partitions[0].pools[1]).toEqual({ pool: 'large-scale', monthlyCapacityGpuHours: 42048, months: [{ month: '2026-12', held: 0, awarded: 42048, free: 0 }] });
    const call = await svc.http.get(`/api/allocation/calls/${callId}`).set('Authorization', committee).expect(200);
    expect(call.headers.etag).toBe('"2"');
    expect(call.body.cutOffs[0]).toEqual({ index: 0, at: CUT_OFF, passed: true, committeeOrder: order.order, committeeOrderReason: order.reason });
    // Once the cut-off has passed its order is history: a new order is a conflict.
    const late = await svc.http.post(orderUrl).set('Authorization', committee).send(order).expect(409);
    expect(late.body.code).toBe('cut-off-passed');
  });
});
