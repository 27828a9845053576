import type { RecordedEvent } from '@hpc-access/eventsourcing';
import type { ServiceHarness } from '@hpc-access/service-testing';
import { siteOrdersProjection } from './site-orders.projection';
import { DAY, awarded, bearer, siteBearer, startAllocation } from '../testing-only/allocation-harness';

// Issue 18: orders for each hosting site, only for its own systems, pulled and acknowledged by its agent.
describe('site orders: issued by the allocation, pulled and acknowledged by the site', () => {
  let svc: ServiceHarness;
  let vega: { allocationId: string };
  let izum: string;
  let cineca: string;
  let committee: string;

  beforeAll(async () => {
    svc = await startAllocation();
    vega = await awarded(svc, 'org-a', { system: 'vega', partition: 'gpu', gpuHours: 5000 });
    await awarded(svc, 'org-b', { system: 'leonardo', partition: 'booster' });
    izum = await siteBearer(svc, 'vega');
    cineca = await siteBearer(svc, 'leonardo');
    committee = await bearer(svc, 'allocation-committee');
  });
  afterAll(() => svc.close());

  const orders = (site: string, query = '') => `/api/allocation/sites/${site}/orders${query}`;
  const ackUrl = (site: string, orderId: string) => `/api/allocation/sites/${site}/orders/${orderId}/acknowledgement`;
  const members = (id: string) => `/api/allocation/allocations/${id}/members`;
  type View = { orderId: string; kind: string; status: string; attempt: number; members: string[]; gpuMinutes: number | null; lastError: string | null; siteId: string; system: string; acknowledgedAt: string | null };
  const pending = async (token = izum): Promise<View[]> => (await svc.http.get(orders('izum', '?status=pending')).set('Authorization', token).expect(200)).body.items as View[];
  const eventsOf = async (streamId: string) => (await svc.db.query<{ type: string; data: unknown }>('SELECT type, data FROM allocation.events WHERE stream_id = $1 ORDER BY stream_position', [streamId])).rows;
  const ack = (orderId: string, outcome: 'done' | 'failed', error?: string, token = izum, site = 'izum') =>
    svc.http.post(ackUrl(site, orderId)).set('Authorization', token).send({ outcome, ...(error ? { error } : {}) });

  it('the award orders the project account; the site acknowledges it done and the allocation is provisioned', async () => {
    const [create] = await pending();
    expect(create).toMatchObject({ kind: 'create-project', siteId: 'izum', system: 'vega', partition: 'gpu', allocationId: vega.allocationId, members: [], gpuMinutes: 300_000, status: 'pending', attempt: 1, lastError: null, acknowledgedAt: null });
    expect(create.orderId).toMatch(/^[0-9a-f-]{36}$/);
    const done = await ack(create.orderId, 'done').expect(200);
    expect(done.body).toMatchObject({ orderId: create.orderId, status: 'done', acknowledgedAt: expect.any(String) });
    const allocation = await svc.http.get(`/api/allocation/allocations/${vega.allocationId}`).set('Authorization', committee).expect(200);
    expect(allocation.body.status).toBe('active');
    const history = await svc.http.get(`/api/allocation/allocations/${vega.allocationId}/history`).set('Authorization', committee).expect(200);
    expect(history.body.events.at(-1)).toMatchObject({ type: 'AllocationActivated', actor: { role: 'site' } });
  });

  it('the same acknowledgement again is 200 with no new event; a different outcome for a done order is 409', async () => {
    const stream = `site-orders-${vega.allocationId}`;
    const before = await eventsOf(stream);
    const [create] = (await svc.http.get(orders('izum')).set('Authorization', izum).expect(200)).body.items as View[];
    const again = await ack(create.orderId, 'done').expect(200);
    expect(again.body).toMatchObject({ status: 'done', acknowledgedAt: create.acknowledgedAt });
    expect(await eventsOf(stream)).toHaveLength(before.length);
    const refused = await ack(create.orderId, 'failed', 'too late').expect(409);
    expect(refused.body).toMatchObject({ code: 'order-already-done' });
  });

  it("the organisation sets its members: sealed in the events and the read model, ordered to the site in full", async () => {
    const applicant = await bearer(svc, 'applicant', { organisationId: 'org-a' });
    const set = await svc.http.put(members(vega.allocationId)).set('Authorization', applicant).send({ members: ['jnovak', 'akovacs'] }).expect(200);
    expect(set.body).toEqual({ allocationId: vega.allocationId, members: ['akovacs', 'jnovak'], revision: 0 });
    await svc.settle();
    const [setMembers] = await pending();
    expect(setMembers).toMatchObject({ kind: 'set-members', members: ['akovacs', 'jnovak'], gpuMinutes: null });
    const stored = await svc.db.query<{ text: string }>("SELECT data::text AS text FROM allocation.events WHERE type IN ('AllocationMembersSet', 'SiteOrderIssued') UNION ALL SELECT members::text FROM allocation.site_orders");
    expect(stored.rows.length).toBeGreaterThan(2);
    for (const { text } of stored.rows) expect(text).not.toMatch(/akovacs|jnovak/);
    // The same list again changes nothing and orders nothing.
    await svc.http.put(members(vega.allocationId)).set('Authorization', committee).send({ members: ['akovacs', 'jnovak'] }).expect(200);
    await svc.settle();
    expect((await pending()).map((o) => o.kind)).toEqual(['set-members']);
    const read = await svc.http.get(members(vega.allocationId)).set('Authorization', izum).expect(200);
    expect(read.body.members).toEqual(['akovacs', 'jnovak']);
  });

  it('members: refused to another organisation, a reviewer, another site; bad user names are 400 naming the field', async () => {
    await svc.http.put(members(vega.allocationId)).set('Authorization', await bearer(svc, 'applicant', { organisationId: 'org-b' })).send({ members: ['mallory'] }).expect(403);
    await svc.http.put(members(vega.allocationId)).set('Authorization', await bearer(svc, 'ethics-reviewer')).send({ members: ['mallory'] }).expect(403);
    await svc.http.put(members(vega.allocationId)).set('Authorization', izum).send({ members: ['mallory'] }).expect(403);
    const otherSite = await svc.http.get(members(vega.allocationId)).set('Authorization', cineca).expect(403);
    expect(otherSite.body).toMatchObject({ code: 'system-of-another-site' });
    await svc.http.get(members(vega.allocationId)).set('Authorization', await bearer(svc, 'ethics-reviewer')).expect(403);
    const bad = await svc.http.put(members(vega.allocationId)).set('Authorization', committee).send({ members: ['Root User'] }).expect(400);
    expect(bad.body.errors[0].field).toMatch(/^members/);
    await svc.http.put(members(vega.allocationId)).set('Authorization', committee).send({ members: Array.from({ length: 201 }, (_, i) => `u${i}`) }).expect(400);
  });

  it("one project's orders come in the order issued: a later one is not due until the earlier is done", async () => {
    await svc.http.post(`/api/allocation/allocations/${vega.allocationId}/suspension`).set('Authorization', committee).send({ reason: 'governance review' }).expect(200);
    await svc.settle();
    const [setMembers] = await pending();
    expect((await pending()).map((o) => o.kind)).toEqual(['set-members']);
    const everything = (await svc.http.get(orders('izum', '?status=pending')).set('Authorization', committee).expect(200)).body.items as View[];
    const suspend = everything.find((o) => o.kind === 'suspend') as View;
    expect(suspend).toMatchObject({ gpuMinutes: 0, members: [] });
    expect((await ack(suspend.orderId, 'done').expect(409)).body).toMatchObject({ code: 'earlier-order-not-done' });
    await ack(setMembers.orderId, 'done').expect(200);
    expect((await pending()).map((o) => o.kind)).toEqual(['suspend']);
  });

  it("a failed order shows the site's error to staff; retried, it is pending again with the next attempt", async () => {
    const [suspend] = await pending();
    const failed = await ack(suspend.orderId, 'failed', 'sacctmgr: Association not found').expect(200);
    expect(failed.body).toMatchObject({ status: 'failed', attempt: 1, lastError: 'sacctmgr: Association not found' });
    expect(await pending()).toEqual([]);
    const acrossSites = await svc.http.get('/api/allocation/site-orders?status=failed').set('Authorization', committee).expect(200);
    expect(acrossSites.body).toMatchObject({ total: 1, items: [{ orderId: suspend.orderId, siteId: 'izum', lastError: 'sacctmgr: Association not found' }] });
    const metrics = await svc.http.get('/metrics').expect(200);
    expect(metrics.text).toContain('allocation_site_orders{system="vega",status="failed"} 1');
    expect(metrics.text).toMatch(/allocation_site_order_oldest_pending_seconds\{system="leonardo"\} \d/);
    await svc.http.post(`${orders('izum')}/${suspend.orderId}/retry`).set('Authorization', izum).expect(403);
    const retried = await svc.http.post(`${orders('izum')}/${suspend.orderId}/retry`).set('Authorization', committee).expect(200);
    expect(retried.body).toMatchObject({ status: 'pending', attempt: 2, lastError: 'sacctmgr: Association not found' });
    expect((await svc.http.post(`${orders('izum')}/${suspend.orderId}/retry`).set('Authorization', committee).expect(409)).body).toMatchObject({ code: 'order-not-failed' });
    expect(await pending()).toMatchObject([{ orderId: suspend.orderId, attempt: 2 }]);
    await ack(suspend.orderId, 'done').expect(200);
  });

  it("a site sees and acknowledges only the orders of its systems; other callers are refused", async () => {
    const [leonardo] = (await svc.http.get(orders('cineca')).set('Authorization', cineca).expect(200)).body.items as View[];
    expect(leonardo).toMatchObject({ kind: 'create-project', siteId: 'cineca', system: 'leonardo' });
    const ofCineca = (await svc.http.get(orders('cineca')).set('Authorization', cineca).expect(200)).body.items as View[];
    expect(ofCineca.every((o) => o.system === 'leonardo')).toBe(true);
    const another = await svc.http.get(orders('izum')).set('Authorization', cineca).expect(403);
    expect(another.body).toMatchObject({ code: 'another-site', errors: [{ field: 'siteId' }] });
    const izumOrder = ((await svc.http.get(orders('izum')).set('Authorization', izum).expect(200)).body.items as View[])[0];
    expect((await ack(izumOrder.orderId, 'done', undefined, cineca, 'cineca').expect(403)).body).toMatchObject({ code: 'system-of-another-site', errors: [{ reason: 'site cineca does not host system vega' }] });
    await ack(izumOrder.orderId, 'done', undefined, cineca, 'izum').expect(403);
    await ack(leonardo.orderId, 'done', undefined, izum, 'cineca').expect(403);
    for (const role of ['applicant', 'ethics-reviewer', 'technical-assessor', 'governance-officer']) {
      await svc.http.get(orders('izum')).set('Authorization', await bearer(svc, role, { organisationId: 'org-a', siteId: 'izum' })).expect(403);
    }
    await ack(leonardo.orderId, 'done', undefined, committee, 'cineca').expect(403);
    await ack(leonardo.orderId, 'done', undefined, await bearer(svc, 'auditor'), 'cineca').expect(403);
    await svc.http.get('/api/allocation/site-orders').set('Authorization', izum).expect(403);
    const auditor = await svc.http.get(orders('cineca')).set('Authorization', await bearer(svc, 'auditor')).expect(200);
    expect(auditor.body.total).toBe(1);
    expect((await svc.http.get(orders('nowhere')).set('Authorization', committee).expect(404)).body).toMatchObject({ code: 'site-not-found' });
    expect((await svc.http.get(orders('No Site')).set('Authorization', committee).expect(400)).body.errors[0].field).toBe('siteId');
    expect((await svc.http.post(ackUrl('izum', 'not-a-uuid')).set('Authorization', izum).send({ outcome: 'done' }).expect(400)).body.errors[0].field).toBe('orderId');
    expect((await svc.http.post(ackUrl('izum', izumOrder.orderId)).set('Authorization', izum).send({ outcome: 'maybe' }).expect(400)).body.errors[0].field).toBe('outcome');
  });

  it('a provisioning confirmed by hand completes the create-project order (sites without an agent)', async () => {
    const { allocationId } = await awarded(svc, 'org-c', { system: 'vega', partition: 'gpu', gpuHours: 100 });
    await svc.http.post(`/api/allocation/allocations/${allocationId}/provisioning`).set('Authorization', izum).send({ accountCreated: true }).expect(200);
    await svc.settle();
    const all = (await svc.http.get(orders('izum')).set('Authorization', committee).expect(200)).body.items as Array<View & { allocationId: string }>;
    expect(all.filter((o) => o.allocationId === allocationId)).toMatchObject([{ kind: 'create-project', status: 'done', gpuMinutes: 6000 }]);
  });

  it('resumption restores the limit; closure orders the users removed', async () => {
    await svc.http.post(`/api/allocation/allocations/${vega.allocationId}/resumption`).set('Authorization', committee).expect(200);
    await svc.settle();
    const [resume] = await pending();
    expect(resume).toMatchObject({ kind: 'resume', gpuMinutes: 300_000 });
    await ack(resume.orderId, 'done').expect(200);
    await svc.advance(70 * DAY);
    const [close] = await pending();
    expect(close).toMatchObject({ kind: 'close', members: ['akovacs', 'jnovak'], gpuMinutes: null });
    const closedMembers = await svc.http.put(members(vega.allocationId)).set('Authorization', committee).send({ members: ['late'] }).expect(409);
    expect(closedMembers.body).toMatchObject({ code: 'allocation-closed' });
  });

  it('the read model rebuilt from the events, and the events applied twice, give the same rows', async () => {
    const rowsNow = async () => (await svc.db.query('SELECT * FROM allocation.site_orders ORDER BY issue_order')).rows;
    const before = await rowsNow();
    const { rows } = await svc.db.query<{ type: string; data: unknown; stream_position: number }>("SELECT type, data, stream_position FROM allocation.events WHERE stream_id LIKE 'site-orders-%' ORDER BY global_position");
    const events = rows.map((r) => ({ type: r.type, data: r.data, streamPosition: r.stream_position }) as unknown as RecordedEvent);
    const projection = siteOrdersProjection('allocation');
    await svc.db.transaction(async (tx) => {
      await projection.reset?.(tx);
      for (const event of [...events, ...events]) await projection.apply(tx, event);
    });
    expect(await rowsNow()).toEqual(before);
  });
});
