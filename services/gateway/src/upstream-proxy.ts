import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { IDENTITY_HEADER_PREFIX } from './identity-headers';

/** RFC 9110 section 7.6.1: meaningful for one connection only, never forwarded. */
const HOP_BY_HOP = new Set([
  'connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'proxy-connection',
  'te', 'trailer', 'transfer-encoding', 'upgrade',
]);

export interface ForwardRequest {
  /** The incoming request, its body still unread. */
  incoming: IncomingMessage;
  outgoing: ServerResponse;
  /** The full upstream URL: service base URL plus the original path and query. */
  target: URL;
  /** Added to (and replacing) what the client sent. */
  headers: Record<string, string>;
  service: string;
  timeoutMs: number;
  /** The path the client asked for, named in problem responses. */
  instance: string;
}

class UpstreamTimeout extends Error {}

/**
 * Streams the request to the service and its answer back, bodies untouched. Resolves when the
 * exchange is over; failures before the service answered become problem+json 502 or 504.
 */
export function forward({ incoming, outgoing, target, headers, service, timeoutMs, instance }: ForwardRequest): Promise<void> {
  if (incoming.readableEnded && hasBody(incoming)) {
    return Promise.reject(new Error('the request body was already read: run the gateway without a body parser (createGatewayApp does)'));
  }
  return new Promise((resolve) => {
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const upstream = send(target, { method: incoming.method, headers: requestHeaders(incoming, target, headers) });
    upstream.setTimeout(timeoutMs, () => upstream.destroy(new UpstreamTimeout()));

    upstream.on('response', (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, withoutHopByHop(answer.headers));
      answer.pipe(outgoing);
      answer.on('end', resolve);
      answer.on('error', () => outgoing.destroy());
    });
    upstream.on('error', (error) => {
      resolve();
      // Once the service's status line has gone out there is no other answer to give.
      if (outgoing.headersSent) return void outgoing.destroy();
      const timedOut = error instanceof UpstreamTimeout;
      writeProblem(
        outgoing,
        timedOut ? 504 : 502,
        timedOut ? 'gateway-timeout' : 'bad-gateway',
        timedOut ? 'Gateway timeout' : 'Bad gateway',
        timedOut ? `the ${service} service did not answer within ${timeoutMs} ms` : `the ${service} service is unavailable`,
        instance,
      );
    });
    // A client that gives up should not leave the service working for nobody.
    outgoing.on('close', () => {
      if (!outgoing.writableFinished) upstream.destroy();
      resolve();
    });
    incoming.pipe(upstream);
  });
}

function requestHeaders(incoming: IncomingMessage, target: URL, added: Record<string, string>): OutgoingHttpHeaders {
  const headers = withoutHopByHop(incoming.headers);
  for (const name of Object.keys(headers)) {
    if (name.startsWith(IDENTITY_HEADER_PREFIX)) delete headers[name];
  }
  const forwardedFor = [incoming.headers['x-forwarded-for'], incoming.socket.remoteAddress].filter(Boolean).join(', ');
  return {
    ...headers,
    host: target.host,
    'x-forwarded-for': forwardedFor,
    'x-forwarded-proto': 'encrypted' in incoming.socket ? 'https' : 'http',
    ...(incoming.headers.host ? { 'x-forwarded-host': incoming.headers.host } : {}),
    ...added,
  };
}

function hasBody(incoming: IncomingMessage): boolean {
  return incoming.headers['transfer-encoding'] !== undefined || Number(incoming.headers['content-length'] ?? 0) > 0;
}

function withoutHopByHop(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
  // Headers named in Connection are hop-by-hop too (RFC 9110 section 7.6.1).
  const named = new Set(
    String(headers.connection ?? '')
      .split(',')
      .map((name) => name.trim().toLowerCase()),
  );
  const kept: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name) && !named.has(name)) kept[name] = value;
  }
  return kept;
}

/** RFC 9457, in the same shape as the services' own errors. */
export function writeProblem(response: ServerResponse, status: number, code: string, title: string, detail: string, instance?: string): void {
  const body = JSON.stringify({ type: `https://hpc-access.eu/problems/${code}`, title, status, code, detail, ...(instance ? { instance } : {}) });
  response.writeHead(status, { 'content-type': 'application/problem+json', 'content-length': Buffer.byteLength(body) });
  response.end(body);
}
