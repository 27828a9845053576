import { generateKey, type PersonalDataKeys, type PersonKeyStatus } from '@hpc-access/eventsourcing';
import type { Database, Sql } from '@hpc-access/sql';
import { assertSchemaName } from '@hpc-access/sql';

export interface PostgresPersonalDataKeysOptions {
  schema: string;
  /**
   * How long a key stays cached. Another process may erase the person; past this age the key is
   * read again, so an erasure reaches every process within this time.
   */
  cacheTtlMs?: number;
  /** Injected clock, for tests of the cache expiry. */
  now?: () => number;
}

interface CachedKey {
  key: Buffer;
  expiresAt: number;
}

/**
 * Per-person keys in `<schema>.person_keys`. Erasing nulls the key and keeps a tombstone row, so
 * keyFor never mints a new key for an erased person: the old ciphertext stays unreadable and new
 * events about them are stored as erased. Then the table is rewritten so that no byte of the old
 * key stays in the live data files (ADR 16): an UPDATE leaves the old row version in its page.
 */
export class PostgresPersonalDataKeys implements PersonalDataKeys {
  private readonly schema: string;
  private readonly ttlMs: number;
  private readonly now: () => number;
  private readonly cache = new Map<string, CachedKey>();

  constructor(
    private readonly sql: Sql,
    options: PostgresPersonalDataKeysOptions,
  ) {
    this.schema = assertSchemaName(options.schema);
    this.ttlMs = options.cacheTtlMs ?? 5 * 60_000;
    this.now = options.now ?? Date.now;
  }

  async keyFor(subjectId: string): Promise<Buffer | null> {
    const cached = this.cached(subjectId);
    if (cached) return cached;
    const { rows } = await this.sql.query<{ key: Uint8Array | null }>(
      `WITH created AS (
         INSERT INTO ${this.schema}.person_keys (subject_id, key) VALUES ($1, $2)
         ON CONFLICT (subject_id) DO NOTHING RETURNING key)
       SELECT key FROM created
       UNION ALL
       SELECT key FROM ${this.schema}.person_keys WHERE subject_id = $1 AND NOT EXISTS (SELECT 1 FROM created)`,
      [subjectId, generateKey()],
    );
    // A racing creator committed after this statement's snapshot: its row is readable now.
    if (rows.length === 0) return this.find(subjectId);
    return this.remember(subjectId, rows[0].key);
  }

  async find(subjectId: string): Promise<Buffer | null> {
    const cached = this.cached(subjectId);
    if (cached) return cached;
    const { rows } = await this.sql.query<{ key: Uint8Array | null }>(
      `SELECT key FROM ${this.schema}.person_keys WHERE subject_id = $1`,
      [subjectId],
    );
    return rows.length === 0 ? null : this.remember(subjectId, rows[0].key);
  }

  async status(subjectId: string): Promise<PersonKeyStatus> {
    const { rows } = await this.sql.query<{ erased: boolean }>(
      `SELECT key IS NULL AS erased FROM ${this.schema}.person_keys WHERE subject_id = $1`,
      [subjectId],
    );
    if (rows.length === 0) return 'unknown';
    return rows[0].erased ? 'erased' : 'active';
  }

  async erase(subjectId: string): Promise<void> {
    this.cache.delete(subjectId);
    await this.sql.query(
      `INSERT INTO ${this.schema}.person_keys (subject_id, key, erased_at) VALUES ($1, NULL, now())
       ON CONFLICT (subject_id) DO UPDATE SET key = NULL, erased_at = coalesce(person_keys.erased_at, now())`,
      [subjectId],
    );
    // Again: a keyFor running alongside may have cached the key while the erasure was in flight.
    this.cache.delete(subjectId);
    await this.wipeOldRowVersions();
  }

  /**
   * The UPDATE above left the row version holding the key in its page, and plain VACUUM only marks
   * that space free without zeroing it. VACUUM FULL writes the live rows into a new file; the old
   * file is emptied at commit and unlinked at the next checkpoint. It cannot run inside a
   * transaction, so erasure needs the database itself, not a transaction's connection.
   */
  private async wipeOldRowVersions(): Promise<void> {
    if (!isDatabase(this.sql)) throw new Error('PostgresPersonalDataKeys.erase needs a Database, not a transaction: the key table is rewritten afterwards');
    await this.sql.query(`VACUUM FULL ${this.schema}.person_keys`);
    if (this.sql.engine === 'pglite') await retireWalHoldingOldKeys(this.sql);
  }

  private cached(subjectId: string): Buffer | null {
    const entry = this.cache.get(subjectId);
    if (!entry) return null;
    if (entry.expiresAt > this.now()) return entry.key;
    this.cache.delete(subjectId);
    return null;
  }

  private remember(subjectId: string, key: Uint8Array | null): Buffer | null {
    if (key === null) return null;
    // pg returns a Buffer, PGlite a Uint8Array.
    const buffer = Buffer.isBuffer(key) ? key : Buffer.from(key);
    this.cache.set(subjectId, { key: buffer, expiresAt: this.now() + this.ttlMs });
    return buffer;
  }
}

function isDatabase(sql: Sql): sql is Database {
  return 'engine' in sql && 'transaction' in sql;
}

const WAL_SEGMENT = /^[0-9A-F]{24}$/;

/**
 * Embedded PGlite: the write-ahead log under the data directory still holds the key (the INSERT
 * that made it, and full images of its page), and a segment the checkpointer recycles keeps its old
 * bytes under a new name. With recycling off, switch segments until the current one is a file
 * created after the erasure, then checkpoint: every segment that held the key is deleted.
 * PGlite runs as superuser in one session; on a server the DBA's WAL retention applies (README).
 */
async function retireWalHoldingOldKeys(db: Database): Promise<void> {
  await db.query('SET wal_recycle = off');
  // A new segment is a new file, with nothing old in it to overwrite; zero-filling its 16 MB
  // costs a second in an in-memory PGlite.
  await db.query('SET wal_init_zero = off');
  try {
    await switchPastPresentSegments(db);
  } finally {
    await db.query('RESET wal_init_zero');
    await db.query('RESET wal_recycle');
  }
}

async function switchPastPresentSegments(db: Database): Promise<void> {
  const { rows } = await db.query<{ name: string }>('SELECT name FROM pg_ls_waldir()');
  const newestPresent = rows.map((r) => r.name).filter((name) => WAL_SEGMENT.test(name)).sort().at(-1) ?? '';
  // Bounded: each round moves to the next segment; the preallocated ones are few (min_wal_size).
  for (let round = 0; round < 1000; round++) {
    const current = await db.query<{ name: string }>('SELECT pg_walfile_name(pg_current_wal_lsn()) AS name');
    if (current.rows[0].name > newestPresent) break;
    // The checkpoint writes a record, so the switch has something to end the segment after.
    await db.query('CHECKPOINT');
    await db.query('SELECT pg_switch_wal()');
  }
  await db.query('CHECKPOINT');
}
