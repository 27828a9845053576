import { badRequest } from './problem';

/** The ETag of an event-sourced resource is its stream revision, quoted as RFC 9110 wants. */
export function etagFor(revision: number): string {
  return `"${revision}"`;
}

/**
 * Reads If-Match: undefined when absent or `*` (any current version: the command itself fails
 * on a missing resource); a revision number; 400 for anything else, lists included, since a
 * command applies to one known revision.
 */
export function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined || header === '' || header.trim() === '*') return undefined;
  const match = /^\s*(?:W\/)?"(-?\d+)"\s*$/.exec(header);
  if (!match) throw badRequest('If-Match', 'must be an ETag returned by this API, such as "3"');
  return Number(match[1]);
}
