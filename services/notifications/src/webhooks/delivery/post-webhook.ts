/** What came back from one POST, or why nothing did. */
export type PostResult = { kind: 'answered'; status: number; retryAfter?: string } | { kind: 'timeout' } | { kind: 'network'; code: string };

/**
 * One POST, no redirect followed (the spec: a 3xx is a failure, the URL should be updated), the
 * answer read up to `maxResponseBytes` and then dropped: a receiver cannot make us hold a large
 * body, and its content is never logged (it could hold anything).
 */
export async function postWebhook(url: string, headers: Record<string, string>, body: string, options: { timeoutMs: number; maxResponseBytes: number }): Promise<PostResult> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    const response = await fetch(url, { method: 'POST', headers, body, redirect: 'manual', signal });
    await drain(response, options.maxResponseBytes);
    const retryAfter = response.headers.get('retry-after');
    return { kind: 'answered', status: response.status, ...(retryAfter !== null ? { retryAfter } : {}) };
  } catch (error) {
    if (signal.aborted) return { kind: 'timeout' };
    return { kind: 'network', code: networkCode(error) };
  }
}

async function drain(response: Response, limit: number): Promise<void> {
  if (!response.body) return;
  const reader = response.body.getReader();
  let read = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    read += value.byteLength;
    if (read >= limit) {
      await reader.cancel();
      return;
    }
  }
}

/** A short code such as ECONNREFUSED, never the message (which may repeat the URL). */
function networkCode(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } }).cause;
  const code = cause?.code ?? (error as { code?: unknown }).code;
  return typeof code === 'string' && /^[A-Z0-9_]{2,40}$/.test(code) ? code : 'network error';
}
