import type { ExpectedRevision } from './event-store';

/** Another writer appended to the stream since it was read. */
export class ConcurrencyError extends Error {
  override readonly name: string = 'ConcurrencyError';
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    readonly actual: number | null,
  ) {
    super(`stream ${streamId}: expected revision ${String(expected)}, actual ${actual === null ? 'no stream' : actual}`);
  }
}

/**
 * A rule of the domain said no. `code` is stable and machine-readable; `field` names the input
 * at fault when there is one. The HTTP edge maps `kind` to a status once, in one place.
 */
export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly kind: 'not_found' | 'conflict' | 'invalid' | 'forbidden',
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export const notFound = (code: string, message: string) => new DomainError('not_found', code, message);
export const conflict = (code: string, message: string, field?: string) => new DomainError('conflict', code, message, field);
export const invalid = (code: string, message: string, field?: string) => new DomainError('invalid', code, message, field);
export const forbidden = (code: string, message: string) => new DomainError('forbidden', code, message);
