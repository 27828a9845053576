import type { TokenSource } from '../auth/token-source';
import { asSiteOrder, type SiteOrder } from './site-order';

export class PlatformError extends Error {
  override readonly name = 'PlatformError';
  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`${method} ${path} answered ${status}: ${typeof body === 'string' ? body.slice(0, 500) : JSON.stringify(body).slice(0, 500)}`);
  }

  /** problem+json's `code`, where the platform sent one. */
  get code(): string | undefined {
    const code = (this.body as { code?: unknown } | null)?.code;
    return typeof code === 'string' ? code : undefined;
  }
}

/** What the platform made of a usage batch (accounting's import report). */
export interface ImportReport {
  importId: string;
  accepted: number;
  duplicates: number;
  flagged: number;
  rejected: Array<{ line: number; reason: string }>;
  charged: Array<{ allocationId: string; jobs: number; gpuHours: number }>;
}

const PAGE_SIZE = 100;

/** The platform's routes this agent uses, with the site's bearer token. */
export class PlatformApi {
  constructor(
    private readonly baseUrl: string,
    private readonly siteId: string,
    private readonly tokens: TokenSource,
    private readonly timeoutMs: number,
  ) {}

  /** Every order of the site with this status, in the order to apply them; malformed ones listed apart. */
  async orders(status: 'pending' | 'done'): Promise<{ orders: SiteOrder[]; malformed: Array<{ orderId: unknown; reason: string }> }> {
    const orders: SiteOrder[] = [];
    const malformed: Array<{ orderId: unknown; reason: string }> = [];
    for (let page = 1; ; page += 1) {
      const body = (await this.request('GET', `/api/allocation/sites/${this.siteId}/orders?status=${status}&page=${page}&pageSize=${PAGE_SIZE}`)) as { items?: unknown[]; total?: number };
      const items = Array.isArray(body?.items) ? body.items : [];
      for (const item of items) {
        const order = asSiteOrder(item);
        if (typeof order === 'string') malformed.push({ orderId: (item as { orderId?: unknown } | null)?.orderId, reason: order });
        else orders.push(order);
      }
      const total = typeof body?.total === 'number' ? body.total : items.length;
      if (items.length < PAGE_SIZE || page * PAGE_SIZE >= total) break;
    }
    return { orders, malformed };
  }

  /** The attempt is the order's as read: an answer about an attempt staff have since retried is refused (409), not counted. */
  async acknowledge(order: { orderId: string; attempt: number }, outcome: 'done' | 'failed', error?: string): Promise<void> {
    await this.request('POST', `/api/allocation/sites/${this.siteId}/orders/${encodeURIComponent(order.orderId)}/acknowledgement`, {
      json: outcome === 'failed' ? { outcome, error: (error ?? 'failed').slice(0, 2000), attempt: order.attempt } : { outcome, attempt: order.attempt },
    });
  }

  /** One batch of `sacct --parsable2` lines; the key makes a re-sent batch a replay, never a second import. */
  async pushUsage(system: string, text: string, idempotencyKey: string, checkpoint: string | null): Promise<ImportReport> {
    const query = new URLSearchParams({ system, ...(checkpoint === null ? {} : { checkpoint }) });
    return (await this.request('POST', `/api/accounting/usage/sacct?${query.toString()}`, { text, idempotencyKey })) as ImportReport;
  }

  /**
   * The platform's record of how far this site's usage arrived (`null` when it keeps none yet, or
   * does not offer the route: then the local checkpoint alone counts).
   */
  async usageCheckpoint(system: string): Promise<{ kept: boolean; at: Date | null }> {
    let body: unknown;
    try {
      body = await this.request('GET', `/api/accounting/sites/${this.siteId}/usage-checkpoint?system=${encodeURIComponent(system)}`);
    } catch (error) {
      // A platform without the route keeps no checkpoint (and would refuse the parameter).
      if (error instanceof PlatformError && error.status === 404 && error.code !== 'unknown-site') return { kept: false, at: null };
      throw error;
    }
    return { kept: true, at: checkpointOf(body, system) };
  }

  private async request(method: 'GET' | 'POST', path: string, options: { json?: unknown; text?: string; idempotencyKey?: string } = {}, retried = false): Promise<unknown> {
    const headers: Record<string, string> = { authorization: `Bearer ${await this.tokens.token()}`, accept: 'application/json, application/problem+json' };
    let body: string | undefined;
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.text !== undefined) {
      headers['content-type'] = 'text/plain; charset=utf-8';
      body = options.text;
    }
    if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}${path}`, { method, headers, body, signal: AbortSignal.timeout(this.timeoutMs) });
    } catch (error) {
      throw new PlatformError(method, path, 0, `unreachable: ${(error as Error).message}`);
    }
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: kept as text for the error
    }
    if (response.status === 401 && !retried) {
      // A token refused (keys rotated, revoked): one fresh token, one more try.
      this.tokens.invalidate();
      return this.request(method, path, options, true);
    }
    if (!response.ok) throw new PlatformError(method, path, response.status, parsed);
    return parsed;
  }
}

/** `{ checkpoint }`, or `{ checkpoints: [{ system, checkpoint }] }` / keyed by system. */
export function checkpointOf(body: unknown, system: string): Date | null {
  if (typeof body !== 'object' || body === null) return null;
  const record = body as Record<string, unknown>;
  const candidates: unknown[] = [record['checkpoint']];
  const many = record['checkpoints'];
  if (Array.isArray(many)) candidates.push(...many.filter((c) => (c as { system?: unknown })?.system === system).map((c) => (c as { checkpoint?: unknown }).checkpoint));
  else if (typeof many === 'object' && many !== null) candidates.push((many as Record<string, unknown>)[system]);
  for (const candidate of candidates) {
    const value = typeof candidate === 'object' && candidate !== null ? (candidate as { until?: unknown }).until : candidate;
    if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return new Date(value);
  }
  return null;
}
