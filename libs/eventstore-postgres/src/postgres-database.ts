import { Pool, type PoolConfig, type QueryArrayConfig } from 'pg';
import type { Database, PreparedParam, PreparedRow, PreparedStatement, Sql } from './database';

export interface PostgresOptions extends PoolConfig {
  connectionString?: string;
}

interface Queryable {
  query(config: QueryArrayConfig): Promise<{ rows: unknown[][] }>;
}

// pg prepares a named statement once per connection and then sends only Bind and Execute.
const prepared = (target: Queryable, statement: PreparedStatement, params: readonly PreparedParam[]): Promise<PreparedRow[]> =>
  target
    .query({ name: statement.name, text: statement.text, values: params as PreparedParam[], rowMode: 'array' })
    .then(({ rows }) => rows as PreparedRow[]);

export function openPostgres(options: PostgresOptions): Database {
  const pool = new Pool({ max: 10, ...options });
  // An idle client's error (server restart) must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  return {
    engine: 'postgres',
    query: (text, params) => pool.query(text, params as unknown[]) as never,
    queryPrepared: (statement, params) => prepared(pool, statement, params),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const tx: Sql = {
          query: (text, params) => client.query(text, params as unknown[]) as never,
          queryPrepared: (statement, params) => prepared(client, statement, params),
        };
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
