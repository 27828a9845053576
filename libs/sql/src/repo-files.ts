import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Finds a file of the repository (infra/...) from source under ts-jest and from compiled dist/ alike. */
export function findRepoFile(relative: string, from = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, relative);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error(`${relative} not found above ${from}`);
  }
}
