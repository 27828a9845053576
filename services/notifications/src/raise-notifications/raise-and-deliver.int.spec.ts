import { AllocationEvents, IntakeEvents } from '@hpc-access/contracts';
import type { EmailRequest } from '../shared/delivery-channel';
import { ScriptedChannel, startNotificationsHarness, type NotificationsHarness } from '../testing-only/notifications-harness';

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
const screened = (applicationId: string, organisationId: string) => ({ applicationId, organisationId, outcome: 'eligible' as const, reasons: [] });

describe('notifications raised from integration events', () => {
  let svc: NotificationsHarness;
  beforeAll(async () => {
    svc = await startNotificationsHarness();
  });
  afterAll(() => svc?.close());

  const count = async (sql: string, params: unknown[] = []) => (await svc.db.query<{ n: number }>(sql, params)).rows[0].n;

  it('a screening raises one notification for the applicants of the organisation, and its redelivery raises nothing more', async () => {
    await svc.publish(IntakeEvents.ApplicationScreened, 'app-r1', screened('app-r1', 'org-r1'), { id: '01890f6e-3c2a-7d3e-9a4b-5c6d7e8f9a01' });
    await svc.settle();
    // The bus hands the same event over again (a consumer that crashed before its commit).
    await svc.publish(IntakeEvents.ApplicationScreened, 'app-r1', screened('app-r1', 'org-r1'), { id: '01890f6e-3c2a-7d3e-9a4b-5c6d7e8f9a01' });
    await svc.settle();
    expect(await count(`SELECT count(*)::int AS n FROM notifications.notifications WHERE content->'subject'->>'id' = 'app-r1'`)).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM notifications.events WHERE type = 'NotificationRaised' AND data->'subject'->>'id' = 'app-r1'`)).toBe(1);

    const mine = await svc.http.get('/api/notifications/inbox').set(auth(await svc.token('applicant', { userId: 'u-r1', organisationId: 'org-r1' }))).expect(200);
    expect(mine.body.items.map((n: { kind: string; link: string }) => [n.kind, n.link])).toEqual([['screening-outcome', '/applicant/applications/app-r1']]);
    expect(mine.body.unread).toBe(1);
    const other = await svc.http.get('/api/notifications/inbox').set(auth(await svc.token('applicant', { userId: 'u-r2', organisationId: 'org-other' }))).expect(200);
    expect(other.body.items).toEqual([]);
  });

  it('the site hosting a system, learnt from HostingSitesChanged, hears of an award on it', async () => {
    await svc.publish(AllocationEvents.HostingSitesChanged, 'hosting-sites', { sites: [{ siteId: 'site-bsc', name: 'BSC', systems: ['mn5-acc'] }], changedAt: svc.clock.now().toISOString() });
    await svc.publish(AllocationEvents.AllocationAwarded, 'alloc-r1', {
      allocationId: 'alloc-r1', applicationId: 'app-r1', organisationId: 'org-r1', projectId: 'EHPC-R1', mode: 'playground', system: 'mn5-acc', partition: 'acc',
      gpuHours: 1000, monthlyQuotaGpuHours: 200, start: '2026-12-01', end: '2027-05-31', partial: false,
    });
    await svc.settle();
    const site = await svc.http.get('/api/notifications/inbox').set(auth(await svc.token('site', { userId: 'u-site', siteId: 'site-bsc' }))).expect(200);
    expect(site.body.items.map((n: { kind: string; subject: { id: string } }) => [n.kind, n.subject.id])).toEqual([['allocation-awarded', 'alloc-r1']]);
    const otherSite = await svc.http.get('/api/notifications/inbox').set(auth(await svc.token('site', { userId: 'u-site2', siteId: 'site-other' }))).expect(200);
    expect(otherSite.body.items).toEqual([]);
  });
});

describe('delivering by e-mail', () => {
  const email = new ScriptedChannel<EmailRequest>([
    { outcome: 'retry', status: 421, reason: 'service not available' },
    { outcome: 'retry', status: 421, reason: 'service not available' },
    { outcome: 'delivered', status: 250 },
  ]);
  let svc: NotificationsHarness;
  beforeAll(async () => {
    svc = await startNotificationsHarness({ email });
  });
  afterAll(() => svc?.close());

  const subscribe = async (userId: string, organisationId: string, address: string) => {
    const token = await svc.token('applicant', { userId, organisationId });
    await svc.http.put('/api/notifications/me').set(auth(token)).send({ email: address, language: 'en' }).expect(200);
    return token;
  };
  const deliveries = async (status: string) => (await svc.http.get(`/api/notifications/deliveries?status=${status}`).set(auth(await svc.token('administrator'))).expect(200)).body;

  it('retries a failing send with backoff, with the same delivery id each time, then delivers', async () => {
    await subscribe('u-d1', 'org-d1', 'kadri.tamm@aurora-models.ee');
    await svc.publish(IntakeEvents.ApplicationScreened, 'app-d1', screened('app-d1', 'org-d1'));
    await svc.settle();

    await svc.runtime.dispatchDue();
    expect(email.sent).toHaveLength(1);
    expect(email.sent[0]).toMatchObject({ to: 'kadri.tamm@aurora-models.ee', language: 'en', notification: { kind: 'screening-outcome' } });
    // Not due yet: the next attempt waits the second step of the schedule.
    await svc.runtime.dispatchDue();
    expect(email.sent).toHaveLength(1);
    svc.clock.advance(1_000);
    await svc.runtime.dispatchDue();
    svc.clock.advance(2_000);
    await svc.runtime.dispatchDue();
    expect(email.sent).toHaveLength(3);
    expect(new Set(email.sent.map((r) => r.deliveryId)).size).toBe(1);

    const delivered = await deliveries('delivered');
    expect(delivered.items).toHaveLength(1);
    expect(delivered.items[0].attempts.map((a: { outcome: string; status: number }) => [a.outcome, a.status])).toEqual([['retry', 421], ['retry', 421], ['delivered', 250]]);
    expect(delivered.items[0]).toMatchObject({ channel: 'email', target: 'u-d1', deliveryId: email.sent[0].deliveryId });
    // Delivered: nothing more is sent, however much later.
    svc.clock.advance(60_000);
    await svc.runtime.dispatchDue();
    expect(email.sent).toHaveLength(3);
  });
});

describe('a delivery that keeps failing, and erasure', () => {
  const email = new ScriptedChannel<EmailRequest>([{ outcome: 'retry', reason: 'connection refused' }]);
  let svc: NotificationsHarness;
  beforeAll(async () => {
    svc = await startNotificationsHarness({ email });
  });
  afterAll(() => svc?.close());

  it('is marked failed after the last attempt of the schedule and listed for staff with each attempt', async () => {
    const token = await svc.token('applicant', { userId: 'u-f1', organisationId: 'org-f1' });
    await svc.http.put('/api/notifications/me').set(auth(token)).send({ email: 'jaan.kask@aurora-models.ee', language: 'en' }).expect(200);
    await svc.publish(IntakeEvents.ApplicationScreened, 'app-f1', screened('app-f1', 'org-f1'));
    await svc.settle();
    for (const wait of [0, 1_000, 2_000, 10_000]) {
      svc.clock.advance(wait);
      await svc.runtime.dispatchDue();
    }
    expect(email.sent).toHaveLength(3);
    const failed = await svc.http.get('/api/notifications/deliveries?status=failed').set(auth(await svc.token('governance-officer'))).expect(200);
    expect(failed.body.total).toBe(1);
    expect(failed.body.items[0]).toMatchObject({ status: 'failed', failureReason: 'connection refused (after 3 attempts)', kind: 'screening-outcome' });
    expect(failed.body.items[0].attempts.map((a: { attempt: number }) => a.attempt)).toEqual([1, 2, 3]);
    expect(JSON.stringify(failed.body)).not.toContain('jaan.kask');
    const metrics = await svc.http.get('/metrics').expect(200);
    expect(metrics.text).toContain('notifications_deliveries{channel="email",status="failed"} 1');
    expect(metrics.text).toContain('notifications_awaiting_fan_out 0');
  });

  it('erasure leaves no address readable: not in the events, not to the person, and the dispatcher sends nothing to it', async () => {
    const token = await svc.token('applicant', { userId: 'u-e1', organisationId: 'org-e1' });
    await svc.http.put('/api/notifications/me').set(auth(token)).send({ email: 'mari.maasikas@aurora-models.ee', language: 'et' }).expect(200);
    const raw = async () => JSON.stringify((await svc.db.query(`SELECT data FROM notifications.events WHERE stream_id = 'subscriber-u-e1'`)).rows);
    // Sealed even before erasure: the log never holds the address in clear.
    expect(await raw()).not.toContain('mari.maasikas');
    expect((await svc.http.get('/api/notifications/me').set(auth(token)).expect(200)).body.email).toBe('mari.maasikas@aurora-models.ee');

    await svc.http.post('/api/notifications/subscribers/u-e1/erasure').set(auth(await svc.token('administrator'))).expect(200);
    expect((await svc.http.get('/api/notifications/me').set(auth(token)).expect(200)).body).toMatchObject({ subscribed: false, email: null });

    const before = email.sent.length;
    await svc.publish(IntakeEvents.ApplicationScreened, 'app-e1', screened('app-e1', 'org-e1'));
    await svc.settle();
    await svc.runtime.dispatchDue();
    expect(email.sent).toHaveLength(before);
    expect(email.sent.map((r) => r.to)).not.toContain('mari.maasikas@aurora-models.ee');
    const stored = JSON.stringify((await svc.db.query(`SELECT * FROM notifications.deliveries`)).rows) + JSON.stringify((await svc.db.query(`SELECT * FROM notifications.subscribers`)).rows);
    expect(stored).not.toContain('mari.maasikas');
  });
});
