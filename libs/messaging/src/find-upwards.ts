import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The nearest `relative` path in `from` or one of its ancestors. Lets code find repository files
 * the same way from `libs/x/src` (ts-jest, ts-node) and from `dist/libs/x/src` (compiled).
 */
export function findUpwards(from: string, relative: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, relative);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error(`no ${relative} in ${from} or above`);
  }
}
