import { EncryptingEventStore, InMemoryEventStore, InMemoryPersonalDataKeys, PersonalDataCipher } from '@hpc-access/eventsourcing';
import { TestClock, WebhookTestReceiver, verifyStandardWebhook } from '@hpc-access/testing';
import type { NotificationContent } from '../../shared/notification';
import { webhookEndpointStreamId } from '../domain/webhook-endpoint';
import { WebhookEndpointCommands } from '../webhook-endpoint-commands';
import { WEBHOOK_SECRETS_POLICY } from '../webhook-personal-data';
import { DEFAULT_WEBHOOK_SETTINGS } from '../webhook.tokens';
import { WebhookChannel } from './webhook-channel';

const HOUR = 3_600_000;
const staff = { actor: { id: 'u-1', role: 'applicant' }, correlationId: 'corr-1' };
const notification: NotificationContent = {
  notificationId: '0b7a7f0e-6f3c-5a55-9a1e-2f4f1f0c0001',
  kind: 'allocation-suspended',
  audience: { role: 'applicant', organisationId: 'org-1' },
  subject: { type: 'allocation', id: 'alloc-1' },
  facts: { reason: 'pledge breach', system: 'booster' },
  link: '/allocations/alloc-1',
  dueBy: '2026-12-01',
  occurredAt: '2026-11-02T08:59:00.000Z',
  cause: { eventId: 'evt-1', type: 'AllocationSuspended' },
};

