import autocannon from 'autocannon';

export interface LoadResult {
  /** Answered with 2xx per second of the run. */
  perSecond: number;
  p50: number;
  p99: number;
  ok: number;
  failed: number;
  seconds: number;
}

export interface LoadSpec {
  url: string;
  path: string | ((i: number) => string);
  token: string;
  /** POST unless told (the lists bench GETs). */
  method?: 'GET' | 'POST';
  body?: unknown;
  /** A run of fixed length... */
  seconds?: number;
  /** ...or of a fixed number of requests (a pool of applications used once each). */
  amount?: number;
  /** Requests per second over all connections (the half-rate runs); open loop up to it. */
  overallRate?: number;
  connections: number;
  /** Sees each 2xx answer's body (the drafts' ids become the pool of the commands after). */
  onOk?: (body: string) => void;
}

/** One autocannon run: 8 connections, each sending its next request when the last was answered. */
export async function load(spec: LoadSpec): Promise<LoadResult> {
  let i = 0;
  const pathOf = typeof spec.path === 'string' ? () => spec.path as string : spec.path;
  const result = await autocannon({
    url: spec.url,
    connections: spec.connections,
    ...(spec.amount !== undefined ? { amount: spec.amount } : { duration: spec.seconds ?? 10 }),
    ...(spec.overallRate ? { overallRate: spec.overallRate } : {}),
    timeout: 30,
    requests: [{
      method: spec.method ?? 'POST',
      headers: { authorization: `Bearer ${spec.token}`, 'content-type': 'application/json' },
      ...(spec.body !== undefined ? { body: JSON.stringify(spec.body) } : {}),
      setupRequest: (request) => ({ ...request, path: pathOf(i++) }),
      ...(spec.onOk ? { onResponse: (status: number, body: string) => { if (status < 300) spec.onOk?.(body); } } : {}),
    }],
  });
  const ok = result['2xx'];
  return {
    perSecond: ok / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok,
    failed: result.non2xx + result.errors + result.timeouts,
    seconds: result.duration,
  };
}
