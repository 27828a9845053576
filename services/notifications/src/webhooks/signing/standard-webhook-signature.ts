/**
 * Standard Webhooks' symmetric scheme (spec/standard-webhooks.md, "Signature scheme"): HMAC-SHA256
 * keyed with the base64-decoded `whsec_` secret over `${id}.${timestamp}.${body}`, sent as
 * `v1,<base64>`; several signatures space-separated while a rotated secret still signs.
 * node:crypto rather than the `standardwebhooks` package: see ADR 34, "Dependencies".
 */
import { createHmac, randomBytes } from 'node:crypto';

const PREFIX = 'whsec_';
/** The spec asks for 24 to 64 random bytes; 32 is HMAC-SHA256's block-friendly key size. */
const SECRET_BYTES = 32;

export function generateSigningSecret(): string {
  return PREFIX + randomBytes(SECRET_BYTES).toString('base64');
}

/** The key bytes of a secret, with or without its `whsec_` prefix. */
export function secretKey(secret: string): Buffer {
  const encoded = secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : secret;
  const key = Buffer.from(encoded, 'base64');
  if (key.length === 0) throw new Error('a webhook signing secret must not be empty');
  return key;
}

/** One `v1,<base64>` signature of a message. */
export function signatureOf(secret: string, id: string, timestampSeconds: number, body: string): string {
  // The spec forbids a `.` in id and timestamp: they would let one signed content pass for another.
  if (id.includes('.')) throw new Error('a webhook id must not contain "."');
  const mac = createHmac('sha256', secretKey(secret)).update(`${id}.${timestampSeconds}.${body}`, 'utf8').digest('base64');
  return `v1,${mac}`;
}

/** The `webhook-signature` header: one signature per secret, space-separated. */
export function signatureHeader(secrets: readonly string[], id: string, timestampSeconds: number, body: string): string {
  return secrets.map((secret) => signatureOf(secret, id, timestampSeconds, body)).join(' ');
}
