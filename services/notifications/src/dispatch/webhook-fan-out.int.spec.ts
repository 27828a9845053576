import { AllocationEvents } from '@hpc-access/contracts';
import { WebhookTestReceiver, verifyStandardWebhook } from '@hpc-access/testing';
import { startNotificationsHarness, type NotificationsHarness } from '../testing-only/notifications-harness';

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

// The fan-out finds an organisation's endpoints through the webhook slice's directory; the
// dispatcher sends through the real webhook channel, retries with backoff and records each attempt.
describe('webhooks of an organisation', () => {
  let svc: NotificationsHarness;
  let receiver: WebhookTestReceiver;
  beforeAll(async () => {
    receiver = await WebhookTestReceiver.start();
    svc = await startNotificationsHarness({
      module: { config: { dispatcherAutoStart: false, backoffMs: [0, 1_000, 2_000, 3_000], publicBaseUrl: 'http://ui.test', webhooks: { allowLocalUrls: true, timeoutMs: 2_000 } } },
    });
  });
  afterAll(async () => {
    await svc?.close();
    await receiver?.stop();
  });

  it('a receiver that fails three times gets the message on the fourth try, signed, with one webhook-id throughout', async () => {
    const applicant = await svc.token('applicant', { userId: 'u-w1', organisationId: 'org-w1' });
    const registered = await svc.http.post('/api/notifications/webhooks').set(auth(applicant)).send({ organisationId: 'org-w1', url: `${receiver.url}/hooks` }).expect(201);
    const secret = registered.body.secret.value as string;
    receiver.failNext(3, 503);

    await svc.publish(AllocationEvents.AllocationSuspended, 'alloc-w1', { allocationId: 'alloc-w1', organisationId: 'org-w1', reason: 'breach confirmed', suspendedAt: svc.clock.now().toISOString() });
    await svc.settle();
    for (const wait of [0, 1_000, 2_000, 3_000]) {
      svc.clock.advance(wait);
      await svc.runtime.dispatchDue();
    }
    expect(receiver.received.map((r) => r.status)).toEqual([503, 503, 503, 204]);
    const ids = new Set(receiver.received.map((r) => r.headers['webhook-id']));
    expect(ids.size).toBe(1);
    const [accepted] = receiver.accepted;
    expect(verifyStandardWebhook(secret, accepted.headers, accepted.rawBody, { now: svc.clock.now() })).toBeNull();
    expect(JSON.parse(accepted.rawBody)).toMatchObject({ data: { facts: { allocationId: 'alloc-w1', reason: 'breach confirmed' } } });

    const log = await svc.http.get('/api/notifications/deliveries?channel=webhook').set(auth(await svc.token('administrator'))).expect(200);
    expect(log.body.items).toHaveLength(1);
    expect(log.body.items[0]).toMatchObject({ status: 'delivered', kind: 'allocation-suspended', deliveryId: [...ids][0] });
    expect(log.body.items[0].attempts.map((a: { outcome: string }) => a.outcome)).toEqual(['retry', 'retry', 'retry', 'delivered']);
  });
});
