import { Pool, type PoolConfig } from 'pg';
import type { Database, Sql } from './database';

export interface PostgresOptions extends PoolConfig {
  connectionString?: string;
}

export function openPostgres(options: PostgresOptions): Database {
  const pool = new Pool({ max: 10, ...options });
  // An idle client's error (server restart) must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  return {
    engine: 'postgres',
    query: (text, params) => pool.query(text, params as unknown[]) as never,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const tx: Sql = { query: (text, params) => client.query(text, params as unknown[]) as never };
        const result = await fn(tx);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
