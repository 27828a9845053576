import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { isLocalAddress } from '../domain/endpoint-url';
import { LOCAL_ADDRESS_CODE, publicAddressLookup } from './public-address-lookup';

/** What came back from one POST, or why nothing did. */
export type PostResult = { kind: 'answered'; status: number; retryAfter?: string } | { kind: 'timeout' } | { kind: 'network'; code: string };

export interface PostOptions {
  timeoutMs: number;
  maxResponseBytes: number;
  /** A test's or a developer's receiver: loopback and private addresses allowed. */
  allowLocalUrls: boolean;
}

/**
 * One POST, no redirect followed (the spec: a 3xx is a failure, the URL should be updated), the
 * answer read up to `maxResponseBytes` and then dropped: a receiver cannot make us hold a large
 * body, and its content is never logged (it could hold anything). Unless local URLs are allowed,
 * the connection goes only to a public address, whatever the name resolves to at that moment.
 * node:http rather than fetch: fetch has no hook at the address it connects to.
 */
export function postWebhook(url: string, headers: Record<string, string>, body: string, options: PostOptions): Promise<PostResult> {
  const target = new URL(url);
  const host = target.hostname.replace(/^\[|\]$/g, '');
  // A literal address needs no lookup, so the lookup's check would not see it.
  if (!options.allowLocalUrls && isIP(host) !== 0 && isLocalAddress(host)) return Promise.resolve({ kind: 'network', code: LOCAL_ADDRESS_CODE });
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: PostResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const request = send(
      target,
      { method: 'POST', headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) }, ...(options.allowLocalUrls ? {} : { lookup: publicAddressLookup }) },
      (response) => drain(response, options.maxResponseBytes, () => finish(answered(response))),
    );
    // The whole exchange, the answer's body included, within the time allowed.
    const timer = setTimeout(() => {
      finish({ kind: 'timeout' });
      request.destroy();
    }, options.timeoutMs);
    request.on('error', (error) => finish({ kind: 'network', code: networkCode(error) }));
    request.end(body);
  });
}

function answered(response: IncomingMessage): PostResult {
  const retryAfter = response.headers['retry-after'];
  return { kind: 'answered', status: response.statusCode ?? 0, ...(retryAfter !== undefined ? { retryAfter } : {}) };
}

/** Reads the answer up to `limit` bytes, then drops the connection; `done` once either happens. */
function drain(response: IncomingMessage, limit: number, done: () => void): void {
  let read = 0;
  response.on('data', (chunk: Buffer) => {
    read += chunk.byteLength;
    if (read >= limit) {
      response.destroy();
      done();
    }
  });
  response.on('end', done);
  // A receiver that drops the connection mid-answer has still answered with its status.
  response.on('error', done);
  response.on('close', done);
}

/** A short code such as ECONNREFUSED, never the message (which may repeat the URL). */
function networkCode(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } }).cause;
  const code = cause?.code ?? (error as { code?: unknown }).code;
  return typeof code === 'string' && /^[A-Z0-9_]{2,40}$/.test(code) ? code : 'network error';
}
