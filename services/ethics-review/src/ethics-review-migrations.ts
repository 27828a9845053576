import { findRepoFile, loadSqlMigrations, type Migration } from '@hpc-access/sql';
import { schedulerMigrations } from '@hpc-access/scheduler';

/** Ethics review's own tables (read models, idempotency keys, deadlines), applied after the event store's. */
export function ethicsReviewMigrations(): Migration[] {
  return [
    ...loadSqlMigrations(findRepoFile('infra/migrations/http'), 'http'),
    ...schedulerMigrations(),
    ...loadSqlMigrations(findRepoFile('infra/migrations/ethics-review'), 'ethics-review'),
  ];
}
