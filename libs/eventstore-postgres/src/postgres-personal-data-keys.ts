import { generateKey, type PersonalDataKeys } from '@hpc-access/eventsourcing';
import type { Sql } from './database';
import { assertSchemaName } from './schema-name';

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
 * events about them are stored as erased.
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

  async erase(subjectId: string): Promise<void> {
    this.cache.delete(subjectId);
    await this.sql.query(
      `INSERT INTO ${this.schema}.person_keys (subject_id, key, erased_at) VALUES ($1, NULL, now())
       ON CONFLICT (subject_id) DO UPDATE SET key = NULL, erased_at = coalesce(person_keys.erased_at, now())`,
      [subjectId],
    );
    // Again: a keyFor running alongside may have cached the key while the erasure was in flight.
    this.cache.delete(subjectId);
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
