import type { Database, Sql } from './database';

/**
 * PostgreSQL's disk_full (SQLSTATE 53100: "could not extend file ...: No space left on device",
 * which PGlite raises the same way), or the file system's ENOSPC where the error is the OS's
 * (Node) or Emscripten's (PGlite's file system, errno 51).
 */
export function isStorageFull(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, errno, message } = error as { code?: unknown; errno?: unknown; message?: unknown };
  if (code === '53100' || code === 'ENOSPC') return true;
  if (errno === 51 && (error as { name?: unknown }).name === 'ErrnoError') return true;
  return typeof message === 'string' && /No space left on device/i.test(message);
}

/**
 * Whether this process's last write failed for want of space. One per process: the process's
 * databases share its disk (embedded), or it has one database (distributed). Readiness is down
 * while it is full; the next write that commits clears it.
 */
export class StorageState {
  private failure: string | null = null;

  /** Why writes fail now, or null when the last write went through. */
  get full(): string | null {
    return this.failure;
  }

  markFull(error: unknown): void {
    this.failure = error instanceof Error ? error.message : String(error);
  }

  markWritten(): void {
    this.failure = null;
  }
}

export const storageState = new StorageState();

// A statement that adds rows (an insert, the append function). Only consulted while storage is
// full, to tell a write that needed space and got it from one that proves nothing: a read, or a
// DELETE (a failed request's clean-up) that needs no space at all.
const WRITES = /^\s*(INSERT|COPY)\b|\bINSERT\s+INTO\b|\bappend_events\(/i;

/**
 * `db` with every failure for want of space noted in `state`, and the first write that commits
 * afterwards noting that space is back. Costs a property read per statement while nothing is full.
 */
export function watchStorage(db: Database, state: StorageState = storageState): Database {
  const watched = <T>(text: string, run: () => Promise<T>, wrote?: () => void): Promise<T> =>
    run().then(
      (result) => {
        if (state.full && WRITES.test(text)) (wrote ?? (() => state.markWritten()))();
        return result;
      },
      (error: unknown) => {
        if (isStorageFull(error)) state.markFull(error);
        throw error;
      },
    );
  return {
    ...db,
    query: (text, params) => watched(text, () => db.query(text, params)),
    ...(db.queryPrepared ? { queryPrepared: (statement, params) => watched(statement.text, () => db.queryPrepared!(statement, params)) } : {}),
    transaction: (fn) => {
      let wrote = false;
      const mark = () => (wrote = true);
      return watched(
        '',
        () =>
          db.transaction((tx) =>
            fn({
              query: (text, params) => watched(text, () => tx.query(text, params), mark),
              ...(tx.queryPrepared ? { queryPrepared: (statement, params) => watched(statement.text, () => tx.queryPrepared!(statement, params), mark) } : {}),
            } as Sql),
          ),
      ).then((result) => {
        // Committed: the writes in it are on disk.
        if (wrote) state.markWritten();
        return result;
      });
    },
  } as Database;
}
