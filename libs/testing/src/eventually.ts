export interface EventuallyOptions {
  timeoutMs?: number;
  intervalMs?: number;
}

/**
 * Retries `probe` until it stops throwing (and returns), or fails with its last error at the
 * deadline. Eventual consistency is tested by polling with a deadline, never by sleeping.
 */
export async function eventually<T>(probe: () => T | Promise<T>, options: EventuallyOptions = {}): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? 10_000);
  for (;;) {
    try {
      return await probe();
    } catch (error) {
      if (Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 20));
    }
  }
}

/** Waits until `condition` holds; the message says what was awaited when it never does. */
export async function waitFor(condition: () => boolean | Promise<boolean>, what: string, options: EventuallyOptions = {}): Promise<void> {
  await eventually(async () => {
    if (!(await condition())) throw new Error(`timed out waiting for ${what}`);
  }, options);
}

/**
 * Reads until `done` holds of what was read, and returns it; fails at the deadline with the last
 * value read (or the read's last error).
 */
export async function pollUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, options: EventuallyOptions = {}): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  return eventually(async () => {
    const value = await read();
    if (!done(value)) throw new Error(`not reached within ${timeoutMs} ms: ${JSON.stringify(value)}`);
    return value;
  }, { timeoutMs, intervalMs: options.intervalMs ?? 200 });
}