describe('the webhook channel, against a real receiver', () => {
  let receiver: WebhookTestReceiver;
  let clock: TestClock;
  let inner: InMemoryEventStore;
  let keys: InMemoryPersonalDataKeys;
  let endpoints: WebhookEndpointCommands;
  let channel: WebhookChannel;

  beforeEach(async () => {
    receiver = await WebhookTestReceiver.start();
    clock = new TestClock();
    inner = new InMemoryEventStore();
    keys = new InMemoryPersonalDataKeys();
    const settings = { ...DEFAULT_WEBHOOK_SETTINGS, allowLocalUrls: true, timeoutMs: 500 };
    endpoints = new WebhookEndpointCommands(new EncryptingEventStore(inner, new PersonalDataCipher(keys, WEBHOOK_SECRETS_POLICY)), keys, clock, settings);
    channel = new WebhookChannel(endpoints, clock, settings);
  });
  afterEach(() => receiver.stop());

  const register = () => endpoints.register({ owner: { organisationId: 'org-1' }, url: `${receiver.url}/hooks`, kinds: [], description: 'ops' }, staff);
  const verify = (secret: string, index: number) => {
    const request = receiver.received[index];
    return verifyStandardWebhook(secret, request.headers as Record<string, string>, request.rawBody, { now: clock.now() });
  };

  it('POSTs the notification signed after Standard Webhooks, with the delivery id as webhook-id', async () => {
    const { endpointId, secret } = await register().then((r) => ({ endpointId: r.endpoint.endpointId, secret: r.secret.value }));
    const outcome = await channel.send({ deliveryId: 'a3c1e2d4-0000-5000-8000-000000000001', endpointId, notification });
    expect(outcome).toEqual({ outcome: 'delivered', status: 204 });
    const [request] = receiver.received;
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/hooks');
    expect(request.headers['webhook-id']).toBe('a3c1e2d4-0000-5000-8000-000000000001');
    expect(request.headers['webhook-timestamp']).toBe(String(Math.floor(clock.now().getTime() / 1000)));
    expect(request.headers['content-type']).toBe('application/json');
    expect(verify(secret, 0)).toBeNull();
    expect(verifyStandardWebhook(`whsec_${Buffer.alloc(32, 1).toString('base64')}`, request.headers as Record<string, string>, request.rawBody, { now: clock.now() })).toBe('no signature matches');
    expect(JSON.parse(request.rawBody)).toEqual({
      type: 'notification.allocation_suspended',
      timestamp: '2026-11-02T08:59:00.000Z',
      data: { notificationId: notification.notificationId, kind: 'allocation-suspended', subject: notification.subject, facts: notification.facts, link: notification.link, dueBy: '2026-12-01' },
    });
  });

  it('sends the same webhook-id, verifiable with the same secret, after a restart', async () => {
    const { endpoint, secret } = await register();
    const request = { deliveryId: 'a3c1e2d4-0000-5000-8000-00000000000a', endpointId: endpoint.endpointId, notification };
    await channel.send(request);
    // A new process: new objects over the same stored events and keys.
    const settings = { ...DEFAULT_WEBHOOK_SETTINGS, allowLocalUrls: true };
    const restarted = new WebhookEndpointCommands(new EncryptingEventStore(inner, new PersonalDataCipher(keys, WEBHOOK_SECRETS_POLICY)), keys, clock, settings);
    expect(await new WebhookChannel(restarted, clock, settings).send(request)).toEqual({ outcome: 'delivered', status: 204 });
    expect(receiver.received.map((r) => r.headers['webhook-id'])).toEqual([request.deliveryId, request.deliveryId]);
    expect(verify(secret.value, 1)).toBeNull();
  });

  it('answers retry without sending when the endpoint cannot be read', async () => {
    const { endpoint } = await register();
    jest.spyOn(inner, 'readStream').mockRejectedValueOnce(new Error('connection lost'));
    expect(await channel.send({ deliveryId: 'a3c1e2d4-0000-5000-8000-00000000000b', endpointId: endpoint.endpointId, notification })).toEqual({ outcome: 'retry', reason: 'endpoint not readable' });
    expect(receiver.received).toHaveLength(0);
  });

  it('keeps the secret out of the log in clear: sealed under its own subject id', async () => {
    const { endpoint, secret } = await register();
    const [stored] = await inner.readStream(webhookEndpointStreamId(endpoint.endpointId));
    expect(JSON.stringify(stored.data)).not.toContain(secret.value.slice(6));
    expect(stored.data).toMatchObject({ secret: { secretId: secret.secretId, $pii: { s: secret.secretId, f: ['value'] } } });
  });

  it('answers retry to a receiver failing with 500 three times, then delivered, with the same webhook-id each time', async () => {
    const { endpoint, secret } = await register();
    receiver.failNext(3, 500);
    const outcomes = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      outcomes.push(await channel.send({ deliveryId: 'a3c1e2d4-0000-5000-8000-000000000002', endpointId: endpoint.endpointId, notification }));
      clock.advance(5_000);
    }
    expect(outcomes.map((o) => o.outcome)).toEqual(['retry', 'retry', 'retry', 'delivered']);
    expect(outcomes[0]).toEqual({ outcome: 'retry', status: 500, reason: 'HTTP 500' });
    expect(new Set(receiver.received.map((r) => r.headers['webhook-id']))).toEqual(new Set(['a3c1e2d4-0000-5000-8000-000000000002']));
    // Each attempt carries its own time, and is signed for it.
    expect(new Set(receiver.received.map((r) => r.headers['webhook-timestamp'])).size).toBe(4);
    expect(verify(secret.value, 3)).toBeNull();
  });

  it('keeps the wait a 429 or 503 asks for in Retry-After, and ignores it on other failures', async () => {
    const { endpoint } = await register();
    receiver.failNext(1, 429, { 'retry-after': '120' });
    receiver.failNext(1, 503, { 'retry-after': new Date(clock.now().getTime() + 600_000).toUTCString() });
    receiver.failNext(1, 500, { 'retry-after': '120' });
    const send = () => channel.send({ deliveryId: 'a3c1e2d4-0000-5000-8000-000000000004', endpointId: endpoint.endpointId, notification });
    expect(await send()).toEqual({ outcome: 'retry', status: 429, reason: 'HTTP 429', retryAfterMs: 120_000 });
    expect(await send()).toEqual({ outcome: 'retry', status: 503, reason: 'HTTP 503', retryAfterMs: 600_000 });
    expect(await send()).toEqual({ outcome: 'retry', status: 500, reason: 'HTTP 500' });
  });

  it('refuses, without sending, a receiver at a local address unless local URLs are allowed: a name (checked where it connects) or a literal address', async () => {
    const strict = new WebhookChannel(endpoints, clock, { ...DEFAULT_WEBHOOK_SETTINGS, allowLocalUrls: false, timeoutMs: 500 });
    const byName = await endpoints.register({ owner: { organisationId: 'org-1' }, url: receiver.url.replace('127.0.0.1', 'localhost'), kinds: [], description: 'ops' }, staff);
    const literal = await register();
    for (const { endpoint } of [byName, literal]) {
      const outcome = await strict.send({ deliveryId: 'a3c1e2d4-0000-5000-8000-000000000005', endpointId: endpoint.endpointId, notification });
      expect(outcome).toEqual({ outcome: 'rejected', reason: 'the receiver is at a loopback, private or otherwise non-public address' });
    }
    expect(receiver.received).toHaveLength(0);
  });

  it.each([
    [429, 'retry'],
    [408, 'retry'],
    [503, 'retry'],
    [404, 'rejected'],
    [400, 'rejected'],
    [302, 'rejected'],
  ])('answers %i with %s', async (status, expected) => {
    const { endpoint } = await register();
    receiver.failNext(1, status);
    const outcome = await channel.send({ deliveryId: 'a3c1e2d4-0000-5000-8000-000000000003', endpointId: endpoint.endpointId, notification });
    expect(outcome).toMatchObject({ outcome: expected, status });
    expect(receiver.received).toHaveLength(1);
  });

  it('disables the endpoint on 410 Gone and sends nothing more to it', async () => {
    const { endpoint } = await register();
    receiver.failNext(1, 410);
    expect(await channel.send({ deliveryId: 'a3c1e2d4-0000-5000-8000-000000000004', endpointId: endpoint.endpointId, notification })).toMatchObject({ outcome: 'rejected', status: 410 });
    expect((await endpoints.load(endpoint.endpointId))?.endpoint).toMatchObject({ enabled: false, disabledReason: 'gone' });
    expect(await channel.send({ deliveryId: 'a3c1e2d4-0000-5000-8000-000000000005', endpointId: endpoint.endpointId, notification })).toEqual({ outcome: 'rejected', reason: 'endpoint disabled (410 Gone)' });
    expect(receiver.received).toHaveLength(1);
  });

  it('answers retry when the receiver does not answer in time', async () => {
    const { endpoint } = await register();
    receiver.holdNextRequests(1);
    expect(await channel.send({ deliveryId: 'a3c1e2d4-0000-5000-8000-000000000006', endpointId: endpoint.endpointId, notification })).toEqual({ outcome: 'retry', reason: 'timeout' });
  });

  it('answers retry with a short code when nobody listens', async () => {
    const { endpoint } = await register();
    await receiver.stop();
    expect(await channel.send({ deliveryId: 'a3c1e2d4-0000-5000-8000-000000000007', endpointId: endpoint.endpointId, notification })).toEqual({ outcome: 'retry', reason: 'ECONNREFUSED' });
    receiver = await WebhookTestReceiver.start();
  });

  it('signs with both secrets during a rotation, then only with the new one, and shreds the old', async () => {
    const { endpoint, secret: old } = await register();
    const { secret: fresh } = await endpoints.rotateSecret(endpoint.endpointId, staff);
    await channel.send({ deliveryId: 'a3c1e2d4-0000-5000-8000-000000000008', endpointId: endpoint.endpointId, notification });
    expect(String(receiver.received[0].headers['webhook-signature']).split(' ')).toHaveLength(2);
    expect(verify(old.value, 0)).toBeNull();
    expect(verify(fresh.value, 0)).toBeNull();

    clock.advance(24 * HOUR);
    await channel.send({ deliveryId: 'a3c1e2d4-0000-5000-8000-000000000009', endpointId: endpoint.endpointId, notification });
    expect(String(receiver.received[1].headers['webhook-signature']).split(' ')).toHaveLength(1);
    expect(verify(old.value, 1)).toBe('no signature matches');
    expect(verify(fresh.value, 1)).toBeNull();
    expect(keys.isErased(old.secretId)).toBe(true);
    expect(keys.isErased(fresh.secretId)).toBe(false);
    expect((await endpoints.load(endpoint.endpointId))?.endpoint.previous).toBeUndefined();
  });
});
