import { IntakeEvents } from '@hpc-access/contracts';
import type { EmailRequest } from '../shared/delivery-channel';
import { ScriptedChannel, startNotificationsHarness, type NotificationsHarness } from '../testing-only/notifications-harness';

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

// A process that sent a message and died before recording the attempt: the next pass (the
// restarted process) sends it again, with the same delivery id, so the receiver can tell it is
// one message; nothing is lost and nothing is recorded twice.
describe('a crash between a send and its record', () => {
  const email = new ScriptedChannel<EmailRequest>([{ outcome: 'delivered', status: 250 }]);
  let svc: NotificationsHarness;
  beforeAll(async () => {
    svc = await startNotificationsHarness({ email });
  });
  afterAll(() => svc?.close());

  it('sends again with the same delivery id, then records one delivered attempt', async () => {
    const token = await svc.token('applicant', { userId: 'u-c1', organisationId: 'org-c1' });
    await svc.http.put('/api/notifications/me').set(auth(token)).send({ email: 'c1@example.eu', language: 'en' }).expect(200);
    await svc.publish(IntakeEvents.ApplicationScreened, 'app-c1', { applicationId: 'app-c1', organisationId: 'org-c1', outcome: 'ineligible', reasons: ['not an SME'] });
    await svc.settle();

    // The record of the attempt cannot commit: as if the process died right after the send.
    await svc.db.query(`CREATE FUNCTION notifications.die_before_record() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.type = 'DeliveryAttempted' THEN RAISE EXCEPTION 'process died'; END IF; RETURN NEW; END $$`);
    await svc.db.query(`CREATE TRIGGER die_before_record BEFORE INSERT ON notifications.events FOR EACH ROW EXECUTE FUNCTION notifications.die_before_record()`);
    expect(await svc.runtime.dispatchDue()).toMatchObject({ attempted: 1, unrecorded: 1 });
    expect(email.sent).toHaveLength(1);
    const pending = await svc.db.query<{ status: string; attempts: number }>(`SELECT status, attempts FROM notifications.deliveries`);
    expect(pending.rows).toEqual([{ status: 'pending', attempts: 0 }]);

    await svc.db.query('DROP TRIGGER die_before_record ON notifications.events');
    expect(await svc.runtime.dispatchDue()).toMatchObject({ attempted: 1, unrecorded: 0 });
    expect(email.sent).toHaveLength(2);
    expect(email.sent[1].deliveryId).toBe(email.sent[0].deliveryId);
    const done = await svc.db.query<{ status: string; attempts: number }>(`SELECT status, attempts FROM notifications.deliveries`);
    expect(done.rows).toEqual([{ status: 'delivered', attempts: 1 }]);
    await svc.runtime.dispatchDue();
    expect(email.sent).toHaveLength(2);
  });
});
