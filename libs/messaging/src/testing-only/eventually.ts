/**
 * Polls `probe` until it stops throwing or the deadline passes, then rethrows its last failure:
 * eventual consistency is waited for with a deadline, never with a fixed sleep.
 */
export async function eventually<T>(probe: () => T | Promise<T>, { timeoutMs = 5_000, intervalMs = 5 } = {}): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await probe();
    } catch (error) {
      if (Date.now() >= deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
