import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRepoFile } from '@hpc-access/sql';
import { assertSchemaName } from '@hpc-access/sql';

export interface Migration {
  /** Unique across migration sets: `messaging/002_relay_checkpoints`. */
  name: string;
  sql: string;
}

/**
 * The SQL behind relay checkpoints and the inbox, for `schema`, in the order to apply. Each
 * migration is one statement (PGlite's query runs one). The files live in
 * `infra/migrations/messaging` at the repository root; `dir` overrides that for a packaged build.
 */
export function messagingMigrations(schema: string, options: { dir?: string } = {}): Migration[] {
  assertSchemaName(schema);
  const dir = options.dir ?? findRepoFile(join('infra', 'migrations', 'messaging'), __dirname);
  return readdirSync(dir)
    .filter((file) => /^\d{3}_[a-z0-9_]+\.sql$/.test(file))
    .sort()
    .map((file) => ({
      name: `messaging/${file.replace(/\.sql$/, '')}`,
      sql: readFileSync(join(dir, file), 'utf8').replaceAll('${schema}', schema),
    }));
}
