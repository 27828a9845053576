import { readFileSync } from 'node:fs';

/** A seed file's JSON without its `$comment` (the comment documents the file, it is not configuration). */
export function readSeedFile<T>(path: string): T {
  const { $comment: _comment, ...seed } = JSON.parse(readFileSync(path, 'utf8')) as T & { $comment?: string };
  return seed as T;
}
