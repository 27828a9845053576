import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the receiver saw it: the raw body, since a signature covers the exact bytes. */
export interface ReceivedWebhook {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  rawBody: string;
  /** The status the receiver answered with. */
  status: number;
  receivedAt: Date;
}

/**
 * A real HTTP server on a free loopback port that records every request and answers 204, or,
 * when told, fails the next requests with a status, or holds them (never answers) to provoke a
 * sender's timeout. For the webhook tests of the notifications service and the e2e tests.
 */
export class WebhookTestReceiver {
  readonly received: ReceivedWebhook[] = [];
  private readonly failures: { status: number; headers: Record<string, string> }[] = [];
  private holdNext = 0;
  private readonly held = new Set<() => void>();

  private constructor(private readonly server: Server) {}

  static async start(): Promise<WebhookTestReceiver> {
    const server = createServer();
    const receiver = new WebhookTestReceiver(server);
    server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => receiver.answer(request.method ?? '', request.url ?? '', request.headers, Buffer.concat(chunks).toString('utf8'), response));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return receiver;
  }

  /** The base URL, e.g. http://127.0.0.1:41234; add a path of your choosing. */
  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The next `count` requests are answered with `status` and `headers` (recorded all the same). */
  failNext(count: number, status: number, headers: Record<string, string> = {}): void {
    for (let i = 0; i < count; i++) this.failures.push({ status, headers });
  }

  /** The next `count` requests get no answer until the receiver stops (the sender times out). */
  holdNextRequests(count: number): void {
    this.holdNext += count;
  }

  /** The requests that were answered 2xx. */
  get accepted(): ReceivedWebhook[] {
    return this.received.filter((r) => r.status >= 200 && r.status < 300);
  }

  async stop(): Promise<void> {
    for (const release of this.held) release();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private answer(method: string, path: string, headers: IncomingHttpHeaders, rawBody: string, response: ServerResponse): void {
    if (this.holdNext > 0) {
      this.holdNext--;
      this.received.push({ method, path, headers, rawBody, status: 0, receivedAt: new Date() });
      const release = () => response.destroy();
      this.held.add(release);
      response.on('close', () => this.held.delete(release));
      return;
    }
    const { status, headers: answerHeaders } = this.failures.shift() ?? { status: 204, headers: {} };
    this.received.push({ method, path, headers, rawBody, status, receivedAt: new Date() });
    response.writeHead(status, { 'content-type': 'text/plain', ...answerHeaders }).end(status === 204 ? undefined : `status ${status}`);
  }
}

/**
 * Standard Webhooks' verification, written from the specification (symmetric scheme), independent
 * of any sender's code: HMAC-SHA256 keyed with the base64-decoded `whsec_` secret over
 * `id.timestamp.body`, compared in constant time with each `v1,` signature of the space-separated
 * header; the timestamp must be within `toleranceSeconds` of `now`. Returns why it fails, or null.
 */
export function verifyStandardWebhook(
  secret: string,
  headers: Record<string, string | string[] | undefined>,
  body: string,
  options: { now?: Date; toleranceSeconds?: number } = {},
): string | null {
  const one = (name: string) => {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const id = one('webhook-id');
  const timestamp = one('webhook-timestamp');
  const signatures = one('webhook-signature');
  if (!id || !timestamp || !signatures) return 'missing webhook-id, webhook-timestamp or webhook-signature';
  if (!/^\d+$/.test(timestamp)) return 'webhook-timestamp is not an integer';
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (Math.abs(now - Number(timestamp)) > (options.toleranceSeconds ?? 300)) return 'webhook-timestamp outside the tolerance';
  const key = Buffer.from(secret.startsWith('whsec_') ? secret.slice(6) : secret, 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`, 'utf8').digest();
  for (const entry of signatures.split(' ')) {
    const comma = entry.indexOf(',');
    if (entry.slice(0, comma) !== 'v1') continue;
    const given = Buffer.from(entry.slice(comma + 1), 'base64');
    if (given.length === expected.length && timingSafeEqual(given, expected)) return null;
  }
  return 'no signature matches';
}
