/** Exponential backoff, capped: attempt 1 waits `initialDelayMs`, each next one `factor` times more. */
export interface BackoffPolicy {
  initialDelayMs: number;
  maxDelayMs: number;
  /** Defaults to 2. */
  factor?: number;
}

export function backoffDelay(policy: BackoffPolicy, attempt: number): number {
  const factor = policy.factor ?? 2;
  const exponential = policy.initialDelayMs * factor ** Math.max(0, attempt - 1);
  // Up to 20 % jitter keeps many retrying clients from hitting a recovering broker in step.
  return Math.min(policy.maxDelayMs, exponential) * (0.8 + Math.random() * 0.2);
}

/** Waits `ms`; resolves false at once when `signal` aborts, so stopping never waits out a backoff. */
export function sleep(ms: number, signal?: AbortSignal): Promise<boolean> {
  if (signal?.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
