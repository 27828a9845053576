import { closeSync, constants, ftruncateSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { tryLock } from 'fs-native-extensions';
import { DataDirectoryError, unwritable } from './data-directory-errors';

/** The file in a data directory whose lock says a process uses the directory. */
export const DATA_DIRECTORY_LOCK_FILE = '.lock';

/** Held for the life of the process; release() only for tests and orderly shutdowns. */
export interface DataDirectoryLock {
  release(): void;
}

/**
 * Creates `dataDir` if need be and takes its exclusive lock, or throws DataDirectoryError when
 * another process holds it. The lock is the kernel's (an open file description lock on Linux,
 * flock on macOS, LockFileEx on Windows) on an open file of this process, so it ends with the
 * process however that ends, SIGKILL included: nothing stale is left behind (ADR 11). The pid in
 * the file is only for the message; it is never used to decide who holds the lock.
 */
export function lockDataDirectory(dataDir: string): DataDirectoryLock {
  const path = join(dataDir, DATA_DIRECTORY_LOCK_FILE);
  let fd: number;
  try {
    mkdirSync(dataDir, { recursive: true });
    // O_CREAT without O_TRUNC: a process that finds the directory in use changes nothing in it.
    fd = openSync(path, constants.O_RDWR | constants.O_CREAT, 0o600);
  } catch (error) {
    throw unwritable(dataDir, error);
  }
  if (!tryLock(fd)) {
    const holder = readHolder(path);
    closeSync(fd);
    throw new DataDirectoryError(
      dataDir,
      `in use by another HPC Access process${holder ? ` (pid ${holder})` : ''}`,
      'Stop that process first, or give this one its own directory with DATA_DIR=<path>. Two processes on one directory would both write its events.',
    );
  }
  ftruncateSync(fd);
  writeSync(fd, `${process.pid}\n`);
  let held = true;
  return {
    release: () => {
      if (held) closeSync(fd);
      held = false;
    },
  };
}

function readHolder(path: string): string | null {
  try {
    return readFileSync(path, 'utf8').trim() || null;
  } catch {
    return null;
  }
}
