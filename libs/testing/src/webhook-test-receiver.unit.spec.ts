import { verifyStandardWebhook } from './webhook-test-receiver';

// The reference libraries' shared vector (standard-webhooks libraries/go webhook_test.go).
const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const body = '{"test": 2432232314}';
const headers = { 'webhook-id': 'msg_p5jXN8AQM9LWM0D4loKWxJek', 'webhook-timestamp': '1614265330', 'webhook-signature': 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=' };
const at = new Date(1614265330 * 1000);

describe('verifyStandardWebhook', () => {
  it('accepts the reference vector, also as one of several signatures', () => {
    expect(verifyStandardWebhook(secret, headers, body, { now: at })).toBeNull();
    expect(verifyStandardWebhook(secret, { ...headers, 'webhook-signature': `v1,AAAA v1a,BBBB ${headers['webhook-signature']}` }, body, { now: at })).toBeNull();
  });

  it('refuses a changed body, another secret, a stale timestamp and missing headers', () => {
    expect(verifyStandardWebhook(secret, headers, '{"test": 2432232315}', { now: at })).toBe('no signature matches');
    expect(verifyStandardWebhook('whsec_' + Buffer.alloc(24, 7).toString('base64'), headers, body, { now: at })).toBe('no signature matches');
    expect(verifyStandardWebhook(secret, headers, body, { now: new Date(at.getTime() + 301_000) })).toBe('webhook-timestamp outside the tolerance');
    expect(verifyStandardWebhook(secret, { ...headers, 'webhook-id': undefined }, body, { now: at })).toMatch(/^missing/);
  });
});
