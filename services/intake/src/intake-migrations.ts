import { loadSqlMigrations, type Migration } from '@hpc-access/sql';
import { findRepoFile } from '@hpc-access/sql';

/** Intake's own tables (read models, idempotency keys), applied after the event store's. */
export function intakeMigrations(): Migration[] {
  return [
    ...loadSqlMigrations(findRepoFile('infra/migrations/http'), 'http'),
    ...loadSqlMigrations(findRepoFile('infra/migrations/intake'), 'intake'),
  ];
}
