import { startNotificationsHarness, type NotificationsHarness } from '../testing-only/notifications-harness';

// sort=oldest|newest on the delivery log (ADR 36): by the last change, in SQL; without it the usual order (newest change first).
describe('GET /api/notifications/deliveries?sort', () => {
  let svc: NotificationsHarness;
  let admin: string;
  // Failed in the order 2, 3, 1: the ids do not sort in the time order.
  const failedAt = { 'delivery-sort-1': '2026-10-03T10:00:00Z', 'delivery-sort-2': '2026-10-01T10:00:00Z', 'delivery-sort-3': '2026-10-02T10:00:00Z' };
  const ids = async (query: string) => ((await svc.http.get(`/api/notifications/deliveries?${query}`).set('Authorization', `Bearer ${admin}`).expect(200)).body.items as Array<{ deliveryId: string }>).map((d) => d.deliveryId);

  beforeAll(async () => {
    svc = await startNotificationsHarness();
    admin = await svc.token('administrator', { userId: 'admin-sort' });
    // The read models' rows as the dispatcher leaves them: fanned out, every delivery given up on (nothing left for the dispatcher).
    await svc.db.query(
      `INSERT INTO notifications.notifications (notification_id, kind, audience_role, content, occurred_at, fanned_out) VALUES ('notification-sort', 'application-submitted', 'intake-officer', '{}'::jsonb, '2026-10-01T09:00:00Z', true)`,
    );
    for (const [deliveryId, at] of Object.entries(failedAt)) {
      await svc.db.query(
        `INSERT INTO notifications.deliveries (delivery_id, notification_id, channel, target, status, attempts, next_attempt_at, attempt_log, failure_reason, updated_at) VALUES ($1, 'notification-sort', 'webhook', 'endpoint-sort', 'failed', 3, NULL, '[]'::jsonb, 'HTTP 500', $2)`,
        [deliveryId, at],
      );
    }
  });
  afterAll(() => svc.close());

  it('gives the first failed first with sort=oldest, the reverse with sort=newest and without', async () => {
    expect(await ids('status=failed&sort=oldest')).toEqual(['delivery-sort-2', 'delivery-sort-3', 'delivery-sort-1']);
    expect(await ids('status=failed&sort=newest')).toEqual(['delivery-sort-1', 'delivery-sort-3', 'delivery-sort-2']);
    expect(await ids('status=failed')).toEqual(['delivery-sort-1', 'delivery-sort-3', 'delivery-sort-2']);
    expect(await ids('status=failed&sort=oldest&page=2&pageSize=1')).toEqual(['delivery-sort-3']);
  });

  it('answers another sort with a 400 problem naming sort', async () => {
    const bad = await svc.http.get('/api/notifications/deliveries?sort=unread-first').set('Authorization', `Bearer ${admin}`).expect(400);
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(bad.body.errors).toEqual([{ field: 'sort', reason: 'sort must be one of newest, oldest' }]);
  });

  it('still refuses an applicant and a site, sorted', async () => {
    await svc.http.get('/api/notifications/deliveries?sort=oldest').set('Authorization', `Bearer ${await svc.token('applicant', { userId: 'rep-sort', organisationId: 'org-sort' })}`).expect(403);
    await svc.http.get('/api/notifications/deliveries?sort=oldest').set('Authorization', `Bearer ${await svc.token('site', { userId: 'site-sort', siteId: 'csc' })}`).expect(403);
  });
});
