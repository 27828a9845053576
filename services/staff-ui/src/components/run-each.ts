import { problemOf } from '../api/client';

/**
 * A bulk action the API takes one item at a time: every item is tried (one refusal does not stop
 * the rest), and the failures come back as "what: why" for the screen to list.
 */
export async function runEach<T>(items: readonly T[], act: (item: T) => Promise<unknown>, name: (item: T) => string): Promise<string[]> {
  const failures: string[] = [];
  for (const item of items) {
    try {
      await act(item);
    } catch (error) {
      failures.push(`${name(item)}: ${problemOf(error)?.detail ?? (error instanceof Error ? error.message : String(error))}`);
    }
  }
  return failures;
}
