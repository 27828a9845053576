import { EthicsEvents, IntakeEvents } from '@hpc-access/contracts';
import { MISSING_FACT, renderNotification } from '../messages';
import { startNotificationsHarness, type NotificationsHarness } from '../testing-only/notifications-harness';

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

// Every route: who may call it, what a refused caller gets, and bad input as problem+json naming the field.
describe('the HTTP surface of notifications', () => {
  let svc: NotificationsHarness;
  let applicant: string;
  beforeAll(async () => {
    svc = await startNotificationsHarness();
    applicant = await svc.token('applicant', { userId: 'u-1', organisationId: 'org-1' });
    for (const [i, applicationId] of ['app-1', 'app-2', 'app-3'].entries()) {
      svc.clock.advance(60_000 * (i + 1));
      await svc.publish(IntakeEvents.ApplicationScreened, applicationId, { applicationId, organisationId: 'org-1', outcome: 'eligible', reasons: [] });
    }
    await svc.publish(EthicsEvents.ReviewerAssigned, 'case-1', { caseId: 'case-1', applicationId: 'app-1', reviewerId: 'rev-7', assignedAt: svc.clock.now().toISOString(), reviewDueAt: '2026-11-20T09:00:00.000Z' });
    await svc.settle();
  });
  afterAll(() => svc?.close());

  describe('GET /api/notifications/inbox', () => {
    it('pages the caller\'s notifications newest first with the unread count', async () => {
      const page = await svc.http.get('/api/notifications/inbox?pageSize=2&order=newest').set(auth(applicant)).expect(200);
      expect(page.body).toMatchObject({ page: 1, pageSize: 2, total: 3, unread: 3 });
      expect(page.body.items.map((n: { subject: { id: string } }) => n.subject.id)).toEqual(['app-3', 'app-2']);
    });

    it('writes each notification\'s words as its e-mail does, in the reader\'s language where there is a catalogue, else English', async () => {
      const page = await svc.http.get('/api/notifications/inbox?order=newest').set(auth(applicant)).set('Accept-Language', 'fi-FI,fi;q=0.9').expect(200);
      const [newest] = page.body.items;
      expect(newest.words).toEqual({
        language: 'en',
        subject: renderNotification(newest as never, 'en', '').subject,
        whatHappened: expect.stringContaining('app-3'),
        nextStep: expect.any(String),
      });
      expect(JSON.stringify(page.body.items.map((n: { words: unknown }) => n.words))).not.toContain(MISSING_FACT);
    });

    it('shows unread first once one is read, and the mark is the caller\'s alone', async () => {
      const [, , oldest] = (await svc.http.get('/api/notifications/inbox?order=newest').set(auth(applicant)).expect(200)).body.items;
      const read = await svc.http.post(`/api/notifications/inbox/${oldest.notificationId}/read`).set(auth(applicant)).expect(200);
      expect(read.body).toMatchObject({ notificationId: oldest.notificationId, read: true });
      const mine = await svc.http.get('/api/notifications/inbox').set(auth(applicant)).expect(200);
      expect(mine.body.unread).toBe(2);
      expect(mine.body.items.map((n: { read: boolean }) => n.read)).toEqual([false, false, true]);
      const colleague = await svc.http.get('/api/notifications/inbox').set(auth(await svc.token('applicant', { userId: 'u-2', organisationId: 'org-1' }))).expect(200);
      expect(colleague.body.unread).toBe(3);
      const unreadOnly = await svc.http.get('/api/notifications/inbox?unreadOnly=true').set(auth(applicant)).expect(200);
      expect(unreadOnly.body.total).toBe(2);
    });

    it('a reviewer sees what is addressed to them by user id, and another reviewer does not', async () => {
      const mine = await svc.http.get('/api/notifications/inbox').set(auth(await svc.token('ethics-reviewer', { userId: 'rev-7' }))).expect(200);
      expect(mine.body.items.map((n: { kind: string; link: string }) => [n.kind, n.link])).toEqual([['reviewer-assigned', '/ethics-reviewer/cases/case-1']]);
      const other = await svc.http.get('/api/notifications/inbox').set(auth(await svc.token('ethics-reviewer', { userId: 'rev-8' }))).expect(200);
      expect(other.body.total).toBe(0);
    });

    it('refuses the auditor (403), and a bad order or page size as problem+json naming the field', async () => {
      await svc.http.get('/api/notifications/inbox').set(auth(await svc.token('auditor'))).expect(403);
      const bad = await svc.http.get('/api/notifications/inbox?order=oldest&pageSize=1000').set(auth(applicant)).expect(400);
      expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['order', 'pageSize']);
    });
  });

  describe('POST /api/notifications/inbox/{id}/read', () => {
    it('another organisation\'s notification is 404, as one that does not exist; a malformed id is 400', async () => {
      const [first] = (await svc.http.get('/api/notifications/inbox').set(auth(applicant)).expect(200)).body.items;
      const stranger = await svc.token('applicant', { userId: 'u-9', organisationId: 'org-9' });
      const refused = await svc.http.post(`/api/notifications/inbox/${first.notificationId}/read`).set(auth(stranger)).expect(404);
      expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
      await svc.http.post('/api/notifications/inbox/00000000-0000-4000-8000-000000000000/read').set(auth(applicant)).expect(404);
      const bad = await svc.http.post('/api/notifications/inbox/not-an-id/read').set(auth(applicant)).expect(400);
      expect(bad.body.errors).toEqual([{ field: 'notificationId', reason: 'must be a notification id (a UUID)' }]);
    });

    it('refuses the auditor (403)', async () => {
      const [first] = (await svc.http.get('/api/notifications/inbox').set(auth(applicant)).expect(200)).body.items;
      await svc.http.post(`/api/notifications/inbox/${first.notificationId}/read`).set(auth(await svc.token('auditor'))).expect(403);
    });
  });

  describe('GET and PUT /api/notifications/me', () => {
    it('a person sets an address, a language and takes a kind off e-mail; mandatory kinds stay on', async () => {
      const token = await svc.token('accounting-officer', { userId: 'acc-1' });
      const before = await svc.http.get('/api/notifications/me').set(auth(token)).expect(200);
      expect(before.body).toMatchObject({ subscribed: false, email: null, language: 'en' });
      const set = await svc.http.put('/api/notifications/me').set(auth(token)).send({ email: 'acc@example.eu', language: 'de', channels: { 'usage-threshold': ['inbox'] } }).expect(200);
      expect(set.body).toMatchObject({ subscribed: true, email: 'acc@example.eu', language: 'de' });
      expect(set.body.channels['usage-threshold']).toEqual(['inbox']);
      expect(set.body.channels['allocation-suspended']).toEqual(['inbox', 'email']);
    });

    it('bad input is 400 problem+json naming the field and the reason', async () => {
      const token = await svc.token('applicant', { userId: 'u-3', organisationId: 'org-1' });
      const off = await svc.http.put('/api/notifications/me').set(auth(token)).send({ language: 'en', channels: { 'attestation-overdue': ['inbox'] } }).expect(400);
      expect(off.body.errors).toEqual([{ field: 'channels.attestation-overdue', reason: 'cannot be turned off: it is sent on every channel' }]);
      const unknown = await svc.http.put('/api/notifications/me').set(auth(token)).send({ language: 'en', channels: { weather: ['inbox'] } }).expect(400);
      expect(unknown.body.errors[0].field).toBe('channels.weather');
      const address = await svc.http.put('/api/notifications/me').set(auth(token)).send({ email: 'not-an-address', language: 'en' }).expect(400);
      expect(address.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(address.body.errors.map((e: { field: string }) => e.field)).toEqual(['email']);
      await svc.http.put('/api/notifications/me').set(auth(token)).send({ language: 'en', extra: 1 }).expect(400);
    });

    it('a kind taken off the inbox leaves the caller\'s inbox', async () => {
      const token = await svc.token('applicant', { userId: 'u-4', organisationId: 'org-1' });
      await svc.http.put('/api/notifications/me').set(auth(token)).send({ language: 'en', channels: { 'screening-outcome': ['email'] } }).expect(200);
      expect((await svc.http.get('/api/notifications/inbox').set(auth(token)).expect(200)).body.total).toBe(0);
    });

    it('refuses the auditor (403)', async () => {
      const auditor = await svc.token('auditor');
      await svc.http.get('/api/notifications/me').set(auth(auditor)).expect(403);
      await svc.http.put('/api/notifications/me').set(auth(auditor)).send({ language: 'en' }).expect(403);
    });
  });

  describe('POST /api/notifications/subscribers/{userId}/erasure', () => {
    it('the administrator erases; twice is 200; someone never subscribed is 404', async () => {
      const token = await svc.token('applicant', { userId: 'u-5', organisationId: 'org-1' });
      await svc.http.put('/api/notifications/me').set(auth(token)).send({ email: 'u5@example.eu', language: 'en' }).expect(200);
      const admin = await svc.token('administrator');
      const erased = await svc.http.post('/api/notifications/subscribers/u-5/erasure').set(auth(admin)).expect(200);
      expect(erased.body).toMatchObject({ userId: 'u-5', erased: true });
      await svc.http.post('/api/notifications/subscribers/u-5/erasure').set(auth(admin)).expect(200);
      await svc.http.post('/api/notifications/subscribers/nobody/erasure').set(auth(admin)).expect(404);
      // Erased: no address can be kept for the person again.
      await svc.http.put('/api/notifications/me').set(auth(token)).send({ email: 'u5@example.eu', language: 'en' }).expect(409);
    });

    it('refuses a governance officer (403)', async () => {
      await svc.http.post('/api/notifications/subscribers/u-1/erasure').set(auth(await svc.token('governance-officer'))).expect(403);
    });
  });

  describe('GET /api/notifications/deliveries', () => {
    it('the officers read the log; a bad status is 400 naming the field', async () => {
      await svc.http.get('/api/notifications/deliveries').set(auth(await svc.token('accounting-officer'))).expect(200);
      const bad = await svc.http.get('/api/notifications/deliveries?status=lost').set(auth(await svc.token('administrator'))).expect(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['status']);
    });

    it('refuses an applicant (403)', async () => {
      await svc.http.get('/api/notifications/deliveries?status=failed').set(auth(applicant)).expect(403);
    });
  });
});
