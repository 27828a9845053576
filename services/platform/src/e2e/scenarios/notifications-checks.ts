import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Sql } from '@hpc-access/sql';
import { pollUntil, type ReceivedMail, type ReceivedWebhook } from '@hpc-access/testing';
import type { Json } from '../../client/platform-client';
import type { World } from '../../testing-only/world';

// What the notifications journey (notifications-journey.ts) checks its messages with.

/**
 * Standard Webhooks' symmetric verification, written here from the specification and nothing
 * else (neither the production signer nor the testing library's verifier): the secret is the
 * base64 after `whsec_`; the signed content `${webhook-id}.${webhook-timestamp}.${body}`;
 * HMAC-SHA256, base64; the header is space-separated `v1,<signature>` entries, any of which may
 * match, compared in constant time; the timestamp within `toleranceSeconds` of the receiver's
 * clock. Returns why it fails, or null.
 */
export function standardWebhooksVerify(secret: string, headers: Record<string, string | string[] | undefined>, body: string, now: Date, toleranceSeconds = 300): string | null {
  const header = (name: string) => {
    const value = headers[name];
    return Array.isArray(value) ? value.join(' ') : value;
  };
  const id = header('webhook-id');
  const timestamp = header('webhook-timestamp');
  const signature = header('webhook-signature');
  if (!id || !timestamp || !signature) return 'a webhook-id, webhook-timestamp or webhook-signature header is missing';
  if (!/^\d+$/.test(timestamp)) return 'webhook-timestamp is not whole seconds';
  if (Math.abs(Math.floor(now.getTime() / 1000) - Number(timestamp)) > toleranceSeconds) return `webhook-timestamp ${timestamp} too far from ${now.toISOString()}`;
  if (!secret.startsWith('whsec_')) return 'the secret has no whsec_ prefix';
  const expected = createHmac('sha256', Buffer.from(secret.slice('whsec_'.length), 'base64')).update(`${id}.${timestamp}.${body}`).digest();
  const matches = signature.split(' ').some((entry) => {
    const [version, value] = entry.split(',', 2);
    if (version !== 'v1' || !value) return false;
    const given = Buffer.from(value, 'base64');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  return matches ? null : 'no v1 signature matches';
}

/**
 * The verifier above checked before it is trusted: it accepts the reference libraries' shared
 * test vector (standard-webhooks, TestWebhookSign) and refuses it altered in each part.
 */
export function expectVerifierSound(): void {
  const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
  const headers = { 'webhook-id': 'msg_p5jXN8AQM9LWM0D4loKWxJek', 'webhook-timestamp': '1614265330', 'webhook-signature': 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=' };
  const body = '{"test": 2432232314}';
  const at = new Date(1614265330 * 1000);
  expect(standardWebhooksVerify(secret, headers, body, at)).toBeNull();
  expect(standardWebhooksVerify(secret, { ...headers, 'webhook-signature': `v1,bm9wZQ== ${headers['webhook-signature']}` }, body, at)).toBeNull();
  expect(standardWebhooksVerify(secret, headers, '{"test": 2432232315}', at)).toBe('no v1 signature matches');
  expect(standardWebhooksVerify(secret, { ...headers, 'webhook-id': 'msg_other' }, body, at)).toBe('no v1 signature matches');
  expect(standardWebhooksVerify('whsec_' + Buffer.alloc(24, 7).toString('base64'), headers, body, at)).toBe('no v1 signature matches');
  expect(standardWebhooksVerify(secret, { ...headers, 'webhook-signature': headers['webhook-signature'].replace('v1,', 'v2,') }, body, at)).toBe('no v1 signature matches');
  expect(standardWebhooksVerify(secret, headers, body, new Date(at.getTime() + 301_000))).toMatch(/too far/);
}

export interface DeliveryEntry {
  deliveryId: string;
  notificationId: string;
  kind: string;
  channel: 'email' | 'webhook';
  target: string;
  status: 'pending' | 'delivered' | 'failed';
  nextAttemptAt: string | null;
  attempts: Array<{ attempt: number; outcome: string; status: number | null; reason: string | null }>;
}

/** The whole delivery log, every page. */
export async function deliveryLog(world: World): Promise<DeliveryEntry[]> {
  const admin = await world.as('administrator', { userId: 'admin-notifications' });
  const entries: DeliveryEntry[] = [];
  for (let page = 1; ; page++) {
    const answer = await admin.get(`/api/notifications/deliveries?page=${page}&pageSize=100`);
    expect(answer.status).toBe(200);
    entries.push(...(answer.body.items as DeliveryEntry[]));
    if (entries.length >= answer.body.total || answer.body.items.length === 0) return entries;
  }
}

/** Notifications raised that the dispatcher has not fanned out yet (not visible over HTTP). */
async function notFannedOut(db: Sql): Promise<number> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM notifications.notifications WHERE NOT fanned_out');
  return rows[0].n;
}

/**
 * Until the dispatcher has nothing left to do by the platform's clock: everything raised is
 * fanned out, and `done` holds of the delivery log (by default: no delivery pending). Polls with
 * a deadline; the log is returned.
 */
export async function untilDispatched(world: World, db: Sql, done: (log: DeliveryEntry[]) => boolean = (log) => log.every((d) => d.status !== 'pending'), timeoutMs = 60_000): Promise<DeliveryEntry[]> {
  await world.settle();
  const state = await pollUntil(async () => ({ unfanned: await notFannedOut(db), log: await deliveryLog(world) }), ({ unfanned, log }) => unfanned === 0 && done(log), { timeoutMs, intervalMs: 100 });
  return state.log;
}

/** The delivery id in a Message-ID `<id@domain>`. */
export const deliveryIdOfMail = (mail: ReceivedMail): string => /^<([^@>]+)@/.exec(mail.messageId ?? '')?.[1] ?? `(no Message-ID: ${mail.messageId})`;

const header = (request: ReceivedWebhook, name: string): string => {
  const value = request.headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? '';
};
export const webhookIdOf = (request: ReceivedWebhook): string => header(request, 'webhook-id');

/** An e-mail as the test compares it: recipient, kind (from the delivery log by its Message-ID) and the link in its text. */
export function describeMail(mail: ReceivedMail, log: DeliveryEntry[], baseUrl: string): [string, string, string] {
  const entry = log.find((d) => d.deliveryId === deliveryIdOfMail(mail));
  const link = new RegExp(`${baseUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(/[^\\s)"<]*)`).exec(mail.text ?? '')?.[1] ?? '(no link)';
  return [mail.envelope.to.join(','), entry?.kind ?? `(not in the log: ${mail.messageId})`, link];
}

/** A webhook as the test compares it: its kind and the subject it is about, from the signed body. */
export function describeWebhook(request: ReceivedWebhook): [string, string, string] {
  const body = JSON.parse(request.rawBody) as Json;
  return [body.data.kind, body.data.subject.id, body.data.link];
}

/** Sorted, for comparing sets of tuples regardless of the order of delivery. */
export const sorted = <T extends unknown[]>(rows: T[]): T[] => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

/** How many times each id occurs among `ids`, keeping only those seen more than once. */
export function repeated(ids: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const id of ids) counts[id] = (counts[id] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 1));
}
