import { createHmac, timingSafeEqual } from 'node:crypto';
import { generateSigningSecret, secretKey, signatureHeader, signatureOf } from './standard-webhook-signature';

// The reference libraries' shared test vector (standard-webhooks libraries/go webhook_test.go, TestWebhookSign).
const VECTOR = {
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: 1614265330,
  body: '{"test": 2432232314}',
  signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
};

/** The spec's verification, written here from its text and not from the code under test. */
function verifies(secret: string, id: string, timestamp: number, body: string, header: string): boolean {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest();
  return header.split(' ').some((entry) => {
    const [version, signature] = entry.split(',');
    if (version !== 'v1' || !signature) return false;
    const given = Buffer.from(signature, 'base64');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

describe('Standard Webhooks signature', () => {
  it('signs the reference vector as the reference libraries do', () => {
    expect(signatureOf(VECTOR.secret, VECTOR.id, VECTOR.timestamp, VECTOR.body)).toBe(VECTOR.signature);
  });

  it('takes the secret with or without its whsec_ prefix', () => {
    expect(signatureOf(VECTOR.secret.slice('whsec_'.length), VECTOR.id, VECTOR.timestamp, VECTOR.body)).toBe(VECTOR.signature);
  });

  it('sends one signature per secret, space-separated, each verifying on its own', () => {
    const [a, b] = [generateSigningSecret(), generateSigningSecret()];
    const header = signatureHeader([a, b], 'f2a1c3b4-0000-4000-8000-000000000001', 1_700_000_000, '{"x":1}');
    const parts = header.split(' ');
    expect(parts).toHaveLength(2);
    expect(verifies(a, 'f2a1c3b4-0000-4000-8000-000000000001', 1_700_000_000, '{"x":1}', parts[0])).toBe(true);
    expect(verifies(b, 'f2a1c3b4-0000-4000-8000-000000000001', 1_700_000_000, '{"x":1}', parts[1])).toBe(true);
    expect(verifies(a, 'f2a1c3b4-0000-4000-8000-000000000001', 1_700_000_000, '{"x":2}', header)).toBe(false);
  });

  it('generates whsec_ secrets of 32 random bytes, never the same twice', () => {
    const secrets = new Set(Array.from({ length: 20 }, () => generateSigningSecret()));
    expect(secrets.size).toBe(20);
    for (const secret of secrets) {
      expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
      expect(secretKey(secret)).toHaveLength(32);
    }
  });

  it('refuses an id holding a full stop, and an empty secret', () => {
    expect(() => signatureOf(VECTOR.secret, 'a.b', 1, '{}')).toThrow('must not contain');
    expect(() => signatureOf('whsec_', 'a', 1, '{}')).toThrow('must not be empty');
  });
});
