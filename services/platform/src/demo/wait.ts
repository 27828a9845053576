/**
 * Waiting for the asynchronous work of the services (projections, integration events) over
 * HTTP only: read a model until it shows what the previous step caused.
 */
export interface Waiter {
  /** Reads `read` until `done` holds (or throws after the timeout, naming `what`). */
  until<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean): Promise<T>;
}

export function waiter(options: { settle?: () => Promise<void>; timeoutMs?: number; intervalMs?: number } = {}): Waiter {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const intervalMs = options.intervalMs ?? 100;
  return {
    async until(what, read, done) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        if (options.settle) await options.settle();
        const value = await read();
        if (done(value)) return value;
        if (Date.now() > deadline) throw new Error(`seeding demo: gave up waiting for ${what} after ${timeoutMs} ms (last seen: ${JSON.stringify(value)})`);
        await new Promise((resolve) => setTimeout(resolve, intervalMs));
      }
    },
  };
}
