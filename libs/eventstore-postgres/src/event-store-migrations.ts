import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Database } from '@hpc-access/sql';
import { loadSqlMigrations, runMigrations, type Migration, type MigrationReport } from '@hpc-access/sql';

const RELATIVE_DIR = join('infra', 'migrations', 'eventstore');

/**
 * The SQL lives in infra/migrations/eventstore. This file runs from src/ under ts-jest and from
 * dist/ after a build, at different depths, so the folder is found by walking up.
 */
export function eventStoreMigrationsDir(start: string = __dirname): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, RELATIVE_DIR);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error(`${RELATIVE_DIR} not found above ${start}`);
  }
}

let cached: Migration[] | undefined;

/** The event store's migrations: events, append function, projection checkpoints, person keys. */
export function eventStoreMigrations(): Migration[] {
  cached ??= loadSqlMigrations(eventStoreMigrationsDir(), 'eventstore');
  return cached;
}

/** Creates or upgrades the event store tables of one schema. */
export function migrateEventStore(db: Database, schema: string): Promise<MigrationReport> {
  return runMigrations(db, schema, eventStoreMigrations());
}
