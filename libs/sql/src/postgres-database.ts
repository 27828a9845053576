import { Pool, type PoolConfig, type QueryArrayConfig } from 'pg';
import type { Database, PreparedParam, PreparedRow, PreparedStatement, Sql } from './database';
import { watchStorage } from './storage-state';

export interface PostgresOptions extends PoolConfig {
  connectionString?: string;
}

interface Queryable {
  query(config: QueryArrayConfig): Promise<{ rows: unknown[][] }>;
}

// pg 8.23.1 copies each query config with all its property descriptors before reading it
// (brianc/node-postgres#3720; #3743 drops the copy again): 3 us per query warm, about 5 to 7 with
// the caches cold that 32 writers leave. Name, text and row mode sit on a prototype made once per
// statement, so the copy takes only `values`; pg reads inherited fields by design.
const statementConfigs = new WeakMap<PreparedStatement, QueryArrayConfig>();

function configOf(statement: PreparedStatement, params: readonly PreparedParam[]): QueryArrayConfig {
  let shared = statementConfigs.get(statement);
  if (!shared) {
    shared = Object.freeze<QueryArrayConfig>({ name: statement.name, text: statement.text, rowMode: 'array' });
    statementConfigs.set(statement, shared);
  }
  const config = Object.create(shared) as QueryArrayConfig;
  config.values = params as PreparedParam[];
  return config;
}

// pg prepares a named statement once per connection and then sends only Bind and Execute.
const prepared = (target: Queryable, statement: PreparedStatement, params: readonly PreparedParam[]): Promise<PreparedRow[]> =>
  target.query(configOf(statement, params)).then(({ rows }) => rows as PreparedRow[]);

export function openPostgres(options: PostgresOptions): Database {
  const pool = new Pool({ max: 10, ...options });
  // An idle client's error (server restart) must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  return watchStorage({
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
  });
}
