import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database, Sql } from './database';
import { assertSchemaName, withSchema } from './schema-name';
import { splitSqlStatements } from './sql-statements';

/** One step of a schema's history. `sql` may use the `${schema}` placeholder. */
export interface Migration {
  /** Unique within the schema and stable forever, e.g. `eventstore/001_events`. */
  name: string;
  sql: string;
}

export interface MigrationReport {
  applied: string[];
  alreadyApplied: string[];
}

// First key of the two-key advisory lock: "migrations of HPC Access"; the second is the schema.
const MIGRATION_LOCK_CLASS = 0x48504341; // 'HPCA'

const checksum = (sql: string): string => createHash('sha256').update(sql, 'utf8').digest('hex');

/**
 * Applies the migrations of `migrations` that `<schema>.schema_migrations` does not list yet, in
 * the given order, all in one transaction. A transaction-scoped advisory lock per schema makes
 * processes that start together take turns: the second finds everything applied. A migration
 * whose text changed after it was applied is refused rather than silently skipped.
 */
export async function runMigrations(db: Database, schema: string, migrations: readonly Migration[]): Promise<MigrationReport> {
  assertSchemaName(schema);
  assertUniqueNames(migrations);
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [MIGRATION_LOCK_CLASS, schema]);
    await tx.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await tx.query(
      `CREATE TABLE IF NOT EXISTS ${schema}.schema_migrations (
         name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const recorded = await appliedChecksums(tx, schema);
    const report: MigrationReport = { applied: [], alreadyApplied: [] };
    for (const migration of migrations) {
      const sum = checksum(migration.sql);
      const existing = recorded.get(migration.name);
      if (existing !== undefined) {
        if (existing !== sum) {
          throw new Error(`migration ${migration.name} in schema ${schema} was changed after it was applied`);
        }
        report.alreadyApplied.push(migration.name);
        continue;
      }
      for (const statement of splitSqlStatements(withSchema(migration.sql, schema))) await tx.query(statement);
      await tx.query(`INSERT INTO ${schema}.schema_migrations (name, checksum) VALUES ($1, $2)`, [migration.name, sum]);
      report.applied.push(migration.name);
    }
    return report;
  });
}

/**
 * Reads `NNN_name.sql` files of a folder in file-name order; each migration is named
 * `<prefix>/<file name without .sql>`.
 */
export function loadSqlMigrations(directory: string, prefix: string): Migration[] {
  return readdirSync(directory)
    .filter((file) => /^\d+_.*\.sql$/.test(file))
    .sort()
    .map((file) => ({ name: `${prefix}/${file.slice(0, -'.sql'.length)}`, sql: readFileSync(join(directory, file), 'utf8') }));
}

async function appliedChecksums(tx: Sql, schema: string): Promise<Map<string, string>> {
  const { rows } = await tx.query<{ name: string; checksum: string }>(`SELECT name, checksum FROM ${schema}.schema_migrations`);
  return new Map(rows.map((row) => [row.name, row.checksum]));
}

function assertUniqueNames(migrations: readonly Migration[]): void {
  const seen = new Set<string>();
  for (const { name } of migrations) {
    if (seen.has(name)) throw new Error(`migration ${name} is listed twice`);
    seen.add(name);
  }
}
