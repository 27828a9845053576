import { statfsSync } from 'node:fs';

/**
 * A data directory that cannot be used. `reason` says why, `advice` what to do; the process
 * prints the message and exits without touching the directory.
 */
export class DataDirectoryError extends Error {
  constructor(
    readonly dataDir: string,
    readonly reason: string,
    readonly advice: string,
  ) {
    super(`data directory ${dataDir}: ${reason}. ${advice}`);
    this.name = 'DataDirectoryError';
  }
}

const UNWRITABLE_ADVICE =
  'Make it a directory this user may write to (check its owner and permissions, and that its file system is not mounted read-only), or point DATA_DIR at one that is.';
const FULL_ADVICE = 'Free space on its file system (or move DATA_DIR to a larger one) and start again; nothing stored in it was lost.';
const DAMAGED_ADVICE =
  'Its database files are damaged or are not an HPC Access database. Keep a copy of the directory as it is, then restore it from a backup, or start on an empty DATA_DIR (its events are then not there).';

/** Errno names of files that cannot be opened, as Node gives them and as Emscripten numbers them (PGlite). */
const UNWRITABLE = new Map<string, string>([
  ['EACCES', 'no permission'],
  ['EPERM', 'no permission'],
  ['EROFS', 'read-only file system'],
  ['ENOTDIR', 'not a directory'],
  ['EEXIST', 'not a directory'],
  ['EISDIR', 'a directory where a file should be'],
  ['ENOENT', 'a directory on its path does not exist'],
]);
const EMSCRIPTEN_ERRNO: Readonly<Record<number, string>> = { 2: 'EACCES', 63: 'EPERM', 69: 'EROFS', 54: 'ENOTDIR', 20: 'EEXIST', 31: 'EISDIR', 44: 'ENOENT', 51: 'ENOSPC' };

/** The directory cannot take a file: read-only, not a directory, or no permission. */
export function unwritable(dataDir: string, error: unknown): DataDirectoryError {
  const code = errnoName(error) ?? 'error';
  return new DataDirectoryError(dataDir, `cannot be written (${UNWRITABLE.get(code) ?? code}: ${describe(error)})`, UNWRITABLE_ADVICE);
}

/**
 * Why PGlite could not open `dataDir`, for a person: the file system refused (permission, read-only,
 * not a directory), it is full, or the files are damaged. PGlite reports damage only as
 * "Aborted()" or "failed to initialize", so anything else that fails at open is named damage,
 * unless the file system has no room left.
 */
export function cannotOpen(dataDir: string, error: unknown): DataDirectoryError {
  const code = errnoName(error);
  if (code === 'ENOSPC' || isFull(dataDir)) return new DataDirectoryError(dataDir, `cannot be opened: its file system is full (${describe(error)})`, FULL_ADVICE);
  if (code && UNWRITABLE.has(code)) return unwritable(dataDir, error);
  return new DataDirectoryError(dataDir, `cannot be opened as a database (${describe(error)})`, DAMAGED_ADVICE);
}

function errnoName(error: unknown): string | undefined {
  const { code, errno } = (error ?? {}) as { code?: unknown; errno?: unknown };
  if (typeof code === 'string' && code.startsWith('E')) return code;
  // Emscripten's ErrnoError (PGlite's file system) carries a positive errno and no code.
  if (typeof errno === 'number' && errno > 0) return EMSCRIPTEN_ERRNO[errno];
  return undefined;
}

function describe(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  const name = errnoName(error);
  return name ?? String(error);
}

/** Less than 16 MiB free (PostgreSQL needs a WAL segment's worth to start). */
function isFull(dataDir: string): boolean {
  try {
    const { bavail, bsize } = statfsSync(dataDir);
    return bavail * bsize < 16 * 1024 * 1024;
  } catch {
    return false;
  }
}
