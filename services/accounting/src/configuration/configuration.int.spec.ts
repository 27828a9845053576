import { readFileSync } from 'node:fs';
import { AllocationEvents } from '@hpc-access/contracts';
import { findRepoFile } from '@hpc-access/sql';
import { startServiceHarness, type ServiceHarness } from '@hpc-access/service-testing';
import { accountingHarness, activation, jobRecord, lumiSiteToken, publishHostingSites } from '../testing-only/accounting-fixtures';

// The programme's accounting numbers: seeded at first start, read and changed by staff over HTTP.
describe('accounting configuration', () => {
  let svc: ServiceHarness;
  let officer: string;
  const { $comment: _comment, ...seed } = JSON.parse(readFileSync(findRepoFile('infra/seed/accounting.json'), 'utf8')) as Record<string, unknown>;

  const read = (token = officer) => svc.http.get('/api/accounting/configuration').set('Authorization', `Bearer ${token}`);
  const put = (body: unknown, ifMatch?: string, token = officer) => {
    const request = svc.http.put('/api/accounting/configuration').set('Authorization', `Bearer ${token}`);
    return (ifMatch ? request.set('If-Match', ifMatch) : request).send(body as object);
  };

  beforeAll(async () => {
    svc = await startServiceHarness(accountingHarness);
    officer = await svc.token('accounting-officer', { userId: 'officer-1' });
  });
  afterAll(() => svc.close());

  it('is seeded from infra/seed/accounting.json and read with its revision as ETag', async () => {
    const response = await read().expect(200);
    expect(response.headers.etag).toBe('"0"');
    expect(response.body).toEqual({ configuration: seed, revision: 0 });
    for (const role of ['administrator', 'auditor']) await read(await svc.token(role)).expect(200);
  });

  it('is changed with PUT at the revision last read, each change an event with its actor', async () => {
    const changed = { ...seed, utilisationFactor: 0.5, thresholdsPercent: [80, 100] };
    const response = await put(changed, '"0"').expect(200);
    expect(response.headers.etag).toBe('"1"');
    expect(response.body).toEqual({ configuration: changed, revision: 1 });
    expect((await read().expect(200)).body.revision).toBe(1);
    const history = await svc.http.get('/api/accounting/configuration/history').set('Authorization', `Bearer ${officer}`).expect(200);
    expect(history.body.events.map((e: { type: string; revision: number; actor: unknown }) => [e.type, e.revision, e.actor])).toEqual([
      ['ConfigurationSeeded', 0, { id: 'accounting', role: 'system' }],
      ['ConfigurationChanged', 1, { id: 'officer-1', role: 'accounting-officer' }],
    ]);
  });

  it('charges with the configuration in force', async () => {
    await publishHostingSites(svc);
    await svc.publish(AllocationEvents.AllocationActivated, 'alloc-1', activation());
    await svc.settle();
    const site = await lumiSiteToken(svc);
    await svc.http.post('/api/accounting/usage').set('Authorization', `Bearer ${site}`).send({ records: [jobRecord('1')] }).expect(201);
    const account = await svc.http.get('/api/accounting/allocations/alloc-1').set('Authorization', `Bearer ${officer}`).expect(200);
    // 40 GPU-h x 3600 s x 383 TFLOP/s x the utilisation factor changed to 0.5.
    expect(account.body.estimatedTrainingFlop).toBeCloseTo(40 * 3600 * 383e12 * 0.5, -6);
  });

  it('refuses a stale If-Match with 412 and changes nothing', async () => {
    const response = await put({ ...seed, underuseSharePercent: 50 }, '"0"').expect(412);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 412, code: 'stale-revision', errors: [{ field: 'If-Match', reason: 'stale revision' }] });
    expect((await read()).body.revision).toBe(1);
    await put(seed, 'yesterday').expect(400);
  });

  it('refuses ill-formed input (400) and senseless values (422) naming the field, changing nothing', async () => {
    const shape = await put({ ...seed, utilisationFactor: 'high' }).expect(400);
    expect(shape.body.errors).toEqual(expect.arrayContaining([{ field: 'utilisationFactor', reason: 'utilisationFactor must be a number conforming to the specified constraints' }]));
    const policy = await put({ ...seed, overusePolicy: { playground: 'warn', 'fast-lane': 'suspend', 'large-scale': 'suspend' } }).expect(400);
    expect(policy.body.errors).toEqual([{ field: 'overusePolicy.playground', reason: 'playground must be one of the following values: lower-priority, suspend' }]);
    const extra = await put({ ...seed, currency: 'EUR' }).expect(400);
    expect(extra.body.errors).toEqual([{ field: 'currency', reason: 'property currency should not exist' }]);
    const order = await put({ ...seed, thresholdsPercent: [90, 75] }).expect(422);
    expect(order.body).toMatchObject({ code: 'thresholds-not-ascending', errors: [{ field: 'thresholdsPercent.1', reason: 'thresholds must be strictly ascending' }] });
    const partitions = seed.partitions as object[];
    const duplicate = await put({ ...seed, partitions: [...partitions, partitions[0]] }).expect(422);
    expect(duplicate.body.errors).toEqual([{ field: `partitions.${partitions.length}`, reason: 'jupiter/booster has more than one billing rule' }]);
    expect((await read()).body.revision).toBe(1);
  });

  it('is changed only by accounting officers and administrators, and read by no one else', async () => {
    await put(seed, undefined, await svc.token('administrator')).expect(200);
    for (const role of ['auditor', 'applicant', 'site', 'governance-officer']) await put(seed, undefined, await svc.token(role)).expect(403);
    for (const role of ['applicant', 'site']) await read(await svc.token(role)).expect(403);
    await svc.http.get('/api/accounting/configuration').expect(401);
    await svc.http.put('/api/accounting/configuration').send(seed).expect(401);
  });

  it('lets one of two changes made at the same revision through, and answers the other 412', async () => {
    const current = (await read().expect(200)).headers.etag as string;
    const [a, b] = await Promise.all([put({ ...seed, underuseSharePercent: 60 }, current), put({ ...seed, underuseSharePercent: 65 }, current)]);
    expect([a.status, b.status].sort()).toEqual([200, 412]);
    expect((await read()).body.revision).toBe(Number(current.replaceAll('"', '')) + 1);
  });

  it('reports its database in readiness and its counters in metrics', async () => {
    const ready = await svc.http.get('/health/ready').expect(200);
    expect(ready.body.checks['accounting-database']).toBe('up');
    const metrics = await svc.http.get('/metrics').expect(200);
    expect(metrics.text).toContain('accounting_job_records_total{outcome="accepted"} 1');
    expect(metrics.text).toContain('accounting_eventstore_subscriber_lag_events 0');
  });
});
