import type { Database, Sql } from './database';
import { isStorageFull, isWritesRefused, StorageState, watchStorage, WritesRefusedError } from './storage-state';

/** PostgreSQL's and PGlite's error when a relation cannot grow (as PGlite threw it on a full tmpfs). */
const diskFull = () => Object.assign(new Error('could not extend file "base/5/16384": No space left on device'), { code: '53100', severity: 'ERROR' });

/** A database whose writes fail while `full` is set; reads always answer. */
function fakeDatabase(): Database & { full: boolean } {
  const run = async (text: string) => {
    if (fake.full && /^\s*INSERT|append_events/.test(text)) throw diskFull();
    return { rows: [] };
  };
  const tx: Sql = { query: run as never };
  const fake = {
    engine: 'pglite' as const,
    full: false,
    query: run as never,
    transaction: <T>(fn: (tx: Sql) => Promise<T>) => fn(tx),
    close: async () => undefined,
  };
  return fake;
}

describe('storage full at the database boundary', () => {
  it('recognises disk_full (53100), ENOSPC and Emscripten errno 51, and nothing else', () => {
    expect(isStorageFull(diskFull())).toBe(true);
    expect(isStorageFull(Object.assign(new Error('write failed'), { code: 'ENOSPC' }))).toBe(true);
    expect(isStorageFull(Object.assign(new Error(''), { name: 'ErrnoError', errno: 51 }))).toBe(true);
    expect(isStorageFull(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(false);
    expect(isStorageFull(Object.assign(new Error(''), { name: 'ErrnoError', errno: 44 }))).toBe(false);
    expect(isStorageFull('No space')).toBe(false);
  });

  it('a failed write marks storage full; a read or a delete does not clear it; the next insert that commits does', async () => {
    const state = new StorageState();
    const raw = fakeDatabase();
    const db = watchStorage(raw, state);
    raw.full = true;
    await expect(db.query('INSERT INTO t VALUES (1)')).rejects.toThrow('No space left on device');
    expect(state.full).toMatch(/No space left on device/);

    raw.full = false;
    await db.query('SELECT count(*) FROM t');
    expect(state.full).not.toBeNull();
    // A failed request's clean-up needs no space, so it proves none.
    await db.query('DELETE FROM idempotency WHERE key = $1', ['k']);
    expect(state.full).not.toBeNull();
    await db.transaction(async (tx) => tx.query('SELECT 1'));
    expect(state.full).not.toBeNull();

    await db.transaction(async (tx) => tx.query('INSERT INTO t VALUES (2)'));
    expect(state.full).toBeNull();
  });

  it('a transaction that fails for want of space marks it full, and an append that commits clears it', async () => {
    const state = new StorageState();
    const raw = fakeDatabase();
    const db = watchStorage(raw, state);
    raw.full = true;
    await expect(db.transaction(async (tx) => tx.query('SELECT svc.append_events($1, $2, $3)'))).rejects.toThrow('No space');
    expect(state.full).not.toBeNull();
    raw.full = false;
    await db.query('SELECT svc.append_events($1, $2, $3)');
    expect(state.full).toBeNull();
  });

  it('while writes are refused, no event append reaches the database (plain, prepared, in a transaction); other statements do', async () => {
    const state = new StorageState();
    const seen: string[] = [];
    const raw = fakeDatabase();
    const record = async (text: string) => (seen.push(text), { rows: [] });
    const db = watchStorage({ ...raw, query: record as never, queryPrepared: ((statement: { text: string }) => record(statement.text)) as never, transaction: (fn) => fn({ query: record as never }) } as Database, state);
    state.refuseWrites('history-altered: event e1 gone');
    const refused = await db.query('SELECT intake.append_events($1, $2, $3)').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(WritesRefusedError);
    expect(isWritesRefused(refused)).toBe(true);
    expect((refused as Error).message).toBe('writes refused: history-altered: event e1 gone');
    await expect(db.queryPrepared!({ name: 'x', text: 'INSERT INTO accounting.events (stream_id) VALUES ($1)' }, [])).rejects.toBeInstanceOf(WritesRefusedError);
    await expect(db.transaction(async (tx) => {
      await tx.query('INSERT INTO intake.inbox (consumer, event_id) VALUES ($1, $2)');
      await tx.query('select governance.append_events($1, $2, $3)');
    })).rejects.toBeInstanceOf(WritesRefusedError);
    await db.query('SELECT * FROM intake.events');
    await db.query('INSERT INTO intake.organisations_view (id) VALUES ($1)');
    expect(seen).toEqual(['INSERT INTO intake.inbox (consumer, event_id) VALUES ($1, $2)', 'SELECT * FROM intake.events', 'INSERT INTO intake.organisations_view (id) VALUES ($1)']);
    state.allowWrites();
    await db.query('SELECT intake.append_events($1, $2, $3)');
    expect(seen).toHaveLength(4);
    expect(isWritesRefused(new Error('writes refused'))).toBe(false);
  });
});
