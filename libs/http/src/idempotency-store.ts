import type { PersonalDataKeys } from '@hpc-access/eventsourcing';
import type { Sql } from '@hpc-access/sql';

/** Where a module keeps its idempotency keys: provide it beside @UseInterceptors(IdempotencyInterceptor). */
export const IDEMPOTENCY_STORE = Symbol('IDEMPOTENCY_STORE');

export interface IdempotencyStoreOptions {
  db: Sql;
  schema: string;
  /**
   * The service's personal-data keys. A route marked with @PersonalDataInAnswer has the personal
   * fields of its stored answer sealed under them, so erasing the person makes them unreadable.
   */
  keys?: PersonalDataKeys;
  /** How long an answer is kept (default: IDEMPOTENCY_KEY_TTL_HOURS, or 24 hours). */
  ttlMs?: number;
  /**
   * How long a pending key stays held after its process last renewed it (default:
   * IDEMPOTENCY_PENDING_LEASE_SECONDS, or 30 s). A live process renews every third of it.
   */
  leaseMs?: number;
  /** Injected clock, for tests. */
  now?: () => number;
}

export interface StoredAnswer {
  request_hash: string;
  state: 'pending' | 'completed';
  status: number | null;
  headers: Record<string, string> | null;
  body: unknown;
  lease_until: Date | string | null;
}

/** A positive number of `unit`s from the environment, or the default; anything else stops the start. */
export function durationFromEnv(name: string, unitMs: number, fallbackMs: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallbackMs;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return value * unitMs;
}

/** The SQL of one schema's idempotency_keys table; times come from the caller's clock. */
export class IdempotencyTable {
  private readonly table: string;

  constructor(private readonly db: Sql, schema: string) {
    this.table = `${schema}.idempotency_keys`;
  }

  /**
   * Takes the key for `owner`: a new key, one that expired (`expiredBefore`), or one left pending
   * by a process that stopped renewing its lease (same request only). True when taken.
   */
  async claim(scope: string, key: string, requestHash: string, owner: string, now: Date, leaseUntil: Date, expiredBefore: Date): Promise<boolean> {
    const { rows } = await this.db.query<{ owner: string }>(
      `INSERT INTO ${this.table} AS k (scope, key, request_hash, state, owner, lease_until, created_at)
       VALUES ($1, $2, $3, 'pending', $4, $5, $6)
       ON CONFLICT (scope, key) DO UPDATE SET request_hash = EXCLUDED.request_hash, state = 'pending', owner = EXCLUDED.owner,
         lease_until = EXCLUDED.lease_until, created_at = EXCLUDED.created_at, status = NULL, headers = NULL, body = NULL
       WHERE k.created_at < $7
          OR (k.state = 'pending' AND k.lease_until < $6 AND k.request_hash = EXCLUDED.request_hash)
       RETURNING owner`,
      [scope, key, requestHash, owner, leaseUntil.toISOString(), now.toISOString(), expiredBefore.toISOString()],
    );
    return rows[0]?.owner === owner;
  }

  async renew(scope: string, key: string, owner: string, leaseUntil: Date): Promise<void> {
    await this.db.query(`UPDATE ${this.table} SET lease_until = $4 WHERE scope = $1 AND key = $2 AND owner = $3 AND state = 'pending'`, [scope, key, owner, leaseUntil.toISOString()]);
  }

  async complete(scope: string, key: string, owner: string, status: number, headers: Record<string, string>, body: unknown): Promise<void> {
    await this.db.query(
      `UPDATE ${this.table} SET state = 'completed', status = $4, headers = $5, body = $6, lease_until = NULL
       WHERE scope = $1 AND key = $2 AND owner = $3`,
      [scope, key, owner, status, JSON.stringify(headers), JSON.stringify(body ?? null)],
    );
  }

  async release(scope: string, key: string, owner: string): Promise<void> {
    await this.db.query(`DELETE FROM ${this.table} WHERE scope = $1 AND key = $2 AND owner = $3`, [scope, key, owner]);
  }

  async find(scope: string, key: string): Promise<StoredAnswer | undefined> {
    const { rows } = await this.db.query<StoredAnswer>(
      `SELECT request_hash, state, status, headers, body, lease_until FROM ${this.table} WHERE scope = $1 AND key = $2`,
      [scope, key],
    );
    return rows[0];
  }

  /** Deletes the answers older than `expiredBefore`; a pending key whose lease still runs stays. */
  async purge(expiredBefore: Date, now: Date): Promise<void> {
    await this.db.query(
      `DELETE FROM ${this.table} WHERE created_at < $1 AND (state = 'completed' OR lease_until IS NULL OR lease_until < $2)`,
      [expiredBefore.toISOString(), now.toISOString()],
    );
  }
}
