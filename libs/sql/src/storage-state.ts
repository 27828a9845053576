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
 * Thrown, before the statement reaches the database, by every event append while this process
 * refuses writes (`StorageState.refuseWrites`). Not a failure of the message or deadline that
 * caused the append: consumers leave the message unacknowledged (no attempt counted, never
 * dead-lettered) and the scheduler leaves its deadlines pending.
 */
export class WritesRefusedError extends Error {
  override readonly name = 'WritesRefusedError';
  readonly code = 'writes-refused';
  constructor(readonly reason: string) {
    super(`writes refused: ${reason}`);
  }
}

/** Whether `error` is a refusal (not a failure): the work is to wait, not to be retried toward a dead letter. */
export function isWritesRefused(error: unknown): error is WritesRefusedError {
  return error instanceof WritesRefusedError;
}

/**
 * Whether this process's last write failed for want of space. One per process: the process's
 * databases share its disk (embedded), or it has one database (distributed). Readiness is down
 * while it is full; the next write that commits clears it.
 *
 * Also whether this process refuses to append events at all (`refused`): the audit ledger's
 * start-up check found the history altered (ADR 28). Every writer appends through the databases
 * `watchStorage` wraps, so this one flag stops HTTP commands, bus reactions, deadlines and usage
 * ingest alike; reads go on.
 */
export class StorageState {
  private failure: string | null = null;
  private refusal: string | null = null;

  /** Why this process appends no events (e.g. `history-altered: ...`), or null while it does. */
  get refused(): string | null {
    return this.refusal;
  }

  refuseWrites(reason: string): void {
    this.refusal = reason;
  }

  /** Tests, and a later check that finds the history intact again. */
  allowWrites(): void {
    this.refusal = null;
  }

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

// An event append: the store's function or its single-statement chained insert into an events
// table. Only consulted while writes are refused. Projections, inboxes and relays write
// other tables and are stopped by the append of the work they carry (a reaction's inbox row rolls
// back with its refused append).
const APPENDS = /\bappend_events\(|\bINSERT\s+INTO\s+(\w+\.)?events\b/i;

/**
 * `db` with every failure for want of space noted in `state`, and the first write that commits
 * afterwards noting that space is back. Costs a property read per statement while nothing is full.
 */
export function watchStorage(db: Database, state: StorageState = storageState): Database {
  const watched = <T>(text: string, run: () => Promise<T>, wrote?: () => void): Promise<T> => {
    if (state.refused && APPENDS.test(text)) return Promise.reject(new WritesRefusedError(state.refused));
    return run().then(
      (result) => {
        if (state.full && WRITES.test(text)) (wrote ?? (() => state.markWritten()))();
        return result;
      },
      (error: unknown) => {
        if (isStorageFull(error)) state.markFull(error);
        throw error;
      },
    );
  };
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
