import { findRepoFile, loadSqlMigrations, type Migration } from '@hpc-access/sql';
import { schedulerMigrations } from '@hpc-access/scheduler';

/** Accounting's own tables (ledger, read models, idempotency keys, deadlines), after the event store's. */
export function accountingMigrations(): Migration[] {
  return [
    ...loadSqlMigrations(findRepoFile('infra/migrations/http'), 'http'),
    ...schedulerMigrations(),
    ...loadSqlMigrations(findRepoFile('infra/migrations/accounting'), 'accounting'),
  ];
}
